import { afterEach, beforeEach, vi } from 'vitest';
import { answerDataRequest, type DataRequest } from '../../../src/lib/data/data-worker.ts';
import { answerEngineRequest } from '../../../src/lib/engine-worker.ts';
import { useFreshIndexedDB } from '../../lib/local-library/local-library-support.ts';

/**
 * jsdom has no Worker: stand in for the engine and data workers with their own handlers (the
 * real engine, the real storage code), answering asynchronously like a worker. Every test gets
 * an empty IndexedDB (fake-indexeddb).
 */
export function useImportTestEnvironment(): void {
  useFreshIndexedDB();
  beforeEach(() => {
    class FakeWorker extends EventTarget {
      private readonly answer: (message: unknown) => Promise<unknown>;
      constructor(url: URL) {
        super();
        this.answer = url.pathname.endsWith('/data-worker.ts')
          ? async (message) => ({ id: (message as DataRequest).id, answer: await answerDataRequest(message as DataRequest) })
          : (message) => Promise.resolve(answerEngineRequest(message));
      }
      postMessage(message: unknown): void {
        void this.answer(structuredClone(message)).then((data) => {
          setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data })), 0);
        });
      }
      terminate(): void {}
    }
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());
}
