import { onWorkerMessage } from '../workers/worker-scope.ts';
import { loadBundledDocs } from './search-data.ts';
import { createSearchEngine } from './search-engine.ts';
import type { SearchRequest, SearchResponse } from './search-protocol.ts';

/**
 * The search worker: loads the bundled search documents (precached, so this works offline),
 * builds the index and answers searches, all off the main thread. Searches are answered newest
 * first: one that a newer search overtook while waiting is answered `superseded`, so typing
 * fast never queues up stale work.
 */

const engine = createSearchEngine(loadBundledDocs);
let waiting: Extract<SearchRequest, { type: 'search' }> | null = null;
let running = false;

async function drain(post: (message: SearchResponse) => void): Promise<void> {
  if (running) return;
  running = true;
  while (waiting !== null) {
    const request = waiting;
    waiting = null;
    try {
      const results = await engine.search(request.query, request.filters, request.limit);
      post({ type: 'results', requestId: request.requestId, results });
    } catch (error) {
      post({ type: 'error', requestId: request.requestId, message: error instanceof Error ? error.message : 'Search failed.' });
    }
  }
  running = false;
}

// Wired only inside a worker (this script is never loaded anywhere else).
onWorkerMessage((data, reply) => {
  const request = data as SearchRequest;
  if (request.type === 'warm') {
    engine.warm().catch(() => undefined); // a failure is reported to the next search
  } else if (request.type === 'imported') {
    engine.setImported(request.docs);
  } else {
    if (waiting !== null) reply({ type: 'superseded', requestId: waiting.requestId });
    waiting = request;
    // Let messages already queued (newer keystrokes) arrive before searching.
    setTimeout(() => void drain(reply), 0);
  }
});
