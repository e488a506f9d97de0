/**
 * `npm run bench -- --scale`: Parallax at 10,000 articles (issue #6), against the bundled digests.
 *
 * For each corpus (a generated one of `--stories` digests, ~3 articles each, made by
 * scripts/gen-corpus.ts with a fixed seed; and the bundled src/content/digests):
 *
 * - Node: the production build (`vite build` with PARALLAX_DIGESTS pointing at the corpus) and
 *   its wall time; the data build alone, in-process; what computing every story's comparisons
 *   would cost (timed on a sample of stories, extrapolated); the sizes of the index (raw and
 *   gzip), the search shards and the precache; and the search index in Node: building it from
 *   the shards versus loading a serialised MiniSearch index (the trade-off in docs/decisions/009),
 *   its heap, and the engine's own time per keystroke.
 * - Chromium (Debian's, via Playwright; service worker blocked so its precaching does not compete
 *   with the page): time from the index's arrival (its resource timing `responseEnd`; the last
 *   part's, for a split index) to the first story card in the page; when search is ready; each
 *   keystroke of a query typed letter by letter, from the input event to the results for it in
 *   the page (median and p95), and the worker's own time for each; the page's JS heap (CDP
 *   Performance.getMetrics after a forced GC).
 *
 *   npm run bench -- --scale [--stories 3334] [--work /tmp/parallax-scale] [--root DIR] [--reuse] [--json]
 *
 * `--reuse` keeps a corpus and builds already in the work folder. `--root` builds another
 * checkout (the same scripts). Asserts nothing; prints the table and the targets.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import MiniSearch from 'minisearch';
import { buildDataFiles, readDigestFiles } from '../src/cli/build-data.ts';
import { SearchShardSchema, compareAllPairs, parseDigest } from '../src/engine/index.ts';
import { INDEX_OPTIONS, createSearchEngine } from '../src/lib/search/search-engine.ts';
import { NO_FILTERS, type SearchDoc } from '../src/lib/search/search-protocol.ts';
import { CHROMIUM_FLAGS, findChromium } from './chromium-path.mjs';
import { generateCorpus } from './gen-corpus.ts';

const REPO = resolve(import.meta.dirname, '..');
const TARGETS = { indexGzipBytes: 1.5 * 1000 * 1000, searchP95Ms: 30, firstRenderMs: 300, heapBytes: 150 * 1024 * 1024 };
/** Typed letter by letter; every prefix from 2 letters is a search. */
const QUERY = 'earthquake rescuers manila';
const COMPARISON_SAMPLE = 40;

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

interface NodeReport {
  articles: number;
  stories: number;
  viteBuildMs: number;
  dataBuildMs: number;
  comparisonsPerStoryMs: number;
  comparisonsAllEstimateMs: number;
  comparisonsShipped: boolean;
  indexFiles: number;
  indexBytes: number;
  indexGzipBytes: number;
  searchShards: number;
  searchBytes: number;
  searchGzipBytes: number;
  dataFiles: number;
  precacheEntries: number;
  precacheBytes: number;
  searchBuildMs: number;
  searchHeapBytes: number;
  serialisedBytes: number;
  serialisedGzipBytes: number;
  serialisedLoadMs: number;
  engineKeystrokeMedianMs: number;
  engineKeystrokeP95Ms: number;
}

function viteBuild(root: string, digests: string, outDir: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, PARALLAX_DIGESTS: digests },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`vite build of ${digests} failed (exit ${String(result.status)})`);
  return performance.now() - started;
}

function precache(dist: string): { entries: number; bytes: number } {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\{\s*"?url"?\s*:\s*"([^"]+)"\s*,\s*"?revision"?\s*:/g)].map((match) => match[1] ?? '');
  return { entries: urls.length, bytes: urls.reduce((sum, url) => sum + (existsSync(join(dist, url)) ? statSync(join(dist, url)).size : 0), 0) };
}

function gc(): void {
  globalThis.gc?.();
}

