import { afterEach, describe, expect, it, vi } from 'vitest';
import { onWorkerMessage } from '../../../src/lib/workers/worker-scope.ts';

afterEach(() => vi.unstubAllGlobals());

describe('onWorkerMessage', () => {
  it('does nothing outside a worker (a page, a test)', () => {
    const listener = vi.fn();
    expect(onWorkerMessage(listener)).toBe(false);
    window.dispatchEvent(new MessageEvent('message', { data: 'hello' }));
    expect(listener).not.toHaveBeenCalled();
  });

  it('inside a worker, hands each message to the listener with a way to answer it', () => {
    class FakeWorkerScope extends EventTarget {
      posted: unknown[] = [];
      postMessage(message: unknown): void {
        this.posted.push(message);
      }
    }
    const scope = new FakeWorkerScope();
    vi.stubGlobal('WorkerGlobalScope', FakeWorkerScope);
    vi.stubGlobal('self', scope);
    expect(onWorkerMessage((data, reply) => reply({ echoed: data }))).toBe(true);
    scope.dispatchEvent(new MessageEvent('message', { data: 21 }));
    expect(scope.posted).toEqual([{ echoed: 21 }]);
  });
});
