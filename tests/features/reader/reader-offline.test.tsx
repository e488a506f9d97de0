import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import seed from '../../fixtures/blinken-seoul-2025-01-06.txt?raw';
import { dataFilesFor, renderApp } from '../../support/render-app.tsx';

const files = dataFilesFor([{ file: 'blinken-seoul-2025-01-06.txt', text: seed }]);
const ARTICLE = '/data/articles/blinken-seoul-2025-01-06--cnn.json';

let onLine: { mockRestore: () => void } | undefined;

describe('an article not saved on this device, offline (a library too large to keep whole)', () => {
  afterEach(() => onLine?.mockRestore());

  it('says it is not saved for offline reading, not that something broke, and opens by itself once online', async () => {
    let networkUp = false;
    const navigatorOnLine = vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => networkUp);
    onLine = navigatorOnLine;
    renderApp('/articles/blinken-seoul-2025-01-06--cnn', files, (path) => {
      if (!networkUp && path === ARTICLE) throw new TypeError('Failed to fetch');
      return undefined;
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Not saved for offline reading' })).toBeInTheDocument();
    expect(screen.getByText('The article “blinken-seoul-2025-01-06--cnn” is not saved on this device, and you are offline.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull(); // a state, not a failure
    expect(screen.getByRole('link', { name: 'Back to the library' })).toHaveAttribute('href', '/');
    // The error pages load on demand (src/app/lazy-route-error.tsx): the title follows their render.
    await waitFor(() => expect(document.title).toBe('Not saved for offline reading · Parallax'));

    networkUp = true;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByRole('heading', { level: 1, name: /Blinken warns Russia/ })).toBeInTheDocument();
  });

  it('online, the same failure is a network error worth retrying, not the offline state', async () => {
    onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    renderApp('/articles/blinken-seoul-2025-01-06--cnn', files, (path) => {
      if (path === ARTICLE) throw new TypeError('Failed to fetch');
      return undefined;
    });
    expect(await screen.findByRole('heading', { name: 'This page could not be loaded' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Not saved for offline reading' })).toBeNull();
  });
});
