import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { parseDigest } from '../../src/engine/index.ts';
import seed from '../fixtures/blinken-seoul-2025-01-06.txt?raw';

// The worker protocol's schemas load with the first comparison request (a chunk of their own in
// the build). When that chunk cannot be downloaded (offline before the app was cached, or a
// release removed it), the request still settles with a CompareWorkerError, and the next
// request tries the download again.

const [voa, cnn] = parseDigest(seed, { file: 'blinken-seoul-2025-01-06.txt' }).articles;
if (voa === undefined || cnn === undefined) throw new Error('the seed has two reports');

let downloadFails = true;

beforeEach(() => {
  vi.resetModules();
  downloadFails = true;
  vi.doMock('../../src/lib/compare-worker-protocol.ts', async (importOriginal) => {
    if (downloadFails) throw new TypeError('Failed to fetch dynamically imported module: /assets/compare-worker-protocol.js');
    return importOriginal();
  });
  // A worker that answers as the real one does, in this thread.
  vi.stubGlobal(
    'Worker',
    class extends EventTarget {
      postMessage(message: unknown): void {
        void import('../../src/lib/compare-worker.ts').then(({ answerCompareRequest }) => this.dispatchEvent(new MessageEvent('message', { data: answerCompareRequest(message) })));
      }
      terminate(): void {}
    },
  );
});

afterEach(() => {
  vi.doUnmock('../../src/lib/compare-worker-protocol.ts');
  vi.unstubAllGlobals();
});

it('rejects with a CompareWorkerError when the protocol cannot be downloaded, and tries again next time', async () => {
  const { CompareWorkerError, compareInWorker, resetCompareWorker } = await import('../../src/lib/compare-worker-client.ts');
  const failed = compareInWorker(voa, cnn);
  await expect(failed).rejects.toBeInstanceOf(CompareWorkerError);
  await expect(failed).rejects.toThrow('Part of Parallax could not be downloaded. Check your connection, then reload the page.');

  downloadFails = false;
  await expect(compareInWorker(voa, cnn)).resolves.toMatchObject({ a: voa.id, b: cnn.id });
  resetCompareWorker();
});
