import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchRequest } from '../../../src/lib/search/search-protocol.ts';

const NO_FILTERS = { outlet: null, story: null, from: null, to: null };

interface FakeWorkerRecord {
  posted: SearchRequest[];
  terminated: boolean;
  crash: () => void;
  answer: (data: unknown) => void;
}

/** Stand-in workers that record what they are sent; the test crashes them at will. */
function stubWorkers(): FakeWorkerRecord[] {
  const workers: FakeWorkerRecord[] = [];
  class FakeWorker extends EventTarget {
    private readonly record: FakeWorkerRecord;
    constructor() {
      super();
      this.record = {
        posted: [],
        terminated: false,
        crash: () => this.dispatchEvent(new Event('error', { cancelable: true })),
        answer: (data) => this.dispatchEvent(new MessageEvent('message', { data })),
      };
      workers.push(this.record);
    }
    postMessage(request: SearchRequest): void {
      this.record.posted.push(request);
    }
    terminate(): void {
      this.record.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return workers;
}

describe('the search client when its worker crashes', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('rejects what was waiting, stops that worker, and gives the next one the imported documents again', async () => {
    const workers = stubWorkers();
    vi.resetModules();
    const { searchLibrary, setImportedSearchArticles, toImportedSearchDoc } = await import('../../../src/lib/search/search-client.ts');
    const { parseDigest } = await import('../../../src/engine/index.ts');
    const article = parseDigest('REUTERS | Published January 6, 2025\nA zebra crossing reopened on Monday.\n', { file: 'mine.txt' }).articles[0];
    if (article === undefined) throw new Error('the digest has no article');
    setImportedSearchArticles([article]);
    const waiting = searchLibrary('zebra', NO_FILTERS, 10);
    workers[0]?.crash();
    await expect(waiting).rejects.toThrow('The search worker stopped unexpectedly.');
    expect(workers[0]?.terminated).toBe(true);

    void searchLibrary('zebra', NO_FILTERS, 10).catch(() => undefined);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.posted.map((request) => request.type)).toEqual(['imported', 'search']);
    expect(workers[1]?.posted[0]).toEqual({ type: 'imported', docs: [toImportedSearchDoc(article)] });
  });

  it('refuses an answer that is not in the protocol’s shape, and starts afresh', async () => {
    const workers = stubWorkers();
    vi.resetModules();
    const { searchLibrary } = await import('../../../src/lib/search/search-client.ts');
    const waiting = searchLibrary('zebra', NO_FILTERS, 10);
    const request = workers[0]?.posted.find((posted) => posted.type === 'search');
    workers[0]?.answer({ type: 'results', requestId: request?.type === 'search' ? request.requestId : -1, results: { hits: '<img src=x onerror=alert(1)>' } });
    await expect(waiting).rejects.toThrow('The search worker answered in a way the page cannot read.');
    expect(workers[0]?.terminated).toBe(true);
  });
});

describe('the search client when the imported articles change', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks a search still waiting again after the new documents, and ignores the answer from before them', async () => {
    const workers = stubWorkers();
    vi.resetModules();
    const { searchLibrary, setImportedSearchArticles } = await import('../../../src/lib/search/search-client.ts');
    const { parseDigest } = await import('../../../src/engine/index.ts');
    const article = parseDigest('REUTERS | Published January 6, 2025\nA zebra crossing reopened on Monday.\n', { file: 'mine.txt' }).articles[0];
    if (article === undefined) throw new Error('the digest has no article');
    const searchIds = () => (workers[0]?.posted ?? []).flatMap((posted) => (posted.type === 'search' ? [posted.requestId] : []));
    const answerOf = (requestId: number | undefined, total: number) => ({ type: 'results', requestId, results: { query: 'zebra', total, hits: [], indexed: 1, tookMs: 0 } });

    const waiting = searchLibrary('zebra', NO_FILTERS, 10);
    setImportedSearchArticles([article]);
    expect(workers[0]?.posted.map((request) => request.type)).toEqual(['search', 'imported', 'search']);
    const [before, after] = searchIds();
    expect(after).not.toBe(before);
    workers[0]?.answer(answerOf(before, 0)); // the index without the zebra
    workers[0]?.answer(answerOf(after, 1));
    await expect(waiting).resolves.toMatchObject({ total: 1 });

    // The same list again is no change: nothing is posted, nothing asked again.
    const again = searchLibrary('zebra', NO_FILTERS, 10);
    const articles = [article];
    setImportedSearchArticles(articles);
    const posted = workers[0]?.posted.length;
    setImportedSearchArticles(articles);
    expect(workers[0]?.posted.length).toBe(posted);
    workers[0]?.answer(answerOf(searchIds().at(-1), 1));
    await expect(again).resolves.toMatchObject({ total: 1 });
  });
});
