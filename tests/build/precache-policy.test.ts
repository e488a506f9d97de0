import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
// Workbox's own manifest builder (vite-plugin-pwa's dependency, the code that makes sw.js's
// precache list): the glob options are checked the way the build applies them.
import { getManifest } from 'workbox-build';
import {
  OFFLINE_BUDGETS,
  READING_CACHE_PREFIX,
  chooseOfflineDataPolicy,
  classifyPath,
  dataRuntimeCaching,
  onlyJsonResponses,
  precacheGlobOptions,
  pruneOlderReadingCaches,
  pruneReadingCaches,
  readingCachesCleanupScript,
  resolveOfflineArticles,
  type DataFile,
} from '../../src/app/pwa/offline-cache-policy.ts';

// The offline cache policy as a pure function (docs/decisions/006-offline-cache-policy.md).
// No build needed: budgets.test.ts checks a real build obeys the same policy.

const KIB = 1024;
const MIB = 1024 * KIB;

/** A library's data files: the index, one search shard, and `articles` article files of `bytes` each. */
function library(articles: number, bytes: number, comparisons = 0): DataFile[] {
  return [
    { path: 'data/index.json', bytes: 10 * KIB },
    { path: 'data/search/manifest.json', bytes: 100 },
    { path: 'data/search/0.json', bytes: 500 * KIB },
    ...Array.from({ length: articles }, (_, n) => ({ path: `data/articles/story-${n}--cnn.json`, bytes })),
    ...Array.from({ length: comparisons }, (_, n) => ({ path: `data/comparisons/story-${n}.json`, bytes })),
  ];
}

describe('which data files are which', () => {
  it.each([
    ['index.html', 'app'],
    ['assets/engine-worker-abc.js', 'app'],
    ['data/index.json', 'index'],
    ['data/index/3.json', 'index'],
    ['data/search/manifest.json', 'search'],
    ['data/search/12.json', 'search'],
    ['data/articles/a--cnn.json', 'article'],
    ['data/comparisons/a.json', 'comparisons'],
    ['data/other.json', 'other-data'],
  ])('%s is %s', (path, kind) => {
    expect(classifyPath(path)).toBe(kind);
  });
});

describe('the decision: precache the articles, or cache them as read', () => {
  it('precaches the bundled library (10 articles, 4 comparison files, 45 KiB)', () => {
    const policy = chooseOfflineDataPolicy(library(10, 4 * KIB, 4));
    expect(policy.articles).toBe('precached');
    expect(policy.reading).toEqual({ files: 14, bytes: 14 * 4 * KIB });
  });

  it('precaches a library exactly at both budgets', () => {
    // 2,000 files, 5 MiB to the byte: 5 MiB / 2,000 is not a whole number, so the first few files carry the rest.
    const files = OFFLINE_BUDGETS.bodiesFiles;
    const each = Math.floor(OFFLINE_BUDGETS.bodiesBytes / files);
    const rest = OFFLINE_BUDGETS.bodiesBytes - each * files;
    const data = library(files, each).map((file, n) => (n >= 3 && n < 3 + rest ? { ...file, bytes: file.bytes + 1 } : file));
    const policy = chooseOfflineDataPolicy(data);
    expect(policy.reading).toEqual({ files: OFFLINE_BUDGETS.bodiesFiles, bytes: OFFLINE_BUDGETS.bodiesBytes });
    expect(policy.articles).toBe('precached');
  });

  it('caches as read a library one byte over the size budget', () => {
    // Five files of 1 MiB: each under the per-file limit, together exactly at the size budget.
    const policy = chooseOfflineDataPolicy(library(5, OFFLINE_BUDGETS.bodiesBytes / 5), 'auto');
    expect(policy.articles).toBe('precached');
    const over = chooseOfflineDataPolicy([...library(5, OFFLINE_BUDGETS.bodiesBytes / 5), { path: 'data/comparisons/x.json', bytes: 1 }]);
    expect(over.articles).toBe('when-read');
    expect(over.reason).toMatch(/over the budget/);
  });

  it('caches as read a library of many small articles (one file over the count budget)', () => {
    expect(chooseOfflineDataPolicy(library(OFFLINE_BUDGETS.bodiesFiles + 1, 100)).articles).toBe('when-read');
  });

  it('caches as read the 10,000-article library (10,035 files, ~3.6 KiB each)', () => {
    expect(chooseOfflineDataPolicy(library(10_035, 3_700)).articles).toBe('when-read');
  });

  it('does not count the index and the search shards: they are precached whatever their size', () => {
    const files = [...library(10, 4 * KIB), ...Array.from({ length: 40 }, (_, n) => ({ path: `data/search/${n + 1}.json`, bytes: 500 * KIB }))];
    expect(chooseOfflineDataPolicy(files).articles).toBe('precached');
  });

  it('caches as read a small library with one article file over the 2 MiB per-file precache limit', () => {
    const policy = chooseOfflineDataPolicy([...library(3, 4 * KIB), { path: 'data/comparisons/huge.json', bytes: OFFLINE_BUDGETS.fileBytes + 1 }]);
    expect(policy.articles).toBe('when-read');
    expect(policy.reason).toMatch(/data\/comparisons\/huge\.json is over the 2\.00 MiB per-file precache limit/);
    expect(chooseOfflineDataPolicy([...library(3, 4 * KIB), { path: 'data/articles/big.json', bytes: OFFLINE_BUDGETS.fileBytes }]).articles).toBe('precached');
  });

  it('fails the build, naming the file, when a file that must be precached is over the per-file limit', () => {
    const big = { path: 'data/index/2.json', bytes: OFFLINE_BUDGETS.fileBytes + 1 };
    expect(() => chooseOfflineDataPolicy([...library(3, 4 * KIB), big])).toThrow(/data\/index\/2\.json \(2\.00 MiB\) is over the 2\.00 MiB a precached file may be/);
    const article = { path: 'data/articles/big.json', bytes: OFFLINE_BUDGETS.fileBytes + 1 };
    expect(() => chooseOfflineDataPolicy([...library(3, 4 * KIB), article], 'precached')).toThrow(/data\/articles\/big\.json/);
    expect(chooseOfflineDataPolicy([...library(3, 4 * KIB), article], 'when-read').articles).toBe('when-read');
  });

  it('follows PARALLAX_OFFLINE_ARTICLES when it is set, and refuses a value it does not know', () => {
    expect(resolveOfflineArticles({})).toBe('auto');
    expect(resolveOfflineArticles({ PARALLAX_OFFLINE_ARTICLES: 'when-read' })).toBe('when-read');
    expect(chooseOfflineDataPolicy(library(10, 4 * KIB), 'when-read').articles).toBe('when-read');
    expect(() => resolveOfflineArticles({ PARALLAX_OFFLINE_ARTICLES: 'never' })).toThrow('PARALLAX_OFFLINE_ARTICLES must be auto, precached or when-read, not “never”');
  });
});

