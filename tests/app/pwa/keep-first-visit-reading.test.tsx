import { describe, expect, it, vi } from 'vitest';
import { keepFirstVisitReading, loadedReadingFiles, requestAgain } from '../../../src/app/pwa/keep-first-visit-reading.ts';

// A when-read build keeps articles as they pass through the service worker; the first visit's
// ones loaded before it took control, so the page asks for them again once it has
// (docs/decisions/006-offline-cache-policy.md).

const ORIGIN = 'http://localhost:3000';

describe('the files the first visit read before the worker took control', () => {
  it('are the same-origin article and comparison files the page loaded, once each', () => {
    const names = [
      `${ORIGIN}/data/index.json`,
      `${ORIGIN}/data/articles/a--cnn.json`,
      `${ORIGIN}/assets/index-abc.js`,
      `${ORIGIN}/data/comparisons/a.json`,
      `${ORIGIN}/data/articles/a--cnn.json`,
      `${ORIGIN}/data/search/0.json`,
      'https://elsewhere.example/data/articles/b--voa.json',
    ];
    expect(loadedReadingFiles(names, ORIGIN)).toEqual(['/data/articles/a--cnn.json', '/data/comparisons/a.json']);
  });
});

describe('asking for them again', () => {
  it('asks for each in turn and ignores every failure', async () => {
    const asked: string[] = [];
    const fetcher = vi.fn((input: RequestInfo | URL) => {
      asked.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      return input === '/data/articles/a.json' ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(new Response('{}'));
    });
    await expect(requestAgain(['/data/articles/a.json', '/data/articles/b.json'], fetcher)).resolves.toBeUndefined();
    expect(asked).toEqual(['/data/articles/a.json', '/data/articles/b.json']);
  });

  it('waits for a worker to take control, then asks again for what the page had loaded', async () => {
    let onControl: (() => void) | undefined;
    const container = { controller: null, addEventListener: (_type: 'controllerchange', listener: () => void) => (onControl = listener) };
    const fetcher = vi.fn(() => Promise.resolve(new Response('{}')));
    keepFirstVisitReading(container, () => [`${window.location.origin}/data/articles/a--cnn.json`, `${window.location.origin}/data/index.json`], fetcher);
    expect(fetcher).not.toHaveBeenCalled();
    onControl?.();
    await vi.waitFor(() => expect(fetcher).toHaveBeenCalledTimes(1));
    expect(fetcher).toHaveBeenCalledWith('/data/articles/a--cnn.json');
  });

  it('does nothing on a page a worker already controls: its requests went through it', () => {
    const addEventListener = vi.fn();
    const fetcher = vi.fn(() => Promise.resolve(new Response('{}')));
    keepFirstVisitReading({ controller: {}, addEventListener }, () => [`${window.location.origin}/data/articles/a--cnn.json`], fetcher);
    expect(addEventListener).not.toHaveBeenCalled();
    expect(fetcher).not.toHaveBeenCalled();
  });
});
