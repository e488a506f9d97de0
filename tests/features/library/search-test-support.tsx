import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { expect, vi } from 'vitest';
import { App } from '../../../src/app/app.tsx';
import { createRoutes } from '../../../src/app/routes.tsx';
import { createQueryClient } from '../../../src/lib/query-client.ts';
import { json } from '../../support/render-app.tsx';

/**
 * Load the code the library's search loads lazily (the page, the results, the search engine),
 * for a `beforeAll`: on a loaded machine, transforming and importing it took seconds, which the
 * first test of a file otherwise spends inside its first wait (4 s: tests/setup/dom.ts).
 */
export async function loadSearchCode(): Promise<void> {
  await Promise.all([
    import('../../../src/features/library/library-page.tsx'),
    import('../../../src/features/library/search-results.tsx'),
    import('../../../src/lib/search/search-engine.ts'),
    import('../../../src/lib/search/search-data.ts'),
  ]);
}
/** Module loading only: a timeout here means stuck, not slow. */
export const LOAD_TIMEOUT_MS = 30_000;

/**
 * Wait until the search's status line says `text`. Waits through `queryByRole`, which answers
 * null while the line is not there yet: a `getBy…` query throws instead, and its error prints
 * the whole page each time (~50–100 ms a try on these pages under load, and waitFor tries on
 * every DOM change).
 */
export async function statusSays(text: string | RegExp): Promise<void> {
  await waitFor(() => expect(screen.queryByRole('status')).toHaveTextContent(text));
}

/** As renderApp (tests/support/render-app.tsx) does, returning the query client and router too. */
export function renderKeepingClient(path: string, files: ReadonlyMap<string, string>) {
  vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = files.get(new URL(url, 'http://localhost').pathname);
    return Promise.resolve(body === undefined ? new Response('<!doctype html>', { status: 200 }) : json(body));
  });
  const queryClient = createQueryClient({ retryDelay: 0 });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  render(<App queryClient={queryClient} router={router} />);
  return { queryClient, router };
}