describe('the service worker routes for data the precache does not hold', () => {
  const at = (path: string, sameOrigin = true) => ({ url: new URL(`https://parallax.example${path}`), sameOrigin, request: new Request(`https://parallax.example${path}`), event: {} });
  /** Which route (by index) answers a path, as Workbox picks: the first that matches. */
  function routeFor(routes: ReturnType<typeof dataRuntimeCaching>, path: string, sameOrigin = true): number {
    return routes.findIndex((route) => typeof route.urlPattern === 'function' && route.urlPattern(at(path, sameOrigin)));
  }

  it('a precached library: anything else under /data/ does not exist, and offline it is a 404', async () => {
    const routes = dataRuntimeCaching(chooseOfflineDataPolicy(library(10, 4 * KIB)), 'v1');
    expect(routes.map((route) => route.handler)).toEqual(['NetworkOnly']);
    expect(routeFor(routes, '/data/articles/nope.json')).toBe(0);
    expect(routeFor(routes, '/data/articles/nope.json', false)).toBe(-1);
    expect(routeFor(routes, '/assets/x.js')).toBe(-1);
    const failed = await routes[0]?.options?.plugins?.[0]?.handlerDidError?.({} as never);
    expect(failed?.status).toBe(404);
  });

  it('a large library: articles and comparisons are kept as read, in a cache named after the data version', async () => {
    const routes = dataRuntimeCaching(chooseOfflineDataPolicy(library(3000, 4 * KIB)), '0123456789ab');
    expect(routes.map((route) => route.handler)).toEqual(['CacheFirst', 'CacheFirst', 'NetworkOnly']);
    expect(routes.slice(0, 2).map((route) => route.options?.cacheName)).toEqual([`${READING_CACHE_PREFIX}0123456789ab`, `${READING_CACHE_PREFIX}0123456789ab`]);
    expect(routeFor(routes, '/data/articles/a--cnn.json')).toBe(0);
    expect(routeFor(routes, '/data/comparisons/a.json')).toBe(1);
    expect(routeFor(routes, '/data/index/9.json')).toBe(2);
    // An article never read is a network failure offline (it exists: "check your connection");
    // a comparison file becomes a 404, and the page computes the pair itself.
    expect(routes[0]?.options?.plugins?.some((plugin) => plugin.handlerDidError !== undefined)).toBe(false);
    for (const route of routes.slice(0, 2)) expect(route.options?.plugins).toContain(onlyJsonResponses);
    const plugins = routes[1]?.options?.plugins ?? [];
    const handled = await plugins.find((plugin) => plugin.handlerDidError !== undefined)?.handlerDidError?.({} as never);
    expect(handled?.status).toBe(404);
  });
});

