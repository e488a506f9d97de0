/**
 * The scale bench's browser side, in Debian's Chromium via Playwright (service worker blocked so
 * its precaching does not compete with the page): time from the index's arrival to the first
 * story card; when search is ready; each keystroke of a query typed letter by letter, from the
 * input event to its results in the page, and the worker's own time for it; the page's JS heap.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from '../chromium-path.mjs';
import { QUERY, ms, percentile } from './stats.ts';

const REPO = resolve(import.meta.dirname, '../..');

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel', 'v8.execute', 'v8', 'disabled-by-default-v8.gc'];

export interface BrowserReport {
  /** Stories in the whole list (once nothing more is loading). */
  storiesShown: number;
  /**
   * First card after the last index file. A split index's first view shows the newest stories
   * from its first file while the parts download (docs/decisions/009, session 10), so this can be
   * negative: see `firstRenderAfterHeadMs` and `wholeListAfterIndexMs`.
   */
  firstRenderAfterIndexMs: number;
  /** First card after the index's first file (the whole index, when it is one file). */
  firstRenderAfterHeadMs: number;
  /** Every story listed (the list no longer busy) after the last index file. */
  wholeListAfterIndexMs: number;
  /** To the end of the frame that first draws it (the card above is when it enters the page). */
  firstFrameAfterIndexMs: number;
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
  /** Each keystroke: the query, its time to results in the page, and the worker's own time. */
  samples: KeystrokeSample[];
}

export interface KeystrokeSample {
  query: string;
  /** From the input event to the results for this query in the page. */
  ms: number;
  /** The worker's own search time (its `tookMs`). */
  worker: number;
  /** From the input event to the page posting this query's search to the worker (null: never posted). */
  posted: number | null;
  /** From the input event to the worker's results for it arriving in the page (before React sees them). */
  answered: number | null;
  /** From the input event to every row the results announce being in the list (null: not before the next keystroke). */
  allRows: number | null;
}

/** What INSTRUMENT keeps in the page (typed here for the predicates Playwright runs there). */
interface BenchWindow {
  __bench: { firstCard: number | null; firstCardFrame: number | null; samples: unknown[]; pending: unknown };
}

// Runs in the page before its scripts (strings, so this Node-typed script needs no DOM types).
const INSTRUMENT = `(() => {
  let frameShown;
  let wholeShown;
  window.__bench = { firstCard: null, firstCardFrame: null, wholeList: null, samples: [], starts: [], pending: null, rows: null };
  // The whole library listed: the story list no longer busy (a long index's parts still downloading).
  window.__bench.wholeListShown = new Promise((resolve) => { wholeShown = resolve; });
  // Awaited by the bench (page.evaluate) instead of a waitForFunction: Playwright's predicate
  // polling injects its own script into the page and runs it every frame: one trace (load ~14) had
  // its evaluation, a 231-ms main-thread task, between the index's arrival and the first card (session 9).
  window.__bench.firstCardFrameShown = new Promise((resolve) => { frameShown = resolve; });
  const check = () => {
    const b = window.__bench;
    if (b.firstCard === null && document.querySelector('ol[aria-label="Stories, newest first"] article')) {
      b.firstCard = performance.now();
      // And when the frame that shows it has been drawn: a task queued from that frame's
      // animation callback runs after its style, layout and paint.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { b.firstCardFrame = performance.now(); frameShown(); };
        channel.port2.postMessage(null);
      });
    }
    if (b.wholeList === null && document.querySelector('ol[aria-label="Stories, newest first"]:not([aria-busy]) article')) {
      b.wholeList = performance.now();
      wholeShown();
    }
    const p = b.pending;
    if (p === null) return;
    const section = document.querySelector('section[aria-label="Search results"]');
    const status = section && section.querySelector('[role=status]');
    if (status && status.textContent.includes('“' + p.query + '”')) {
      b.starts.push(p.start);
      const sample = { query: p.query, ms: performance.now() - p.start, worker: Number(section.dataset.searchMs), posted: p.posted, answered: p.answered, allRows: null };
      b.samples.push(sample);
      b.pending = null;
      // The list may show its first rows before the rest: note when every row it announced is in.
      const best = /showing the best (\\d+)/.exec(status.textContent);
      const rows = best ? Number(best[1]) : Number(/^(\\d+)/.exec(status.textContent)?.[1] ?? 0);
      b.rows = { sample, start: p.start, rows, list: 'ol[aria-label="Results for “' + p.query + '”"] > li' };
    }
    const r = b.rows;
    if (r && r.sample.allRows === null && document.querySelectorAll(r.list).length >= r.rows) {
      r.sample.allRows = performance.now() - r.start;
      b.rows = null;
    }
  };
  // Where a keystroke's time goes: when its search is posted to the worker and when the answer
  // arrives (a listener added before the app's own, so it sees the message first).
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      if (!options || options.name !== 'parallax-search') return;
      const post = this.postMessage.bind(this);
      this.postMessage = (message, ...rest) => {
        const p = window.__bench.pending;
        if (p && message && message.type === 'search' && message.query === p.query && p.posted === null) p.posted = performance.now() - p.start;
        return post(message, ...rest);
      };
      this.addEventListener('message', (event) => {
        const p = window.__bench.pending;
        const data = event.data;
        if (p && data && data.type === 'results' && data.results && data.results.query === p.query) p.answered = performance.now() - p.start;
      });
    }
  };
  document.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'search') return;
    const query = event.target.value.trim();
    const last = window.__bench.lastQuery;
    window.__bench.lastQuery = query;
    window.__bench.pending = query === '' || query === last ? null : { query, start: event.timeStamp, posted: null, answered: null };
  }, true);
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})()`;

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000; // a loaded machine can take a while to start it
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

