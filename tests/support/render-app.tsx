import { render, type RenderResult } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { createRoutes } from '../../src/app/routes.tsx';
import { buildLibraryIndex, parseDigest } from '../../src/engine/index.ts';
import { createQueryClient } from '../../src/lib/query-client.ts';

export interface DigestSource {
  file: string;
  text: string;
}

type Responder = (url: string) => Response | Promise<Response> | undefined;

/** The data files the build would ship for these digests, keyed by URL path. */
export function dataFilesFor(digests: readonly DigestSource[]): Map<string, string> {
  const parsed = digests.map(({ file, text }) => parseDigest(text, { file }));
  const files = new Map<string, string>([['/data/index.json', JSON.stringify(buildLibraryIndex(parsed))]]);
  for (const { articles } of parsed) {
    for (const article of articles) files.set(`/data/articles/${article.id}.json`, JSON.stringify(article));
  }
  return files;
}

export function json(body: string, status = 200): Response {
  return new Response(body, { status, headers: { 'content-type': 'application/json' } });
}

/**
 * Render the whole app (real query client, real routes and loaders) at `path`, with fetch
 * answering from the given data files. `override` can answer first, to simulate failures.
 */
export function renderApp(path: string, files: Map<string, string>, override?: Responder): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const pathname = new URL(url, 'http://localhost').pathname;
    const overridden = await override?.(pathname);
    if (overridden !== undefined) return overridden;
    const body = files.get(pathname);
    // Like the static host: unknown paths fall back to the SPA's index.html.
    return body === undefined ? new Response('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } }) : json(body);
  });
  vi.stubGlobal('fetch', fetchMock);
  const queryClient = createQueryClient({ retryDelay: 0 });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const result = render(<App queryClient={queryClient} router={router} />);
  return Object.assign(result, { router });
}