async function measureNode(corpus: string, dist: string, root: string, reuse: boolean, log: (line: string) => void): Promise<NodeReport> {
  let viteBuildMs = Number.NaN;
  if (!reuse || !existsSync(join(dist, 'sw.js'))) {
    log(`  vite build → ${dist}`);
    viteBuildMs = viteBuild(root, corpus, dist);
  }
  const digests = await readDigestFiles(corpus);
  const dataStarted = performance.now();
  buildDataFiles(digests, { comparisons: 'browser' });
  const dataBuildMs = performance.now() - dataStarted;
  const parsed = digests.map(({ file, text }) => parseDigest(text, { file }));
  const articles = parsed.reduce((sum, digest) => sum + digest.articles.length, 0);
  log(`  ${parsed.length} stories, ${articles} articles; comparing a sample of ${Math.min(COMPARISON_SAMPLE, parsed.length)} stories`);
  compareAllPairs(parsed[0]?.articles ?? []); // loads the lexicon
  const sample = parsed.slice(0, COMPARISON_SAMPLE);
  const compareStarted = performance.now();
  for (const digest of sample) compareAllPairs(digest.articles);
  const comparisonsPerStoryMs = (performance.now() - compareStarted) / Math.max(1, sample.length);

  const data = listFiles(join(dist, 'data')).map((path) => path.slice(dist.length + 1));
  const sizeOf = (paths: readonly string[]): { bytes: number; gzip: number } =>
    paths.reduce(
      (sum, path) => {
        const body = readFileSync(join(dist, path));
        return { bytes: sum.bytes + body.length, gzip: sum.gzip + gzipSync(body, { level: 9 }).length };
      },
      { bytes: 0, gzip: 0 },
    );
  const indexPaths = data.filter((path) => path === 'data/index.json' || path.startsWith('data/index/'));
  const searchPaths = data.filter((path) => /^data\/search\/\d+\.json$/.test(path));
  const index = sizeOf(indexPaths);
  const search = sizeOf(searchPaths);
  const { entries, bytes } = precache(dist);

  // The search index in Node: what the worker does, and the alternative of shipping it serialised.
  const docs: SearchDoc[] = searchPaths.flatMap((path) =>
    SearchShardSchema.parse(JSON.parse(readFileSync(join(dist, path), 'utf8'))).docs.map(([id, storyId, outlet, publishedAt, title, body]) => ({ id, storyId, outlet, publishedAt, title, body, imported: false })),
  );
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildStarted = performance.now();
  const mini = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  mini.addAll(docs);
  const searchBuildMs = performance.now() - buildStarted;
  gc();
  const searchHeapBytes = process.memoryUsage().heapUsed - heapBefore;
  const serialised = JSON.stringify(mini);
  const loadStarted = performance.now();
  MiniSearch.loadJSON(serialised, INDEX_OPTIONS);
  const serialisedLoadMs = performance.now() - loadStarted;

  const engine = createSearchEngine(() => Promise.resolve(docs));
  await engine.warm();
  const times: number[] = [];
  for (let length = 1; length <= QUERY.length; length += 1) {
    const query = QUERY.slice(0, length).trim();
    times.push((await engine.search(query, NO_FILTERS, 100)).tookMs);
  }
  return {
    articles,
    stories: parsed.length,
    viteBuildMs,
    dataBuildMs,
    comparisonsPerStoryMs,
    comparisonsAllEstimateMs: comparisonsPerStoryMs * parsed.length,
    comparisonsShipped: data.some((path) => path.startsWith('data/comparisons/')),
    indexFiles: indexPaths.length,
    indexBytes: index.bytes,
    indexGzipBytes: index.gzip,
    searchShards: searchPaths.length,
    searchBytes: search.bytes,
    searchGzipBytes: search.gzip,
    dataFiles: data.length,
    precacheEntries: entries,
    precacheBytes: bytes,
    searchBuildMs,
    searchHeapBytes,
    serialisedBytes: serialised.length,
    serialisedGzipBytes: gzipSync(serialised).length,
    serialisedLoadMs,
    engineKeystrokeMedianMs: percentile(times, 50),
    engineKeystrokeP95Ms: percentile(times, 95),
  };
}

interface BrowserReport {
  storiesShown: number;
  firstRenderAfterIndexMs: number;
  /** From when both the index and the library route's code had arrived (the index is preloaded, so it often comes first). */
  firstRenderAfterIndexAndCodeMs: number;
  indexArrivedMs: number;
  firstCardMs: number;
  searchReadyMs: number;
  keystrokes: number;
  keystrokeMedianMs: number;
  keystrokeP95Ms: number;
  workerMedianMs: number;
  workerP95Ms: number;
  heapBytes: number;
}

/** What INSTRUMENT keeps in the page (typed here for the predicates Playwright runs there). */
interface BenchWindow {
  __bench: { firstCard: number | null; samples: unknown[]; pending: unknown };
}

// Runs in the page before its scripts (strings, so this Node-typed script needs no DOM types).
const INSTRUMENT = `(() => {
  window.__bench = { firstCard: null, samples: [], pending: null };
  const check = () => {
    const b = window.__bench;
    if (b.firstCard === null && document.querySelector('ol[aria-label="Stories, newest first"] article')) b.firstCard = performance.now();
    const p = b.pending;
    if (p === null) return;
    const section = document.querySelector('section[aria-label="Search results"]');
    const status = section && section.querySelector('[role=status]');
    if (status && status.textContent.includes('“' + p.query + '”')) {
      b.samples.push({ query: p.query, ms: performance.now() - p.start, worker: Number(section.dataset.searchMs) });
      b.pending = null;
    }
  };
  document.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'search') return;
    const query = event.target.value.trim();
    const last = window.__bench.lastQuery;
    window.__bench.lastQuery = query;
    window.__bench.pending = query === '' || query === last ? null : { query, start: event.timeStamp };
  }, true);
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})()`;

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${String(server.exitCode)}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`no server at ${url}`);
}