/**
 * A slow mobile connection, as Lighthouse's mobile preset simulates one (150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up), applied by Chromium to every request the page makes: on
 * localhost the index's parts arrive at once, and what a long index costs a reader on a real
 * network does not show.
 */
const SLOW_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

export interface MeasureOptions {
  /** Load over a slow mobile connection (`SLOW_NETWORK`) instead of at localhost speed. */
  slowNetwork?: boolean;
  /** Write a Chromium performance trace of the typing (not of the load) to this file; see trace-typing.ts. */
  tracePath?: string;
  /** Write a V8 CPU profile of the typing (the page's main thread) to this file (.cpuprofile, as DevTools reads it). */
  cpuProfilePath?: string;
  /** Write a Chromium performance trace of the load, from navigation to the first card's frame, to this file; see trace-load.ts. */
  loadTracePath?: string;
  /** Write a V8 CPU profile of the load, from navigation to the first card's frame, to this file (with `.sync.json` beside it); see trace-load.ts. */
  loadProfilePath?: string;
  /** Measure the load only (first card, heap): no search, no typing (`samples` empty). */
  loadOnly?: boolean;
}

/** What a trace of the load needs besides itself (trace-load.ts): the page's clock on the trace's, and the index's arrival. */
export interface LoadTraceSync {
  /** performance.now() in the page when it made the `bench-sync` mark. */
  pageNow: number;
  indexEnd: number;
  firstCard: number;
  firstCardFrame: number;
  /** Every resource the page fetched, with when its response ended (page clock). */
  resources: { name: string; start: number; end: number }[];
}

/** In the page: its clock now, and a `bench-sync` mark at that moment, to line a trace up with the page's clock. */
const SYNC_MARK = `(() => { const now = performance.now(); performance.mark('bench-sync'); return now; })()`;

