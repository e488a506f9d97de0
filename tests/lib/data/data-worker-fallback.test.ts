import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Behaviour = 'answers' | 'fails-the-request' | 'crashes' | 'sends-unreadable';

/** A stand-in Worker that behaves as told; the client must always end with an answer. */
function stubWorker(behaviour: Behaviour): { created: () => number; terminated: () => number } {
  let created = 0;
  let terminated = 0;
  class FakeWorker extends EventTarget {
    constructor() {
      super();
      created += 1;
    }
    postMessage(message: { id: number }): void {
      setTimeout(() => {
        if (behaviour === 'crashes') this.dispatchEvent(new Event('error', { cancelable: true }));
        else if (behaviour === 'sends-unreadable') this.dispatchEvent(new MessageEvent('messageerror'));
        else if (behaviour === 'fails-the-request') this.dispatchEvent(new MessageEvent('message', { data: { id: message.id, failed: true } }));
        else this.dispatchEvent(new MessageEvent('message', { data: { id: message.id, answer: { ok: true, data: 'from the worker' } } }));
      }, 0);
    }
    terminate(): void {
      terminated += 1;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return { created: () => created, terminated: () => terminated };
}

/** A fresh copy of the client per test: it remembers a broken worker for the page's lifetime. */
async function freshClient(): Promise<typeof import('../../../src/lib/data/data-worker-client.ts')> {
  vi.resetModules();
  return import('../../../src/lib/data/data-worker-client.ts');
}

describe('the data worker client with a Worker', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('takes the worker’s answer', async () => {
    const worker = stubWorker('answers');
    const { validate } = await freshClient();
    await expect(validate('library-index', '{}')).resolves.toEqual({ ok: true, data: 'from the worker' });
    expect(worker.created()).toBe(1);
  });

  it('answers in the page when the worker could not answer one request', async () => {
    stubWorker('fails-the-request');
    const { validate } = await freshClient();
    await expect(validate('library-index', 'not json')).resolves.toEqual({ ok: false, reason: 'not-json' });
  });

  it.each(['crashes', 'sends-unreadable'] as const)('answers in the page when the worker %s, stops it, and does not start another', async (behaviour) => {
    const worker = stubWorker(behaviour);
    const { validate } = await freshClient();
    await expect(validate('library-index', 'not json')).resolves.toEqual({ ok: false, reason: 'not-json' });
    await expect(validate('article', 'not json either')).resolves.toEqual({ ok: false, reason: 'not-json' });
    expect(worker.terminated()).toBe(1);
    expect(worker.created()).toBe(1);
  });
});
