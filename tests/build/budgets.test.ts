import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

// Runs after `npm run build` (npm test orders it so). The budgets and the cache policy are
// explained in docs/decisions/006-offline-cache-policy.md.
const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');

/**
 * Initial JavaScript for the library route, gzip (level 9), in KiB: what the main thread must
 * download and run before the library renders (issue #5). The data worker, which validates the
 * index and reads the imports off the main thread, is fetched alongside and reported apart
 * (docs/decisions/006-offline-cache-policy.md).
 */
const INITIAL_JS_BUDGET_KIB = 120;
/** Workbox's per-file precache limit, kept at its default: a bigger file would silently not be precached. */
const PRECACHE_FILE_LIMIT_BYTES = 2 * 1024 * 1024;
const LIBRARY_ROUTE_MODULE = 'src/features/library/library-page.tsx';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type ViteManifest = Record<string, ManifestChunk>;

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dist, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/** The chunk and everything it imports statically: what the browser must fetch before it runs. */
function staticClosure(manifest: ViteManifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (chunk === undefined) throw new Error(`${key} is not in the build manifest`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/** The URLs in the generated service worker's precache manifest (dist/sw.js). */
function precachedUrls(sw: string): string[] {
  const urls = [...sw.matchAll(/\{\s*"?url"?\s*:\s*"([^"]+)"\s*,\s*"?revision"?\s*:/g)].map((match) => match[1] ?? '');
  if (urls.length === 0) throw new Error('no precache manifest found in dist/sw.js');
  return urls;
}

describe('build budgets and the offline cache', () => {
  let manifest: ViteManifest = {};
  let precached: string[] = [];

  beforeAll(async () => {
    const manifestPath = join(dist, '.vite', 'manifest.json');
    if (!existsSync(manifestPath) || !existsSync(join(dist, 'sw.js'))) {
      throw new Error('dist/ has no build manifest or service worker: run `npm run build` before `npm run test:build`');
    }
    manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as ViteManifest;
    precached = precachedUrls(await readFile(join(dist, 'sw.js'), 'utf8'));
  });

  it(`keeps the library route's initial JavaScript within ${INITIAL_JS_BUDGET_KIB} KiB gzip`, async () => {
    const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry === true)?.[0];
    expect(entry, 'the build has an entry chunk').toBeDefined();
    const keys = new Set([...staticClosure(manifest, entry ?? ''), ...staticClosure(manifest, LIBRARY_ROUTE_MODULE)]);
    const files = [...keys].map((key) => manifest[key]?.file ?? '').filter((file) => file.endsWith('.js'));
    const sizes = await Promise.all(
      files.map(async (file) => ({ file, gzip: gzipSync(await readFile(join(dist, file)), { level: 9 }).length })),
    );
    const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
    const lines = sizes.sort((a, b) => b.gzip - a.gzip).map(({ file, gzip }) => `  ${kib(gzip).padStart(10)}  ${file}`);
    // The worker's own bundle is not in the manifest; the manifest's data-worker chunk is the in-page fallback.
    const fallback = manifest['src/lib/data/data-worker.ts']?.file;
    const workers = (await listFiles(join(dist, 'assets'))).filter((file) => /^assets\/data-worker-.+\.js$/.test(file) && file !== fallback);
    const workerGzip = await Promise.all(workers.map(async (file) => gzipSync(await readFile(join(dist, file)), { level: 9 }).length));
    const workerLine = workerGzip.length === 0 ? '' : `\nalongside, off the main thread: the data worker, ${kib(Math.max(...workerGzip))} gzip`;
    console.log(`Initial JavaScript for the library route: ${kib(total)} gzip (${total} bytes), budget ${INITIAL_JS_BUDGET_KIB} KiB\n${lines.join('\n')}${workerLine}`);
    expect(total, `initial JavaScript is ${kib(total)} gzip:\n${lines.join('\n')}`).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KIB * 1024);
  });

  it('precaches every bundled data file: the index, each article and each comparison', async () => {
    const data = await listFiles(join(dist, 'data'));
    expect(data).toContain('data/index.json');
    expect(data.some((file) => file.startsWith('data/articles/'))).toBe(true);
    expect(data.some((file) => file.startsWith('data/comparisons/'))).toBe(true);
    expect(data.filter((file) => !precached.includes(file))).toEqual([]);
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

  it('keeps every file within the precache limit and reports the precache total', async () => {
    const sizes = await Promise.all(precached.map(async (url) => ({ url, bytes: (await stat(join(dist, url))).size })));
    const tooBig = sizes.filter(({ bytes }) => bytes > PRECACHE_FILE_LIMIT_BYTES).map(({ url, bytes }) => `${url} (${kib(bytes)})`);
    expect(tooBig, 'files over the 2 MiB precache limit (see docs/decisions/006-offline-cache-policy.md)').toEqual([]);
    const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
    const dataBytes = sizes.filter(({ url }) => url.startsWith('data/')).reduce((sum, { bytes }) => sum + bytes, 0);
    console.log(`Precache: ${sizes.length} files, ${kib(total)} (${total} bytes) uncompressed; bundled data ${kib(dataBytes)}`);
    expect(total).toBeGreaterThan(0);
  });
});