/** The page's JavaScript heap in use after a full garbage collection, in bytes (NaN when Chromium does not say). */
async function usedHeapBytes(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

/** What a trace needs besides itself: the samples, and where the page's clock (performance.now) sits on the trace's. */
export interface TraceSync {
  /** performance.now() in the page when it made the `bench-sync` mark. */
  pageNow: number;
  samples: KeystrokeSample[];
  /** Each sample's start (the input event's timeStamp) in the page's clock, in the same order. */
  starts: number[];
}

export async function measureBrowser(dist: string, port: number, log: (line: string) => void, options: MeasureOptions = {}): Promise<BrowserReport> {
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
    if (options.slowNetwork === true) {
      const network = await context.newCDPSession(page);
      await network.send('Network.enable');
      await network.send('Network.emulateNetworkConditions', SLOW_NETWORK);
    }
    if (options.loadTracePath !== undefined) await browser.startTracing(page, { path: options.loadTracePath, categories: TRACE_CATEGORIES });
    const loadProfiler = options.loadProfilePath === undefined ? null : await context.newCDPSession(page);
    if (loadProfiler !== null) {
      await loadProfiler.send('Profiler.enable');
      await loadProfiler.send('Profiler.setSamplingInterval', { interval: 200 });
      await loadProfiler.send('Profiler.start');
    }
    await page.goto(baseURL);
    // A string expression awaited in the page: no predicate polling in the window measured (INSTRUMENT).
    await Promise.race([
      page.evaluate('Promise.all([window.__bench.firstCardFrameShown, window.__bench.wholeListShown]).then(() => true)'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no first card and whole list within 60 s')), 60_000).unref()),
    ]);
    const timing = await page.evaluate<{ headEnd: number; indexEnd: number; routeEnd: number; firstCard: number; firstCardFrame: number; wholeList: number; shown: number }>(`(() => {
      const resources = performance.getEntriesByType('resource');
      const index = resources.filter((entry) => /\\/data\\/index(\\.json|\\/\\d+\\.json)$/.test(entry.name));
      const head = resources.filter((entry) => /\\/data\\/index\\.json$/.test(entry.name));
      const route = resources.filter((entry) => /\\/assets\\/library-page-[^/]+\\.js$/.test(entry.name));
      const list = document.querySelector('ol[aria-label="Stories, newest first"] > li');
      return { headEnd: Math.max(...head.map((entry) => entry.responseEnd)), indexEnd: Math.max(...index.map((entry) => entry.responseEnd)), routeEnd: Math.max(0, ...route.map((entry) => entry.responseEnd)), firstCard: window.__bench.firstCard, firstCardFrame: window.__bench.firstCardFrame, wholeList: window.__bench.wholeList, shown: Number(list?.getAttribute('aria-setsize') ?? document.querySelectorAll('ol[aria-label="Stories, newest first"] > li').length) };
    })()`);
    log(`  first card ${ms(timing.firstCard)} after navigation; index's first file arrived at ${ms(timing.headEnd)}, its last at ${ms(timing.indexEnd)}; whole list at ${ms(timing.wholeList)}`);
    if (loadProfiler !== null && options.loadProfilePath !== undefined) {
      const pageNow = await page.evaluate<number>('performance.now()');
      const { profile } = await loadProfiler.send('Profiler.stop');
      const resources = await page.evaluate<{ name: string; start: number; end: number }[]>(`performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, start: entry.startTime, end: entry.responseEnd }))`);
      const sync: LoadTraceSync = { pageNow, indexEnd: timing.indexEnd, firstCard: timing.firstCard, firstCardFrame: timing.firstCardFrame, resources };
      writeFileSync(options.loadProfilePath, JSON.stringify(profile));
      writeFileSync(`${options.loadProfilePath}.sync.json`, JSON.stringify(sync));
    }
    if (options.loadTracePath !== undefined) {
      const pageNow = await page.evaluate<number>(SYNC_MARK);
      await browser.stopTracing();
      const resources = await page.evaluate<{ name: string; start: number; end: number }[]>(`performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, start: entry.startTime, end: entry.responseEnd }))`);
      const sync: LoadTraceSync = { pageNow, indexEnd: timing.indexEnd, firstCard: timing.firstCard, firstCardFrame: timing.firstCardFrame, resources };
      writeFileSync(`${options.loadTracePath}.sync.json`, JSON.stringify(sync));
    }

    // What the load measured, the same whether or not typing is measured after it.
    const load = {
      storiesShown: timing.shown,
      firstRenderAfterIndexMs: timing.firstCard - timing.indexEnd,
      firstRenderAfterHeadMs: timing.firstCard - timing.headEnd,
      wholeListAfterIndexMs: timing.wholeList - timing.indexEnd,
      firstFrameAfterIndexMs: timing.firstCardFrame - timing.indexEnd,
      firstRenderAfterIndexAndCodeMs: timing.firstCard - Math.max(timing.indexEnd, timing.routeEnd),
      indexArrivedMs: timing.indexEnd,
      firstCardMs: timing.firstCard,
    };
    if (options.loadOnly === true) {
      const heapBytes = await usedHeapBytes(context, page);
      return {
        ...load,
        searchReadyMs: Number.NaN,
        keystrokes: 0,
        keystrokeMedianMs: Number.NaN,
        keystrokeP95Ms: Number.NaN,
        workerMedianMs: Number.NaN,
        workerP95Ms: Number.NaN,
        heapBytes,
        samples: [],
      };
    }
    const box = page.getByRole('searchbox');
    const searchStarted = await page.evaluate<number>('performance.now()');
    await box.fill('earthquake');
    // Predicates as functions: the app's CSP refuses Playwright's string predicates (no eval).
    await page.waitForFunction(() => (globalThis as unknown as BenchWindow).__bench.samples.length >= 1, undefined, { timeout: 120_000 });
    const searchReadyMs = (await page.evaluate<number>('performance.now()')) - searchStarted;
    await box.fill('');
    await page.evaluate('window.__bench.samples = []; window.__bench.starts = []; window.__bench.lastQuery = ""');
    await box.focus();
    let pageNow = Number.NaN;
    if (options.tracePath !== undefined) {
      await browser.startTracing(page, { path: options.tracePath, categories: TRACE_CATEGORIES });
      pageNow = await page.evaluate<number>(SYNC_MARK);
    }
    const profiler = options.cpuProfilePath === undefined ? null : await context.newCDPSession(page);
    if (profiler !== null) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.setSamplingInterval', { interval: 100 });
      await profiler.send('Profiler.start');
    }
    for (const letter of QUERY) {
      await page.keyboard.type(letter);
      await page.waitForFunction(() => (globalThis as unknown as BenchWindow).__bench.pending === null, undefined, { timeout: 10_000 }).catch(() => undefined);
      await page.waitForTimeout(60);
    }
    const samples = await page.evaluate<KeystrokeSample[]>('window.__bench.samples');
    if (profiler !== null && options.cpuProfilePath !== undefined) {
      const { profile } = await profiler.send('Profiler.stop');
      writeFileSync(options.cpuProfilePath, JSON.stringify(profile));
    }
    if (options.tracePath !== undefined) {
      await browser.stopTracing();
      const starts = await page.evaluate<number[]>('window.__bench.starts');
      const sync: TraceSync = { pageNow, samples, starts };
      writeFileSync(`${options.tracePath}.sync.json`, JSON.stringify(sync));
    }
    const heapBytes = await usedHeapBytes(context, page);
    return {
      ...load,
      searchReadyMs,
      keystrokes: samples.length,
      keystrokeMedianMs: percentile(samples.map((sample) => sample.ms), 50),
      keystrokeP95Ms: percentile(samples.map((sample) => sample.ms), 95),
      workerMedianMs: percentile(samples.map((sample) => sample.worker), 50),
      workerP95Ms: percentile(samples.map((sample) => sample.worker), 95),
      heapBytes,
      samples,
    };
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

/**
 * Several runs as one report: the keystrokes of all runs pooled (so the p95 rests on more than
 * one typing of the query), the median of each run's other figures.
 */
export function combineBrowserRuns(runs: readonly BrowserReport[]): BrowserReport {
  const median = (pick: (run: BrowserReport) => number): number => percentile(runs.map(pick), 50);
  const samples = runs.flatMap((run) => run.samples);
  return {
    storiesShown: median((run) => run.storiesShown),
    firstRenderAfterIndexMs: median((run) => run.firstRenderAfterIndexMs),
    firstRenderAfterHeadMs: median((run) => run.firstRenderAfterHeadMs),
    wholeListAfterIndexMs: median((run) => run.wholeListAfterIndexMs),
    firstFrameAfterIndexMs: median((run) => run.firstFrameAfterIndexMs),
    firstRenderAfterIndexAndCodeMs: median((run) => run.firstRenderAfterIndexAndCodeMs),
    indexArrivedMs: median((run) => run.indexArrivedMs),
    firstCardMs: median((run) => run.firstCardMs),
    searchReadyMs: median((run) => run.searchReadyMs),
    keystrokes: samples.length,
    keystrokeMedianMs: percentile(samples.map((sample) => sample.ms), 50),
    keystrokeP95Ms: percentile(samples.map((sample) => sample.ms), 95),
    workerMedianMs: percentile(samples.map((sample) => sample.worker), 50),
    workerP95Ms: percentile(samples.map((sample) => sample.worker), 95),
    heapBytes: median((run) => run.heapBytes),
    samples,
  };
}
