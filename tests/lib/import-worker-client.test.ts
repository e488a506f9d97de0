import { afterEach, describe, expect, it, vi } from 'vitest';

type Behaviour = 'crashes' | 'sends-unreadable' | 'answers-nonsense' | 'refuses-to-start';

function stubWorker(behaviour: Behaviour): { terminated: () => number } {
  let terminated = 0;
  class FakeWorker extends EventTarget {
    constructor() {
      super();
      if (behaviour === 'refuses-to-start') throw new Error('SecurityError');
    }
    postMessage(): void {
      setTimeout(() => {
        if (behaviour === 'crashes') this.dispatchEvent(new Event('error', { cancelable: true }));
        else if (behaviour === 'sends-unreadable') this.dispatchEvent(new MessageEvent('messageerror'));
        else this.dispatchEvent(new MessageEvent('message', { data: { nonsense: true } }));
      }, 0);
    }
    terminate(): void {
      terminated += 1;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return { terminated: () => terminated };
}

const FILES = [{ name: 'a.txt', label: 'a.txt', text: 'REUTERS | Published January 6, 2025\nA paragraph.\n' }];

describe('the import worker client never leaves an import waiting', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['crashes', /could not run/],
    ['sends-unreadable', /could not be read/],
    ['answers-nonsense', /unexpected shape/],
    ['refuses-to-start', /could not be started/],
  ] as const)('when the worker %s, the import fails with a reason', async (behaviour, reason) => {
    stubWorker(behaviour);
    vi.resetModules();
    const { parseDigestsInWorker } = await import('../../src/lib/import-worker-client.ts');
    await expect(parseDigestsInWorker(FILES)).rejects.toThrow(reason);
  });

  it('gives up after its time limit and stops the worker', async () => {
    vi.useFakeTimers();
    try {
      let terminated = 0;
      class SilentWorker extends EventTarget {
        postMessage(): void {}
        terminate(): void {
          terminated += 1;
        }
      }
      vi.stubGlobal('Worker', SilentWorker);
      vi.resetModules();
      const { importTimeoutMs, parseDigestsInWorker } = await import('../../src/lib/import-worker-client.ts');
      const waiting = expect(parseDigestsInWorker(FILES)).rejects.toThrow(/took longer than \d+ seconds/);
      await vi.advanceTimersByTimeAsync(importTimeoutMs(FILES) + 1);
      await waiting;
      expect(terminated).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
