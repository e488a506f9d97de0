import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  OFFLINE_BUDGETS,
  READING_CACHE_PREFIX,
  chooseOfflineDataPolicy,
  classifyPath,
  isReadingFile,
  resolveOfflineArticles,
  type CachedKind,
  type OfflineDataPolicy,
} from '../../src/app/pwa/offline-cache-policy.ts';
import { builtAppDir as dist, listFiles, precachedUrls, staticClosure, type ViteManifest } from './built-app.ts';

// Runs after `npm run build` (npm test orders it so), or on another build with BUILD_DIST
// (tests/build/built-app.ts). The budgets and the cache policy are explained in
// docs/decisions/006-offline-cache-policy.md; src/app/pwa/offline-cache-policy.ts holds them.

/**
 * Initial JavaScript for the library route, gzip (level 9), in bytes: what the main thread must
 * download and run before a short library (under 40 stories, as bundled) renders. A long library
 * also fetches the virtual list (src/features/library/virtual-list-loader.ts): that total is
 * reported, not held to this budget. Issue #5 says "≤ 120 KB gzip"; this reads KB as
 * decimal, 120,000 bytes, the stricter of the two readings (120 KiB would be 122,880). The data
 * worker, which validates the index and reads the imports off the main thread, is fetched
 * alongside and reported apart (docs/decisions/006-offline-cache-policy.md).
 */
const INITIAL_JS_BUDGET = 120_000;
const LIBRARY_ROUTE_MODULE = 'src/features/library/library-page.tsx';
/** Fetched only by a long library; its size is reported beside the budget, not held to it (decision 006). */
const VIRTUAL_LIST_MODULE = 'src/features/library/virtual-story-list.tsx';

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

