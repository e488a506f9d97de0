import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDigest } from '../../../src/engine/index.ts';
import { CompareWorkerError, compareInWorker, compareTimeoutMs, resetCompareWorker } from '../../../src/lib/compare-worker-client.ts';
import { answerCompareRequest } from '../../../src/lib/compare-worker.ts';
import seed from '../../fixtures/blinken-seoul-2025-01-06.txt?raw';

const [voa, cnn] = parseDigest(seed, { file: 'blinken-seoul-2025-01-06.txt' }).articles;
if (voa === undefined || cnn === undefined) throw new Error('the seed has two reports');

type Behaviour = (worker: FakeWorker, message: unknown) => void;

/** Stands in for the browser's Worker; `behaviour` decides what it does with each request. */
class FakeWorker extends EventTarget {
  static behaviour: Behaviour = () => undefined;
  static created = 0;
  terminated = false;
  constructor() {
    super();
    FakeWorker.created += 1;
  }
  postMessage(message: unknown): void {
    queueMicrotask(() => FakeWorker.behaviour(this, message));
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

const honest: Behaviour = (worker, message) => worker.answer(answerCompareRequest(message));

beforeEach(() => {
  FakeWorker.created = 0;
  FakeWorker.behaviour = honest;
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
  resetCompareWorker();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('compare worker client: every request settles', () => {
  it('resolves with a checked comparison from a working worker', async () => {
    const comparison = await compareInWorker(voa, cnn);
    expect(comparison.a).toBe(voa.id);
    expect(comparison.facts.length).toBeGreaterThan(0);
  });

  it('turns a worker whose script failed to load (or threw) into a clear error, and starts afresh next time', async () => {
    FakeWorker.behaviour = (worker) => worker.dispatchEvent(new Event('error', { cancelable: true }));
    const failed = compareInWorker(voa, cnn);
    await expect(failed).rejects.toThrow(CompareWorkerError);
    await expect(failed).rejects.toThrow('The comparison worker could not run (its script failed to load or stopped with an error).');
    FakeWorker.behaviour = honest;
    await expect(compareInWorker(voa, cnn)).resolves.toMatchObject({ a: voa.id, b: cnn.id });
    expect(FakeWorker.created).toBe(2);
  });

  it.each([
    ['not an object', 'hello'],
    ['no requestId', { ok: true, comparison: {} }],
    ['a comparison in the wrong shape', { requestId: 1, ok: true, comparison: { a: 'x', facts: 'many' } }],
    ['a span that ends before it starts', { requestId: 1, ok: true, comparison: { a: 'a', b: 'b', facts: [{ id: 'f', kind: 'quote', score: 1, a: [{ start: 5, end: 2 }], b: [{ start: 0, end: 1 }] }], conflicts: [] } }],
  ])('rejects an answer that is %s', async (_name, answer) => {
    FakeWorker.behaviour = (worker) => worker.answer(answer);
    await expect(compareInWorker(voa, cnn)).rejects.toThrow('The comparison worker answered in an unexpected shape.');
  });

  it('passes on the reason the worker gives for a failed comparison', async () => {
    FakeWorker.behaviour = (worker, message) => worker.answer({ requestId: (message as { requestId: number }).requestId, ok: false, message: 'the text is too long' });
    await expect(compareInWorker(voa, cnn)).rejects.toThrow('The comparison failed: the text is too long');
  });

  it('rejects a message the browser could not read', async () => {
    FakeWorker.behaviour = (worker) => worker.dispatchEvent(new MessageEvent('messageerror'));
    await expect(compareInWorker(voa, cnn)).rejects.toThrow('could not be read');
  });

  it('gives up on a worker that never answers, and stops it', async () => {
    vi.useFakeTimers();
    let silent: FakeWorker | null = null;
    FakeWorker.behaviour = (worker) => {
      silent = worker;
    };
    const waiting = compareInWorker(voa, cnn);
    const settled = expect(waiting).rejects.toThrow(/took longer than \d+ seconds and was stopped/);
    await vi.advanceTimersByTimeAsync(compareTimeoutMs(voa, cnn) + 1);
    await settled;
    expect(silent).not.toBeNull();
    expect((silent as FakeWorker | null)?.terminated).toBe(true);
  });

  it('rejects when the browser refuses to start a worker at all', async () => {
    // What a browser does when a policy or the platform refuses a worker: the constructor throws.
    vi.stubGlobal(
      'Worker',
      // A function, not an arrow: `new` needs a constructor.
      vi.fn(function refuse() {
        throw new DOMException('refused by the Content-Security-Policy', 'SecurityError');
      }),
    );
    await expect(compareInWorker(voa, cnn)).rejects.toThrow('The comparison worker could not be started in this browser.');
  });

  it('refuses a request that is not two valid articles, before bothering the worker', async () => {
    await expect(compareInWorker({ ...voa, id: 'Not A Slug' }, cnn)).rejects.toThrow('not in the expected shape');
    expect(FakeWorker.created).toBe(0);
  });
});
