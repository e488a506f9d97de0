import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataError, NotFoundError, OfflineUnavailableError, fetchJson } from '../../../src/lib/data/fetch-json.ts';

const ARTICLE_URL = '/data/articles/some-story--voa.json';

function networkFails(): void {
  vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
}

let onLine: { mockRestore: () => void } | undefined;

function browserOnline(online: boolean): void {
  onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
}

describe('fetchJson when the request never reaches a server', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    onLine?.mockRestore(); // only this spy: the setup file watches console.error with its own
  });

  it('offline: says the file is not saved on this device, and is not worth retrying', async () => {
    networkFails();
    browserOnline(false);
    const error: unknown = await fetchJson(ARTICLE_URL, 'article').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OfflineUnavailableError);
    expect(error).toBeInstanceOf(DataError); // route errors and retry rules still recognise it
    expect((error as OfflineUnavailableError).retryable).toBe(false);
    expect((error as Error).message).toBe('The article “some-story--voa” is not saved on this device, and you are offline.');
  });

  it('online: a network failure, worth retrying, not the offline message', async () => {
    networkFails();
    browserOnline(true);
    const error: unknown = await fetchJson(ARTICLE_URL, 'article').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataError);
    expect(error).not.toBeInstanceOf(OfflineUnavailableError);
    expect((error as DataError).retryable).toBe(true);
    expect((error as Error).message).toMatch(/could not be downloaded: the network request failed/);
  });

  it('a 404 from the cache or the server is still “not found”, offline or not', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('', { status: 404 }))));
    browserOnline(false);
    await expect(fetchJson(ARTICLE_URL, 'article')).rejects.toBeInstanceOf(NotFoundError);
  });
});
