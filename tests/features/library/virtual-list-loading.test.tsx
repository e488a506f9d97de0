import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { VIRTUAL_LIST_FROM } from '../../../src/features/library/virtual-list-loader.ts';
import { libraryOf } from '../../support/long-library.ts';
import { renderApp } from '../../support/render-app.tsx';

// The virtual list's module, watched: its factory runs when anything first imports it (the
// page's loader, or an import started with the page's module), so a short library must never run it.
const requested = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/features/library/virtual-story-list.tsx', async (importOriginal) => {
  requested.count += 1;
  return importOriginal();
});

describe('the virtual list chunk', () => {
  // In this order: once imported, the module stays in the registry for the rest of the file.
  it('is never requested for a short library', async () => {
    renderApp('/', libraryOf(VIRTUAL_LIST_FROM - 1));
    // The first render of the file loads the app's modules: slow on a loaded machine.
    const list = await screen.findByRole('list', { name: 'Stories, newest first' }, { timeout: 10_000 });
    expect(within(list).getAllByRole('article')).toHaveLength(VIRTUAL_LIST_FROM - 1);
    expect(requested.count).toBe(0);
  }, 20_000);

  it('is loaded and rendered for a long library', async () => {
    renderApp('/', libraryOf(VIRTUAL_LIST_FROM));
    const list = await screen.findByRole('list', { name: 'Stories, newest first' });
    const cards = (await within(list).findAllByRole('listitem')).filter((item) => item.parentElement === list);
    expect(cards[0]).toHaveAttribute('aria-setsize', String(VIRTUAL_LIST_FROM));
    expect(requested.count).toBe(1);
  }, 20_000);
});