async function measureBrowser(dist: string, port: number, log: (line: string) => void): Promise<BrowserReport> {
  const executablePath = findChromium();
  if (executablePath === null) throw new Error('no Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROME_PATH');
  const server = spawn(process.execPath, [join(REPO, 'scripts/serve.mjs'), '--dir', dist], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  const baseURL = `http://localhost:${port}`;
  const browser = await (async () => {
    await waitForServer(baseURL, server);
    return chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS] });
  })().catch((error: unknown) => {
    server.kill('SIGTERM');
    throw error;
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.addInitScript(INSTRUMENT);
    await page.goto(baseURL);
    // Predicates as functions: the app's CSP refuses Playwright's string predicates (no eval).
    await page.waitForFunction(() => (globalThis as unknown as BenchWindow).__bench.firstCard !== null, undefined, { timeout: 60_000 });
    const timing = await page.evaluate<{ indexEnd: number; routeEnd: number; firstCard: number; shown: number }>(`(() => {
      const resources = performance.getEntriesByType('resource');
      const index = resources.filter((entry) => /\\/data\\/index(\\.json|\\/\\d+\\.json)$/.test(entry.name));
      const route = resources.filter((entry) => /\\/assets\\/library-page-[^/]+\\.js$/.test(entry.name));
      const list = document.querySelector('ol[aria-label="Stories, newest first"] > li');
      return { indexEnd: Math.max(...index.map((entry) => entry.responseEnd)), routeEnd: Math.max(0, ...route.map((entry) => entry.responseEnd)), firstCard: window.__bench.firstCard, shown: Number(list?.getAttribute('aria-setsize') ?? document.querySelectorAll('ol[aria-label="Stories, newest first"] > li').length) };
    })()`);
    log(`  first card ${ms(timing.firstCard)} after navigation; index arrived at ${ms(timing.indexEnd)}`);

    const box = page.getByRole('searchbox');
    const searchStarted = await page.evaluate<number>('performance.now()');
    await box.fill('earthquake');
    await page.waitForFunction(() => (globalThis as unknown as BenchWindow).__bench.samples.length >= 1, undefined, { timeout: 120_000 });
    const searchReadyMs = (await page.evaluate<number>('performance.now()')) - searchStarted;
    await box.fill('');
    await page.evaluate('window.__bench.samples = []; window.__bench.lastQuery = ""');
    await box.focus();
    for (const letter of QUERY) {
      await page.keyboard.type(letter);
      await page.waitForFunction(() => (globalThis as unknown as BenchWindow).__bench.pending === null, undefined, { timeout: 10_000 }).catch(() => undefined);
      await page.waitForTimeout(60);
    }
    const samples = await page.evaluate<{ query: string; ms: number; worker: number }[]>('window.__bench.samples');
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const heapBytes = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    return {
      storiesShown: timing.shown,
      firstRenderAfterIndexMs: timing.firstCard - timing.indexEnd,
      firstRenderAfterIndexAndCodeMs: timing.firstCard - Math.max(timing.indexEnd, timing.routeEnd),
      indexArrivedMs: timing.indexEnd,
      firstCardMs: timing.firstCard,
      searchReadyMs,
      keystrokes: samples.length,
      keystrokeMedianMs: percentile(samples.map((sample) => sample.ms), 50),
      keystrokeP95Ms: percentile(samples.map((sample) => sample.ms), 95),
      workerMedianMs: percentile(samples.map((sample) => sample.worker), 50),
      workerP95Ms: percentile(samples.map((sample) => sample.worker), 95),
      heapBytes,
    };
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

interface CorpusReport {
  name: string;
  node: NodeReport;
  browser: BrowserReport;
}

function table(reports: readonly CorpusReport[]): string {
  const rows: [string, (report: CorpusReport) => string][] = [
    ['stories / articles', ({ node }) => `${node.stories} / ${node.articles}`],
    ['vite build (wall)', ({ node }) => (Number.isNaN(node.viteBuildMs) ? 'reused' : `${(node.viteBuildMs / 1000).toFixed(1)} s`)],
    ['data build (parse, index, search shards)', ({ node }) => `${(node.dataBuildMs / 1000).toFixed(2)} s`],
    ['all comparisons at build (estimate)', ({ node }) => `${(node.comparisonsAllEstimateMs / 1000).toFixed(1)} s (${ms(node.comparisonsPerStoryMs)}/story; ${node.comparisonsShipped ? 'shipped' : 'not shipped: computed in the browser'})`],
    ['index files, raw / gzip', ({ node }) => `${node.indexFiles}, ${mib(node.indexBytes)} / ${kib(node.indexGzipBytes)}`],
    ['search shards, raw / gzip', ({ node }) => `${node.searchShards}, ${mib(node.searchBytes)} / ${kib(node.searchGzipBytes)}`],
    ['serialised MiniSearch instead, raw / gzip', ({ node }) => `${mib(node.serialisedBytes)} / ${kib(node.serialisedGzipBytes)}`],
    ['index build from shards vs loadJSON (Node)', ({ node }) => `${ms(node.searchBuildMs)} vs ${ms(node.serialisedLoadMs)}`],
    ['search index heap (Node, ≈ the worker)', ({ node }) => mib(node.searchHeapBytes)],
    ['data files / precache entries, size', ({ node }) => `${node.dataFiles} / ${node.precacheEntries}, ${mib(node.precacheBytes)}`],
    ['stories in the list', ({ browser }) => String(browser.storiesShown)],
    ['first card after the index arrives', ({ browser }) => ms(browser.firstRenderAfterIndexMs)],
    ['first card after index and route code', ({ browser }) => ms(browser.firstRenderAfterIndexAndCodeMs)],
    ['search ready (first query answered)', ({ browser }) => ms(browser.searchReadyMs)],
    ['keystroke → results, median / p95', ({ browser }) => `${ms(browser.keystrokeMedianMs)} / ${ms(browser.keystrokeP95Ms)} (${browser.keystrokes} keys)`],
    ['  of which the worker, median / p95', ({ browser }) => `${ms(browser.workerMedianMs)} / ${ms(browser.workerP95Ms)}`],
    ['engine per keystroke in Node, median / p95', ({ node }) => `${ms(node.engineKeystrokeMedianMs)} / ${ms(node.engineKeystrokeP95Ms)}`],
    ['page JS heap (after GC)', ({ browser }) => mib(browser.heapBytes)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const header = `${''.padEnd(width)}  ${reports.map((report) => report.name.padEnd(44)).join('')}`;
  return [header, ...rows.map(([label, cell]) => `${label.padEnd(width)}  ${reports.map((report) => cell(report).padEnd(44)).join('')}`)].join('\n');
}

function verdicts(report: CorpusReport): string[] {
  const check = (label: string, value: number, target: number, show: (n: number) => string): string => `${label}: ${show(value)} (target ≤ ${show(target)}) ${value <= target ? 'met' : 'NOT met'}`;
  return [
    check('index gzip', report.node.indexGzipBytes, TARGETS.indexGzipBytes, (n) => `${(n / 1e6).toFixed(2)} MB`),
    check('search p95 per keystroke', report.browser.keystrokeP95Ms, TARGETS.searchP95Ms, ms),
    check('first render after the index', report.browser.firstRenderAfterIndexMs, TARGETS.firstRenderMs, ms),
    check('page heap', report.browser.heapBytes, TARGETS.heapBytes, mib),
    check('page heap + search index', report.browser.heapBytes + report.node.searchHeapBytes, TARGETS.heapBytes, mib),
  ];
}

export async function runScaleBench(args: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      stories: { type: 'string', default: '3334' },
      work: { type: 'string', default: '/tmp/parallax-scale' },
      root: { type: 'string', default: REPO },
      port: { type: 'string', default: process.env['BENCH_SCALE_PORT'] ?? '4394' },
      reuse: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      scale: { type: 'boolean', default: false },
    },
  });
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  const stories = Number(values.stories);
  const work = resolve(values.work);
  const root = resolve(values.root);
  const corpus = join(work, `corpus-${stories}`);
  if (!values.reuse || !existsSync(corpus)) {
    log(`generating ${stories} stories into ${corpus}`);
    generateCorpus(stories, corpus);
  }
  const reports: CorpusReport[] = [];
  for (const [name, digests, dist] of [
    [`generated (${stories} stories)`, corpus, join(work, `dist-${stories}`)],
    ['bundled digests', join(root, 'src/content/digests'), join(work, 'dist-bundled')],
  ] as const) {
    log(`${name}:`);
    const node = await measureNode(digests, dist, root, values.reuse, log);
    const browser = await measureBrowser(dist, Number(values.port), log);
    reports.push({ name, node, browser });
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(reports)}\n`);
    return;
  }
  process.stdout.write(`${table(reports)}\n\n`);
  for (const report of reports) process.stdout.write(`${report.name}:\n${verdicts(report).map((line) => `  ${line}`).join('\n')}\n`);
}
