import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDataFiles } from '../../../src/cli/build-data.ts';
import { parseDigest, type Article } from '../../../src/engine/index.ts';
import { importedArticlesQueryKey } from '../../../src/lib/local-library/queries.ts';
import { warmSearch } from '../../../src/lib/search/search-client.ts';
import { loadBundledDocs } from '../../../src/lib/search/search-data.ts';
import { createSearchEngine } from '../../../src/lib/search/search-engine.ts';
import type { SearchRequest, SearchResponse } from '../../../src/lib/search/search-protocol.ts';
import { LOAD_TIMEOUT_MS, loadSearchCode, renderKeepingClient, statusSays } from './search-test-support.tsx';

// A file of its own: the search client keeps its worker (and the worker its index) for the module graph.

/**
 * A search worker that handles its messages strictly in the order they were posted, each to the
 * end, with the real engine: a search posted before the imported documents is answered from the
 * index as it was. (The real worker gives no ordering guarantee either way: its search waits for
 * a timer, which may or may not run after the next message.)
 */
class InOrderSearchWorker extends EventTarget {
  private readonly engine = createSearchEngine(loadBundledDocs);
  private queue: Promise<void> = Promise.resolve();
  postMessage(message: SearchRequest): void {
    const request = structuredClone(message);
    this.queue = this.queue.then(async () => {
      if (request.type === 'warm') await this.engine.warm().catch(() => undefined);
      else if (request.type === 'imported') this.engine.setImported(request.docs);
      else this.reply({ type: 'results', requestId: request.requestId, results: await this.engine.search(request.query, request.filters, request.limit) });
    });
  }
  terminate(): void {}
  private reply(data: SearchResponse): void {
    setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: structuredClone(data) })), 0);
  }
}

/** What the local library holds (jsdom has no IndexedDB): the test imports by changing it. */
let imported: Article[] = [];
vi.mock('../../../src/lib/local-library/imported-articles.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/lib/local-library/imported-articles.ts')>()),
  listImportedArticles: vi.fn(() => Promise.resolve(imported)),
}));

const files = new Map(
  [
    ...buildDataFiles(
      [{ file: 'harbour-2025-01-14.txt', text: 'REUTERS | Published Jan. 14, 2025\nThe harbour reopened on Tuesday.\n' }],
      { comparisons: 'browser' },
    ),
  ].map(([path, body]) => [`/${path}`, body]),
);

/** The reader's own report, about a lighthouse: no bundled report mentions one. */
function lighthouseReport(): Article {
  const article = parseDigest('CNN | Published Jan. 15, 2025\nThe old lighthouse was lit again on Wednesday.\n', { file: 'lighthouse-2025-01-15.txt' }).articles[0];
  if (article === undefined) throw new Error('the digest has no article');
  return { ...article, id: `imported-${article.id}`, storyId: `imported-${article.storyId}` };
}

beforeAll(loadSearchCode, LOAD_TIMEOUT_MS);
beforeAll(() => {
  // Only the search client gets a worker (it makes its transport once, on its first message);
  // the rest of the app runs without workers, as in the other tests.
  vi.stubGlobal('Worker', InOrderSearchWorker);
  warmSearch();
  vi.unstubAllGlobals();
});

const searchBox = () => screen.findByRole('searchbox', { name: /Search headlines, reports and outlets/ });

afterEach(() => {
  imported = [];
  vi.unstubAllGlobals();
});

describe('a search typed after an import', () => {
  it('finds the report imported since the last search, though the keystroke starts the search before the results list mounts', async () => {
    const { queryClient } = renderKeepingClient('/?q=harbour', files);
    await statusSays('1 report matches “harbour”');
    // The reader clears the box (the results go), imports a digest elsewhere, and the local
    // library's refresh refetches the imported articles (src/lib/local-library/queries.ts).
    fireEvent.change(await searchBox(), { target: { value: '' } });
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    imported = [lighthouseReport()];
    await act(() => queryClient.refetchQueries({ queryKey: importedArticlesQueryKey }));

    fireEvent.change(await searchBox(), { target: { value: 'lighthouse' } });
    await statusSays(/match(es)? “lighthouse”/);
    expect(screen.getByRole('status')).toHaveTextContent('1 report matches “lighthouse”');
    const row = within(screen.getByRole('list', { name: /^Results for/ })).getByRole('listitem');
    expect(within(row).getByText('Imported')).toBeInTheDocument();
  });
});