describe('what the reading cache stores', () => {
  const store = (response: Response) => onlyJsonResponses.cacheWillUpdate({ response });

  it('keeps a 200 JSON response', async () => {
    const response = new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    expect(await store(response)).toBe(response);
  });

  it.each([
    ['an SPA host answering index.html with 200', new Response('<!doctype html>', { status: 200, headers: { 'Content-Type': 'text/html' } })],
    ['a response with no content type', new Response('{}', { status: 200, headers: {} })],
    ['a 404 in JSON', new Response('{}', { status: 404, headers: { 'Content-Type': 'application/json' } })],
    ['a 206 partial response', new Response('{}', { status: 206, headers: { 'Content-Type': 'application/json' } })],
  ])('refuses %s', async (_what, response) => {
    expect(await store(response)).toBeNull();
  });
});

/** Runs a function from its source alone, as sw.js will: no module scope, no imports. */
function fromSourceAlone(fn: unknown): unknown {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the point: prove the source stands alone
  const make = new Function(`"use strict"; return (${String(fn)});`) as () => unknown;
  return make();
}

describe('pruning the reading caches of other builds', () => {
  const worker = globalThis as unknown as { caches?: unknown; parallaxReadingCachesPruned?: boolean };
  afterEach(() => {
    delete worker.caches;
    delete worker.parallaxReadingCachesPruned;
  });

  const NAMES = ['parallax-reading-old1', 'parallax-reading-new', 'workbox-precache-v2-https://parallax.example/', 'parallax-reading-old2'];
  /** A fake CacheStorage; `failing` makes keys() or delete() reject. */
  function fakeCaches(failing: 'keys' | 'delete' | null = null): string[] {
    const deleted: string[] = [];
    worker.caches = {
      keys: () => (failing === 'keys' ? Promise.reject(new Error('refused')) : Promise.resolve([...NAMES])),
      delete: (name: string) => {
        deleted.push(name);
        return failing === 'delete' ? Promise.reject(new Error('refused')) : Promise.resolve(true);
      },
    };
    return deleted;
  }

  it('is self-contained: Workbox copies the lookup plugin into sw.js, and it runs from its source alone', async () => {
    const source = String(pruneOlderReadingCaches.cachedResponseWillBeUsed);
    expect(source).toMatch(new RegExp(`["']${READING_CACHE_PREFIX}["']`));
    const deleted = fakeCaches();
    const alone = fromSourceAlone(pruneOlderReadingCaches.cachedResponseWillBeUsed) as typeof pruneOlderReadingCaches.cachedResponseWillBeUsed;
    const waited: Promise<unknown>[] = [];
    await alone({ cacheName: 'parallax-reading-new', event: { waitUntil: (promise) => waited.push(promise) } });
    await Promise.all(waited);
    expect(deleted).toEqual(['parallax-reading-old1', 'parallax-reading-old2']);
  });

  it('on a lookup: answers with the cached response at once, prunes once under the event, and leaves every other cache alone', async () => {
    const deleted = fakeCaches();
    const waited: Promise<unknown>[] = [];
    const event = { waitUntil: (promise: Promise<unknown>) => waited.push(promise) };
    const cached = new Response('{}');
    expect(await pruneOlderReadingCaches.cachedResponseWillBeUsed({ cacheName: 'parallax-reading-new', cachedResponse: cached, event })).toBe(cached);
    expect(waited).toHaveLength(1);
    await Promise.all(waited);
    expect(deleted).toEqual(['parallax-reading-old1', 'parallax-reading-old2']);
    await pruneOlderReadingCaches.cachedResponseWillBeUsed({ cacheName: 'parallax-reading-new', event });
    expect(deleted, 'only on the first read of a worker').toHaveLength(2);
    expect(waited).toHaveLength(1);
  });

  it.each(['keys', 'delete'] as const)('on a lookup: a %s() that rejects (or never answers) neither fails nor delays the cached article', async (failing) => {
    fakeCaches(failing);
    const waited: Promise<unknown>[] = [];
    const cached = new Response('{"kept":true}');
    const answer = await pruneOlderReadingCaches.cachedResponseWillBeUsed({ cacheName: 'parallax-reading-new', cachedResponse: cached, event: { waitUntil: (promise) => waited.push(promise) } });
    expect(answer).toBe(cached);
    await expect(Promise.all(waited)).resolves.toBeDefined();
  });

  it('on a lookup: does not wait for a caches.keys() that never answers', async () => {
    worker.caches = { keys: () => new Promise<string[]>(() => undefined), delete: () => Promise.resolve(true) };
    const cached = new Response('{}');
    expect(await pruneOlderReadingCaches.cachedResponseWillBeUsed({ cacheName: 'parallax-reading-new', cachedResponse: cached })).toBe(cached);
  });

  it('on activate: keeps only the given reading cache, or none, and never rejects', async () => {
    let deleted = fakeCaches();
    await pruneReadingCaches('parallax-reading-new');
    expect(deleted).toEqual(['parallax-reading-old1', 'parallax-reading-old2']);
    deleted = fakeCaches();
    await pruneReadingCaches(null);
    expect(deleted).toEqual(['parallax-reading-old1', 'parallax-reading-new', 'parallax-reading-old2']);
    fakeCaches('keys');
    await expect(pruneReadingCaches(null)).resolves.toBeUndefined();
    fakeCaches('delete');
    await expect(pruneReadingCaches(null)).resolves.toBeUndefined();
  });

  it('on activate: the script appended to sw.js runs from its source alone and waits for the pruning', async () => {
    const deleted = fakeCaches();
    const listeners: ((event: { waitUntil: (promise: Promise<unknown>) => void }) => void)[] = [];
    const self = { addEventListener: (type: string, listener: (typeof listeners)[number]) => (type === 'activate' ? listeners.push(listener) : undefined) };
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- sw.js's own scope: only `self` and the globals
    const run = new Function('self', readingCachesCleanupScript('parallax-reading-new')) as (scope: typeof self) => void;
    run(self);
    expect(listeners).toHaveLength(1);
    const waited: Promise<unknown>[] = [];
    listeners[0]?.({ waitUntil: (promise) => waited.push(promise) });
    await Promise.all(waited);
    expect(deleted).toEqual(['parallax-reading-old1', 'parallax-reading-old2']);
    expect(readingCachesCleanupScript(null)).toContain('})(null)');
  });
});

