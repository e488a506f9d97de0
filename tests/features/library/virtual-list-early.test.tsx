import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import seed from '../../fixtures/blinken-seoul-2025-01-06.txt?raw';
import { dataFilesFor, renderApp } from '../../support/render-app.tsx';

// The virtual list's module, watched: its factory runs when anything first imports it.
const requested = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/features/library/virtual-story-list.tsx', async (importOriginal) => {
  requested.count += 1;
  return importOriginal();
});

describe('a split index', () => {
  it('starts the virtual list once its first file arrives, while its parts still download', async () => {
    const index = JSON.parse(dataFilesFor([{ file: 'blinken-seoul-2025-01-06.txt', text: seed }]).get('/data/index.json') ?? '{}') as {
      version: 1;
      stories: unknown[];
    };
    // A head of one story with a part that never arrives: only the head can say the library is long.
    const head = JSON.stringify({ ...index, parts: ['index/1.json'] });
    renderApp('/', new Map([['/data/index.json', head]]), (path) => (path === '/data/index/1.json' ? new Promise<never>(() => {}) : undefined));
    await waitFor(() => expect(requested.count).toBe(1), { timeout: 10_000 });
    // The part is still on its way: the page shows the head's stories meanwhile, saying more are coming.
    expect(await screen.findByRole('list', { name: 'Stories, newest first' })).toHaveAttribute('aria-busy', 'true');
  }, 20_000);
});
