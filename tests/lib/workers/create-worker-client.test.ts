import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkerClient, type WorkerClientOptions } from '../../../src/lib/workers/create-worker-client.ts';

/** The messages of a tiny protocol: `{ id, n }` in, `{ id, double }` or `{ id, error }` out. */
interface Sent {
  id: number;
  n: number;
}

/** Stands in for a Worker: keeps what it is sent, and the test decides what it answers and when. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  sent: Sent[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(message: Sent): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  double(message: Sent | undefined): void {
    if (message === undefined) throw new Error('nothing was sent');
    this.reply({ id: message.id, double: message.n * 2 });
  }
}

class TestError extends Error {}

function makeClient(overrides: Partial<WorkerClientOptions<number, number>> = {}) {
  return createWorkerClient<number, number>({
    createWorker: () => new Worker('test-worker.js'),
    encode: (id, n): Sent => ({ id, n }),
    decode: (data) => {
      if (typeof data !== 'object' || data === null || !('id' in data) || typeof data.id !== 'number') return null;
      if ('double' in data && typeof data.double === 'number') return { id: data.id, ok: true, answer: data.double };
      if ('error' in data && typeof data.error === 'string') return { id: data.id, ok: false, message: `failed: ${data.error}` };
      return null;
    },
    makeError: (message) => new TestError(message),
    messages: { crashed: 'crashed', unreadable: 'unreadable', malformed: 'malformed', cannotStart: 'cannot start', unsendable: 'cannot be sent', timedOut: (seconds) => `timed out after ${seconds} s` },
    ...overrides,
  });
}

const only = (): FakeWorker => {
  expect(FakeWorker.made).toHaveLength(1);
  return FakeWorker.made[0] as FakeWorker;
};

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a worker client: requests and answers by id', () => {
  it('matches each answer to its request, in whatever order they come, with one worker', async () => {
    const client = makeClient();
    const first = client.request(1);
    const second = client.request(2);
    const worker = only();
    expect(worker.sent).toEqual([{ id: 1, n: 1 }, { id: 2, n: 2 }]);
    worker.double(worker.sent[1]);
    worker.double(worker.sent[0]);
    await expect(Promise.all([first, second])).resolves.toEqual([2, 4]);
    // An answer nobody waits for (a duplicate, or for an abandoned request) is ignored.
    worker.double(worker.sent[0]);
    expect(worker.terminated).toBe(false);
  });

  it('turns a failure the worker reports into the client’s own error, and the worker keeps serving', async () => {
    const client = makeClient();
    const failing = client.request(1);
    const worker = only();
    worker.reply({ id: 1, error: 'too long' });
    await expect(failing).rejects.toThrow(new TestError('failed: too long'));
    const next = client.request(3);
    worker.double(worker.sent[1]);
    await expect(next).resolves.toBe(6);
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('uses Error when the client names no error of its own', async () => {
    const client = makeClient({ makeError: undefined as never });
    const failing = client.request(1);
    only().reply({ id: 1, error: 'x' });
    await expect(failing).rejects.toThrow(Error);
  });
});

describe('a worker client: a worker that fails', () => {
  it.each([
    ['crashes', (worker: FakeWorker) => worker.dispatchEvent(new Event('error', { cancelable: true })), 'crashed'],
    ['sends a message that cannot be read', (worker: FakeWorker) => worker.dispatchEvent(new MessageEvent('messageerror')), 'unreadable'],
    ['answers in a shape the protocol does not allow', (worker: FakeWorker) => worker.reply({ id: 1, nonsense: true }), 'malformed'],
  ])('when the worker %s: every waiting request fails, the worker stops, and the next request starts a fresh one', async (_name, fail, message) => {
    const client = makeClient();
    const first = client.request(1);
    const second = client.request(2);
    const broken = only();
    fail(broken);
    await expect(first).rejects.toThrow(new TestError(message));
    await expect(second).rejects.toThrow(new TestError(message));
    expect(broken.terminated).toBe(true);

    const again = client.request(5);
    expect(FakeWorker.made).toHaveLength(2);
    const fresh = FakeWorker.made[1] as FakeWorker;
    fresh.double(fresh.sent[0]);
    await expect(again).resolves.toBe(10);
  });

  it('says a crash is handled (no uncaught error in the page)', () => {
    const client = makeClient();
    void client.request(1).catch(() => undefined);
    const crash = new Event('error', { cancelable: true });
    only().dispatchEvent(crash);
    expect(crash.defaultPrevented).toBe(true);
  });

  it('fails with a reason when the browser refuses to start a worker', async () => {
    vi.stubGlobal(
      'Worker',
      vi.fn(function refuse() {
        throw new DOMException('refused', 'SecurityError');
      }),
    );
    await expect(makeClient().request(1)).rejects.toThrow(new TestError('cannot start'));
  });

  it('gives up after the time limit: the worker stops and every waiting request fails', async () => {
    vi.useFakeTimers();
    const client = makeClient();
    const slow = client.request(1, { timeoutMs: 4_000 });
    const other = client.request(2);
    const settled = Promise.all([expect(slow).rejects.toThrow(new TestError('timed out after 4 s')), expect(other).rejects.toThrow('timed out')]);
    await vi.advanceTimersByTimeAsync(3_999);
    expect(only().terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    await settled;
    expect(only().terminated).toBe(true);
  });

  it('does not time out a request that was answered in time', async () => {
    vi.useFakeTimers();
    const client = makeClient();
    const quick = client.request(1, { timeoutMs: 1_000 });
    only().double(only().sent[0]);
    await expect(quick).resolves.toBe(2);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(only().terminated).toBe(false);
  });

  it('reset fails what waits with the given reason and stops the worker', async () => {
    const client = makeClient();
    const waiting = client.request(1);
    client.reset('reset for a test');
    await expect(waiting).rejects.toThrow(new TestError('reset for a test'));
    expect(only().terminated).toBe(true);
  });
});

describe('a worker client: aborting and idling', () => {
  it('forgets an aborted request (its late answer is ignored) and keeps the worker for the rest', async () => {
    const client = makeClient();
    const controller = new AbortController();
    const aborted = client.request(1, { signal: controller.signal });
    const kept = client.request(2);
    controller.abort(new Error('the reader moved on'));
    await expect(aborted).rejects.toThrow('the reader moved on');
    const worker = only();
    worker.double(worker.sent[0]);
    worker.double(worker.sent[1]);
    await expect(kept).resolves.toBe(4);
    expect(worker.terminated).toBe(false);
  });

  it('rejects a request whose signal is already aborted without starting a worker', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(makeClient().request(1, { signal: controller.signal })).rejects.toThrow();
    expect(FakeWorker.made).toHaveLength(0);
  });

  it('with stopWhenIdle, stops the worker after the last answer, not before', async () => {
    const client = makeClient({ stopWhenIdle: true });
    const first = client.request(1);
    const second = client.request(2);
    const worker = only();
    worker.double(worker.sent[0]);
    await first;
    expect(worker.terminated).toBe(false);
    worker.double(worker.sent[1]);
    await second;
    expect(worker.terminated).toBe(true);
    const third = client.request(3);
    const next = FakeWorker.made[1] as FakeWorker;
    next.double(next.sent[0]);
    await expect(third).resolves.toBe(6);
  });

  it('removes its abort listener once the request settles, however it settles', async () => {
    const client = makeClient();
    const controller = new AbortController();
    const added = vi.spyOn(controller.signal, 'addEventListener');
    const removed = vi.spyOn(controller.signal, 'removeEventListener');
    const answered = client.request(1, { signal: controller.signal });
    only().double(only().sent[0]);
    await expect(answered).resolves.toBe(2);
    const failed = client.request(2, { signal: controller.signal });
    only().reply({ id: 2, error: 'no' });
    await expect(failed).rejects.toThrow('failed: no');
    expect(added).toHaveBeenCalledTimes(2);
    for (const [, listener, options] of added.mock.calls) {
      expect(options).toEqual({ once: true });
      expect(removed).toHaveBeenCalledWith('abort', listener);
    }
  });
});

describe('a worker client: a message that cannot be sent', () => {
  it('fails only that request, with a reason, and the worker keeps serving the others', async () => {
    class CloneRefusingWorker extends FakeWorker {
      override postMessage(message: Sent): void {
        if (message.n === 13) throw new DOMException('could not be cloned', 'DataCloneError');
        super.postMessage(message);
      }
    }
    vi.stubGlobal('Worker', CloneRefusingWorker);
    const client = makeClient();
    const waiting = client.request(1);
    await expect(client.request(13)).rejects.toThrow(new TestError('cannot be sent (DataCloneError)'));
    const worker = only();
    expect(worker.terminated).toBe(false);
    worker.double(worker.sent[0]);
    await expect(waiting).resolves.toBe(2);
    const later = client.request(3);
    worker.double(worker.sent[1]);
    await expect(later).resolves.toBe(6);
    expect(FakeWorker.made).toHaveLength(1);
  });
});

describe('a worker client never answers in the page', () => {
  it('after a timeout, the next request goes to a fresh worker', async () => {
    vi.useFakeTimers();
    const client = makeClient();
    const slow = client.request(1, { timeoutMs: 1_000 });
    const settled = expect(slow).rejects.toThrow('timed out after 1 s');
    await vi.advanceTimersByTimeAsync(1_001);
    await settled;
    const next = client.request(4);
    expect(FakeWorker.made).toHaveLength(2);
    const fresh = FakeWorker.made[1] as FakeWorker;
    fresh.double(fresh.sent[0]);
    await expect(next).resolves.toBe(8);
  });
});
