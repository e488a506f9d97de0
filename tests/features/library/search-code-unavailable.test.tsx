import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import seed from '../../fixtures/blinken-seoul-2025-01-06.txt?raw';
import { dataFilesFor, renderApp } from '../../support/render-app.tsx';

// The library page loads the search code beside its first render, to start a search from the
// keystroke (src/features/library/library-page.tsx). Here that code cannot load, as when its
// chunk fails to download: the page must not leave the failure unhandled.
vi.mock('../../../src/lib/search/search-query.ts', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const files = dataFilesFor([{ file: 'blinken-seoul-2025-01-06.txt', text: seed }]);

let unhandled: unknown[] = [];
const record = (reason: unknown): void => {
  unhandled.push(reason);
};
beforeEach(() => {
  unhandled = [];
  process.on('unhandledRejection', record);
});
afterEach(() => {
  process.off('unhandledRejection', record);
  vi.unstubAllGlobals();
});

describe('the library when the search code cannot load', () => {
  it('still lists the stories, and leaves no promise rejected unhandled', async () => {
    renderApp('/', files);
    expect(await screen.findByRole('list', { name: 'Stories, newest first' })).toBeInTheDocument();
    // Unhandled rejections are reported after the microtasks that could have handled them.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
  });
});
