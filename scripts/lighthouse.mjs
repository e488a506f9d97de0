// Lighthouse (12.2.3, mobile preset) on the built app, in the system Chromium:
//   npm run build && npm run lighthouse          the four category scores for each page
//   npm run lighthouse -- --json                 the same as JSON
// Pages: the library, a reader page and a comparison (deep link with a fact selected), taken
// from the shipped data. Targets: accessibility, best practices and SEO 100 (the exit code
// says whether they are met); performance ≥ 95, reported only, as it is a timing and noisy on
// small machines. tests/e2e/lighthouse.spec.ts asserts the first three in `npm test`. Each
// page's row also gives the host's `benchmarkIndex` (Lighthouse's CPU benchmark): the mobile
// preset's throttling assumes a fast desktop host, so a low index explains low timings.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium } from './chromium-path.mjs';

const root = resolve(import.meta.dirname, '..');

export const CATEGORIES = Object.freeze(['performance', 'accessibility', 'best-practices', 'seo']);
export const TARGETS = Object.freeze({ performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 });

// Lighthouse wants the new headless mode, and a larger shared-memory budget in containers.
const CHROME_FLAGS = [...CHROMIUM_FLAGS.filter((flag) => flag !== '--headless'), '--headless=new', '--disable-dev-shm-usage'];

/**
 * The pages to audit, from the shipped data in dist/: the library, the first article, and the
 * first bundled comparison with its first shared fact selected (or null when there is none).
 *
 * @param {string} dist
 * @returns {{ name: string, path: string }[]}
 */
export function pagesToAudit(dist = resolve(root, 'dist')) {
  const index = JSON.parse(readFileSync(join(dist, 'data', 'index.json'), 'utf8'));
  const story = index.stories[0];
  if (story === undefined) throw new Error('dist/data/index.json lists no stories');
  const pages = [
    { name: 'library', path: '/' },
    { name: 'reader', path: `/articles/${encodeURIComponent(story.articleIds[0])}` },
  ];
  const comparisons = join(dist, 'data', 'comparisons', `${story.id}.json`);
  if (existsSync(comparisons)) {
    const pair = JSON.parse(readFileSync(comparisons, 'utf8')).comparisons[0];
    if (pair !== undefined) {
      const fact = pair.facts[0] === undefined ? '' : `?fact=${encodeURIComponent(pair.facts[0].id)}`;
      pages.push({ name: 'comparison', path: `/compare/${encodeURIComponent(pair.a)}/${encodeURIComponent(pair.b)}${fact}` });
    }
  }
  return pages;
}

/** The performance metrics reported next to the scores (Lighthouse audit ids), in milliseconds except CLS. */
export const METRICS = Object.freeze({
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
});

/**
 * Runs Lighthouse on each page in one headless Chromium, one page after another. `onReport`, if
 * given, receives each page's full Lighthouse result and its artifacts (the trace Lantern simulates from), to save or inspect.
 *
 * @param {{ baseURL: string, pages: { name: string, path: string }[], categories?: readonly string[], onReport?: (name: string, lhr: object, artifacts?: object) => void | Promise<void> }} options
 * @returns {Promise<{ name: string, url: string, scores: Record<string, number>, metrics: Record<string, number | null>, failing: Record<string, string[]> }[]>}
 */
export async function runLighthouse({ baseURL, pages, categories = CATEGORIES, onReport }) {
  const chromePath = findChromium();
  if (chromePath === null) throw new Error('No Chromium found: run node scripts/ensure-chromium.mjs or set CHROME_PATH.');
  const userDataDir = await mkdtemp(join(tmpdir(), 'parallax-lighthouse-'));
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, userDataDir, logLevel: 'silent' });
  const results = [];
  try {
    for (const page of pages) {
      const url = new URL(page.path, baseURL).href;
      const runner = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (runner === undefined) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = runner;
      if (lhr.runtimeError !== undefined) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
      const scores = {};
      const failing = {};
      for (const id of categories) {
        const category = lhr.categories[id];
        scores[id] = Math.round((category?.score ?? 0) * 100);
        failing[id] = (category?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
          .map((audit) => `${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
      const metrics = {};
      for (const [key, id] of Object.entries(METRICS)) metrics[key] = lhr.audits[id]?.numericValue ?? null;
      if (onReport !== undefined) await onReport(page.name, lhr, runner.artifacts);
      // How fast this host ran Lighthouse's CPU benchmark. The mobile preset's 4x CPU slowdown
      // assumes a fast desktop (index ~1,000–2,000 and more); a slower host makes every page slower.
      const benchmarkIndex = lhr.environment?.benchmarkIndex ?? null;
      results.push({ name: page.name, url, scores, metrics, failing, benchmarkIndex });
    }
  } finally {
    chrome.kill();
    await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
  }
  return results;
}

/** The scores as a Markdown table, one row per page, with the host's Lighthouse benchmark index. */
export function formatTable(results, categories = CATEGORIES) {
  const header = `| page | ${categories.join(' | ')} | benchmarkIndex |`;
  const rule = `| --- | ${categories.map(() => '---:').join(' | ')} | ---: |`;
  const rows = results.map(
    (result) => `| ${result.name} | ${categories.map((id) => result.scores[id]).join(' | ')} | ${result.benchmarkIndex === null ? '–' : Math.round(result.benchmarkIndex)} |`,
  );
  return [header, rule, ...rows].join('\n');
}

async function main() {
  let options;
  try {
    ({ values: options } = parseArgs({ options: { json: { type: 'boolean', default: false } } }));
  } catch (error) {
    console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}\nusage: npm run lighthouse [-- --json]`);
    process.exit(2);
  }
  const dist = resolve(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('lighthouse: no build in dist/: run npm run build first.');
    process.exit(1);
  }
  const { preview } = await import('vite');
  const port = Number(process.env.LIGHTHOUSE_PORT ?? 4318);
  const server = await preview({ root, logLevel: 'warn', preview: { port, strictPort: true, host: 'localhost', open: false } });
  let results;
  try {
    results = await runLighthouse({ baseURL: `http://localhost:${port}`, pages: pagesToAudit(dist) });
  } finally {
    await server.close();
  }
  if (options.json) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    console.log(`Lighthouse 12.2.3, mobile preset, ${new Date().toISOString()}\n`);
    console.log(formatTable(results));
    for (const result of results) {
      for (const id of CATEGORIES) {
        if (result.failing[id].length > 0 && result.scores[id] < 100) {
          console.log(`\n${result.name} · ${id} ${result.scores[id]}:\n  ${result.failing[id].join('\n  ')}`);
        }
      }
    }
  }
  const missed = results.flatMap((result) =>
    ['accessibility', 'best-practices', 'seo'].filter((id) => result.scores[id] < TARGETS[id]).map((id) => `${result.name} ${id} ${result.scores[id]}`),
  );
  const slow = results.filter((result) => result.scores.performance < TARGETS.performance).map((result) => `${result.name} ${result.scores.performance}`);
  if (slow.length > 0) console.log(`\nperformance below ${TARGETS.performance} (a timing, reported only): ${slow.join(', ')}`);
  if (missed.length > 0) {
    console.error(`\nlighthouse: below target: ${missed.join(', ')}`);
    process.exit(1);
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await main();
}