describe('build budgets and the offline cache', () => {
  let manifest: ViteManifest = {};
  let precached: string[] = [];
  let sw = '';
  /** Every file under data/, with its size: what the policy decides on. */
  let dataFiles: { path: string; bytes: number }[] = [];
  let policy: OfflineDataPolicy;

  beforeAll(async () => {
    const manifestPath = join(dist, '.vite', 'manifest.json');
    if (!existsSync(manifestPath) || !existsSync(join(dist, 'sw.js'))) {
      throw new Error(`${dist} has no build manifest or service worker: run \`npm run build\` before \`npm run test:build\``);
    }
    manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as ViteManifest;
    sw = await readFile(join(dist, 'sw.js'), 'utf8');
    precached = precachedUrls(sw);
    dataFiles = await Promise.all((await listFiles(join(dist, 'data'))).map(async (path) => ({ path, bytes: (await stat(join(dist, path))).size })));
    // The same decision the build made, from the files it wrote (and PARALLAX_OFFLINE_ARTICLES, if it was forced).
    policy = chooseOfflineDataPolicy(dataFiles, resolveOfflineArticles(process.env));
  });

  /** Gzip (level 9) sizes of the JavaScript files of these manifest chunks, largest first. */
  async function gzipOfChunks(keys: Iterable<string>): Promise<{ file: string; gzip: number }[]> {
    const files = [...new Set([...keys].map((key) => manifest[key]?.file ?? ''))].filter((file) => file.endsWith('.js'));
    const sizes = await Promise.all(files.map(async (file) => ({ file, gzip: gzipSync(await readFile(join(dist, file)), { level: 9 }).length })));
    return sizes.sort((a, b) => b.gzip - a.gzip);
  }
  const sum = (sizes: readonly { gzip: number }[]): number => sizes.reduce((total, { gzip }) => total + gzip, 0);
  const listing = (sizes: readonly { file: string; gzip: number }[]): string => sizes.map(({ file, gzip }) => `  ${kib(gzip).padStart(10)}  ${file}`).join('\n');

  it(`keeps a short library's initial JavaScript within ${INITIAL_JS_BUDGET.toLocaleString('en')} bytes (120 KB) gzip, and reports a long one's`, async () => {
    const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry === true)?.[0];
    expect(entry, 'the build has an entry chunk').toBeDefined();
    const shortKeys = new Set([...staticClosure(manifest, entry ?? ''), ...staticClosure(manifest, LIBRARY_ROUTE_MODULE)]);
    // The virtual list is imported dynamically, and only for a long library (src/features/library/virtual-list-loader.ts):
    // never among what every library visit fetches.
    expect(manifest[LIBRARY_ROUTE_MODULE]?.dynamicImports ?? [], 'the library page imports the virtual list dynamically').toContain(VIRTUAL_LIST_MODULE);
    expect(shortKeys.has(VIRTUAL_LIST_MODULE), 'the virtual list is not in the short library\'s initial JavaScript').toBe(false);
    const short = await gzipOfChunks(shortKeys);
    const shortTotal = sum(short);
    // A long library (from 40 stories) also fetches the virtual list and what it imports that the page has not.
    const virtualList = await gzipOfChunks([...staticClosure(manifest, VIRTUAL_LIST_MODULE)].filter((key) => !shortKeys.has(key)));
    const longTotal = shortTotal + sum(virtualList);
    // A split index (a library too large for one file, docs/decisions/009) also fetches the compact parts' decoder.
    // (a chunk shared with the data worker's fallback, so keyed by its name rather than its source).
    const decoderKey = Object.entries(manifest).find(([key, chunk]) => key === 'src/engine/library/compact-index.ts' || chunk.name === 'compact-index')?.[0];
    const decoder = decoderKey === undefined ? [] : await gzipOfChunks([...staticClosure(manifest, decoderKey)].filter((key) => !shortKeys.has(key)));
    // The worker's own bundle is not in the manifest; the manifest's data-worker chunk is the in-page fallback.
    const fallback = manifest['src/lib/data/data-worker.ts']?.file;
    const workers = (await listFiles(join(dist, 'assets'))).filter((file) => /^assets\/data-worker-.+\.js$/.test(file) && file !== fallback);
    const workerGzip = await Promise.all(workers.map(async (file) => gzipSync(await readFile(join(dist, file)), { level: 9 }).length));
    const workerLine = workerGzip.length === 0 ? '' : `\nalongside, off the main thread: the data worker, ${kib(Math.max(...workerGzip))} gzip`;
    const over = (total: number): string => (total > INITIAL_JS_BUDGET ? `, ${total - INITIAL_JS_BUDGET} bytes OVER the budget` : ', within the budget');
    console.log(
      [
        `Initial JavaScript for the library route, short library (under 40 stories): ${kib(shortTotal)} gzip (${shortTotal} bytes), budget ${INITIAL_JS_BUDGET} bytes (120 KB)${over(shortTotal)}`,
        listing(short),
        `Long library (40 stories or more): ${kib(longTotal)} gzip (${longTotal} bytes)${over(longTotal)}: the above and the virtual list`,
        listing(virtualList),
        decoder.length === 0 ? '' : `A split index adds the compact parts' decoder, fetched beside the parts: ${kib(sum(decoder))} gzip (${sum(decoder)} bytes)\n${listing(decoder)}`,
      ]
        .filter((line) => line !== '')
        .join('\n') + workerLine,
    );
    expect(sum(virtualList), 'the virtual list has code of its own').toBeGreaterThan(0);
    expect(shortTotal, `a short library's initial JavaScript is ${kib(shortTotal)} gzip:\n${listing(short)}`).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  });

  it("starts the data worker on a first module without zod, the schemas or the local library's code (loaded when a request needs them)", async () => {
    // The worker's own bundle is not in the manifest; the manifest's data-worker chunk is the in-page fallback.
    const fallback = manifest['src/lib/data/data-worker.ts']?.file;
    const workers = (await listFiles(join(dist, 'assets'))).filter((file) => /^assets\/data-worker-.+\.js$/.test(file) && file !== fallback);
    expect(workers, 'the build has the data worker').toHaveLength(1);
    const first = await readFile(join(dist, workers[0] ?? ''), 'utf8');
    // zod's objects carry `_zod`; idb's open listens for `upgradeneeded`.
    expect(first).not.toContain('_zod');
    expect(first).not.toContain('upgradeneeded');
    // …and it can still load them: the lazily imported chunks sit beside it.
    const lazy = [...first.matchAll(/import\(`\.\/([^`]+\.js)`\)/g)].map((match) => match[1] ?? '');
    expect(lazy.length).toBeGreaterThanOrEqual(2);
    for (const file of lazy) expect((await stat(join(dist, 'assets', file))).size, `${file}, which the worker imports, is in the build`).toBeGreaterThan(0);
  });

  it("builds the QueryClient with the empty mutation cache, without TanStack Query's mutation machinery", async () => {
    // vite.config.ts gives query-core's queryClient.js src/app/no-mutation-cache.ts (the app runs no mutation).
    const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry === true)?.[0] ?? '';
    const files = [...staticClosure(manifest, entry)].map((key) => manifest[key]?.file ?? '').filter((file) => file.endsWith('.js'));
    const code = (await Promise.all(files.map((file) => readFile(join(dist, file), 'utf8')))).join('\n');
    expect(code).toContain('This build has no mutations');
    // MutationCache#runNext: the real cache's queue of scoped mutations.
    expect(code).not.toMatch(/\brunNext\b/);
  });

  it('precaches the library index and every search shard, whatever the size of the library', () => {
    const always = dataFiles.filter(({ path }) => !isReadingFile(path)).map(({ path }) => path);
    expect(always).toContain('data/index.json');
    expect(always).toContain('data/search/manifest.json');
    expect(always.filter((path) => !precached.includes(path))).toEqual([]);
  });

  it('precaches the articles and comparisons only while they fit the budget; above it, caches them as read', () => {
    const reading = dataFiles.filter(({ path }) => isReadingFile(path)).map(({ path }) => path);
    expect(reading.some((path) => path.startsWith('data/articles/')), 'the build has article files').toBe(true);
    console.log(`Offline policy: ${policy.reason}`);
    if (policy.articles === 'precached') {
      expect(reading.filter((path) => !precached.includes(path))).toEqual([]);
      expect(sw, 'no runtime cache for articles when all are precached').not.toMatch(new RegExp(`cacheName:"${READING_CACHE_PREFIX}`));
    } else {
      expect(precached.filter(isReadingFile)).toEqual([]);
      // The runtime route that keeps what is read, in a cache named after the data's version.
      expect(sw).toMatch(new RegExp(`CacheFirst\\(\\{cacheName:"${READING_CACHE_PREFIX}[0-9a-f]{12}"`));
      // Only JSON is kept: an SPA host's index.html for an unknown path is never stored as an article.
      expect(sw).toMatch(/cacheWillUpdate:/);
    }
  });

  it('deletes on activate the reading caches of other builds, in every mode', () => {
    // Appended by vite.config.ts after Workbox wrote sw.js; the precache manifest is still Workbox's.
    const cleanup = /self\.addEventListener\("activate",[\s\S]*?\}\)\((null|"([^"]+)")\)\)\}\);/.exec(sw);
    expect(cleanup, 'the activate clean-up in sw.js').not.toBeNull();
    const keep = cleanup?.[2] ?? null;
    if (policy.articles === 'precached') expect(keep, 'a precached build keeps no reading cache').toBeNull();
    else expect(sw).toContain(`CacheFirst({cacheName:"${keep ?? 'none'}"`);
  });

  it("precaches the app shell and every route's code, and nothing the app does not need", async () => {
    const files = await listFiles(dist);
    const code = files.filter((file) => /^assets\/.+\.(?:js|css)$/.test(file));
    expect(code.length).toBeGreaterThan(0);
    expect(code.filter((file) => !precached.includes(file))).toEqual([]);
    for (const shell of ['index.html', 'manifest.webmanifest', 'theme-init.js', 'favicon.svg', 'icons/icon-192.png', 'icons/icon-512.png']) {
      expect(precached, shell).toContain(shell);
    }
    // The workers: the engine (comparisons the build did not make, imports), data checks, search.
    for (const worker of ['engine-worker', 'data-worker', 'search-worker']) {
      expect(precached.some((url) => new RegExp(`^assets/${worker}-.+\\.js$`).test(url)), worker).toBe(true);
    }
    expect(precached.filter((url) => url.endsWith('.map') || url.startsWith('screenshots/') || url.startsWith('.vite/'))).toEqual([]);
    expect(new Set(precached).size, 'no URL is precached twice').toBe(precached.length);
  });

  it('keeps the precache within its budgets and reports its total', async () => {
    const sizes = await Promise.all(precached.map(async (url) => ({ url, bytes: (await stat(join(dist, url))).size })));
    const tooBig = sizes.filter(({ bytes }) => bytes > OFFLINE_BUDGETS.fileBytes).map(({ url, bytes }) => `${url} (${kib(bytes)})`);
    expect(tooBig, 'files over the 2 MiB precache limit (see docs/decisions/006-offline-cache-policy.md)').toEqual([]);

    const byKind = new Map<CachedKind, { files: number; bytes: number }>();
    for (const { url, bytes } of sizes) {
      const kind = classifyPath(url);
      const sum = byKind.get(kind) ?? { files: 0, bytes: 0 };
      byKind.set(kind, { files: sum.files + 1, bytes: sum.bytes + bytes });
    }
    const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
    const gzip = (await Promise.all(sizes.map(async ({ url }) => gzipSync(await readFile(join(dist, url)), { level: 6 }).length))).reduce((a, b) => a + b, 0);
    const lines = [...byKind].map(([kind, { files, bytes }]) => `  ${kind.padEnd(12)} ${String(files).padStart(6)} files  ${mib(bytes).padStart(10)}`);
    console.log(
      `Precache: ${sizes.length} files, ${mib(total)} (${total} bytes) uncompressed, ${mib(gzip)} gzip; budget ${mib(OFFLINE_BUDGETS.totalBytes)}\n${lines.join('\n')}`,
    );

    const app = byKind.get('app')?.bytes ?? 0;
    expect(app, `the app itself (shell, code, icons) is ${mib(app)}`).toBeLessThanOrEqual(OFFLINE_BUDGETS.appBytes);
    const reading = (byKind.get('article')?.bytes ?? 0) + (byKind.get('comparisons')?.bytes ?? 0);
    expect(reading, 'precached articles and comparisons').toBeLessThanOrEqual(policy.articles === 'precached' ? policy.reading.bytes : 0);
    if (resolveOfflineArticles(process.env) === 'auto') {
      const readingFiles = (byKind.get('article')?.files ?? 0) + (byKind.get('comparisons')?.files ?? 0);
      expect(reading).toBeLessThanOrEqual(OFFLINE_BUDGETS.bodiesBytes);
      expect(readingFiles).toBeLessThanOrEqual(OFFLINE_BUDGETS.bodiesFiles);
    }
    expect(total, `the whole precache is ${mib(total)}`).toBeLessThanOrEqual(OFFLINE_BUDGETS.totalBytes);
  });
});