// Writes a few MiB and lets Workbox hash them: seconds on a busy machine.
describe("Workbox's precache list for a build, under the policy", { timeout: 30_000 }, () => {
  const folders: string[] = [];
  afterAll(async () => {
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  /** A build folder with an app shell and the given data files (contents: `bytes` spaces). */
  async function buildFolder(data: readonly DataFile[]): Promise<string> {
    const folder = await mkdtemp(join(tmpdir(), 'parallax-precache-'));
    folders.push(folder);
    const files: DataFile[] = [
      { path: 'index.html', bytes: 2 * KIB },
      { path: 'assets/index-abc.js', bytes: 200 * KIB },
      { path: 'assets/index-abc.js.map', bytes: 600 * KIB },
      { path: 'assets/index-abc.css', bytes: 30 * KIB },
      { path: 'icons/icon-192.png', bytes: 5 * KIB },
      { path: 'screenshots/library-wide.png', bytes: 300 * KIB },
      ...data,
    ];
    await Promise.all(files.map(({ path }) => mkdir(dirname(join(folder, path)), { recursive: true })));
    await Promise.all(files.map(({ path, bytes }) => writeFile(join(folder, path), ' '.repeat(bytes))));
    return folder;
  }

  async function precacheOf(data: readonly DataFile[]): Promise<{ urls: string[]; size: number }> {
    const policy = chooseOfflineDataPolicy(data);
    const { manifestEntries, size, warnings } = await getManifest({ globDirectory: await buildFolder(data), ...precacheGlobOptions(policy) });
    expect(warnings).toEqual([]);
    return { urls: manifestEntries.map((entry) => entry.url).sort(), size };
  }

  it('a small library: the shell, the index, search, every article and comparison', async () => {
    const data = library(10, 4 * KIB, 4);
    const { urls } = await precacheOf(data);
    expect(urls).toEqual(['assets/index-abc.css', 'assets/index-abc.js', 'icons/icon-192.png', 'index.html', ...data.map(({ path }) => path)].sort());
  });

  it('a library over the budget: the shell, the index and search, no article or comparison, within the total budget', async () => {
    // Over by size (the count budget is checked above, without writing 2,000 files).
    const data = [...library(20, 300 * KIB, 4), { path: 'data/index/1.json', bytes: 1.5 * MIB }];
    const { urls, size } = await precacheOf(data);
    expect(urls).toEqual(
      ['assets/index-abc.css', 'assets/index-abc.js', 'icons/icon-192.png', 'index.html', 'data/index.json', 'data/index/1.json', 'data/search/0.json', 'data/search/manifest.json'].sort(),
    );
    expect(size).toBeLessThanOrEqual(OFFLINE_BUDGETS.totalBytes);
  });
});
