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
