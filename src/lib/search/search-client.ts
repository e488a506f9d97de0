import { searchBodyOf, type Article } from '../../engine/index.ts';
import type { SearchDoc, SearchFilters, SearchRequest, SearchResponse, SearchResults } from './search-protocol.ts';
import { SearchResponseSchema } from './search-response.ts';

/** What answers the search requests: the worker, or (where there is no Worker, as in tests) the engine in-thread. */
interface Transport {
  post(request: SearchRequest): void;
}

/** A search waiting for its answer; asked again (under a new request id) when the imported documents change. */
interface Pending {
  query: string;
  filters: SearchFilters;
  limit: number;
  resolve: (results: SearchResults) => void;
  reject: (error: Error) => void;
}

export class SupersededError extends Error {
  override readonly name = 'SupersededError';
}

const pending = new Map<number, Pending>();
let transport: Transport | null = null;
let nextRequestId = 1;
/** The imported documents last sent: a worker started after a crash must be given them again. */
let importedDocs: SearchDoc[] | null = null;
/** The articles those documents were made from: the same list again changes nothing. */
let importedArticles: readonly Article[] | null = null;

function answer(response: SearchResponse): void {
  const request = pending.get(response.requestId);
  if (request === undefined) return;
  pending.delete(response.requestId);
  if (response.type === 'results') request.resolve(response.results);
  else if (response.type === 'error') request.reject(new Error(response.message));
  else request.reject(new SupersededError('A newer search replaced this one.'));
}

function inThread(): Transport {
  const engine = Promise.all([import('./search-engine.ts'), import('./search-data.ts')]).then(([{ createSearchEngine }, { loadBundledDocs }]) => createSearchEngine(loadBundledDocs));
  return {
    post(request) {
      void engine.then(async (search) => {
        if (request.type === 'warm') return search.warm().catch(() => undefined);
        if (request.type === 'imported') return search.setImported(request.docs);
        try {
          answer({ type: 'results', requestId: request.requestId, results: await search.search(request.query, request.filters, request.limit) });
        } catch (error) {
          answer({ type: 'error', requestId: request.requestId, message: error instanceof Error ? error.message : 'Search failed.' });
        }
      });
    },
  };
}

function inWorker(): Transport {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'parallax-search' });
  const stop = (event: Event): void => {
    event.preventDefault();
    // The next search starts a fresh worker (with the imported documents); this one, and its index, go.
    worker.terminate();
    const reason = event.type === 'error' ? 'The search worker stopped unexpectedly.' : 'The search worker answered in a way the page cannot read.';
    for (const request of pending.values()) request.reject(new Error(reason));
    pending.clear();
    transport = null;
  };
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const parsed = SearchResponseSchema.safeParse(event.data);
    if (parsed.success) answer(parsed.data);
    else stop(new Event('messageerror'));
  });
  worker.addEventListener('error', stop);
  worker.addEventListener('messageerror', stop);
  return { post: (request) => worker.postMessage(request) };
}

function getTransport(): Transport {
  if (transport === null) {
    transport = typeof Worker === 'undefined' ? inThread() : inWorker();
    if (importedDocs !== null) transport.post({ type: 'imported', docs: importedDocs });
  }
  return transport;
}

/** Start loading and indexing the bundled documents, so the first search does not wait for it. */
export function warmSearch(): void {
  getTransport().post({ type: 'warm' });
}

/** Search the library off the main thread. A search overtaken by a newer one rejects with SupersededError. */
export function searchLibrary(query: string, filters: SearchFilters, limit: number, signal?: AbortSignal): Promise<SearchResults> {
  return new Promise((resolve, reject) => {
    const search: Pending = { query, filters, limit, resolve, reject };
    signal?.addEventListener('abort', () => {
      for (const [requestId, waiting] of pending) {
        if (waiting !== search) continue;
        pending.delete(requestId);
        reject(new SupersededError('aborted'));
        return;
      }
    });
    ask(search);
  });
}

function ask(search: Pending): void {
  const requestId = nextRequestId++;
  pending.set(requestId, search);
  getTransport().post({ type: 'search', requestId, query: search.query, filters: search.filters, limit: search.limit });
}

/** An imported article as the index sees it. */
export function toImportedSearchDoc(article: Article): SearchDoc {
  return {
    id: article.id,
    storyId: article.storyId,
    outlet: article.outlet.name,
    publishedAt: article.publishedAt,
    title: article.headline ?? article.headlineDerived ?? article.id,
    body: searchBodyOf(article),
    imported: true,
  };
}

/**
 * Make the reader's imported articles searchable: the index then holds exactly these imported
 * ones (added, changed or removed since the last call) beside the bundled ones. Searches still
 * waiting for an answer are asked again after them.
 */
export function setImportedSearchArticles(articles: readonly Article[]): void {
  if (articles === importedArticles) return;
  const docs = articles.map(toImportedSearchDoc);
  const current = getTransport();
  importedArticles = articles;
  importedDocs = docs;
  current.post({ type: 'imported', docs });
  // A search still waiting was posted before these documents, so the index may answer it as it
  // was (a search typed just before the results list mounts and sends them: startSearch,
  // ./search-query.ts). Ask it again after them; the first request's answer is ignored.
  const waiting = [...pending.values()];
  pending.clear();
  for (const search of waiting) ask(search);
}
