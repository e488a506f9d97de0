// Replays Lighthouse's simulation (Lantern) of a saved run with other transfer sizes, to see what a
// smaller download would change without a new (noisy) run: the same trace, the same observed CPU
// work, only the bytes differ.
//   node scripts/lighthouse-what-if.mjs <dir>/A-comparison-1 [<prefix>…] [--brotli <dist>] [--size '<url regex>=<bytes>'…]
// `--brotli <dist>`: every response the run received in gzip whose file has a `.br` in <dist> (the
// build's brotli files, scripts/brotli-static.ts) is counted at that size plus its headers.
// `--size 'compare-page-.*\.js=8000'`: the responses whose URL matches are counted at that many
// bytes (headers included), after --brotli; repeatable. Prints, for each run, Lantern's FCP, LCP,
// TBT and Speed Index and the performance score they give (CLS as the run measured it), as saved and
// as changed. Runs come from `scripts/lighthouse-ab.mjs --save <dir>`. Asserts nothing.
//
// What it showed (decision 010, session 11): Lantern downloads in rounds of one round trip (150 ms),
// so a smaller file gains only when it needs one round fewer.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { lanternInput, readSavedRun } from './lighthouse-saved-run.mjs';
import { Audit } from 'lighthouse/core/audits/audit.js';
import { LanternFirstContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';
import { LanternSpeedIndex } from 'lighthouse/core/computed/metrics/lantern-speed-index.js';
import { LanternTotalBlockingTime } from 'lighthouse/core/computed/metrics/lantern-total-blocking-time.js';

const usage = "usage: node scripts/lighthouse-what-if.mjs <dir>/<side>-<page>-<run>… [--brotli <dist>] [--size '<url regex>=<bytes>']…";
let options;
let prefixes;
try {
  ({ values: options, positionals: prefixes } = parseArgs({
    allowPositionals: true,
    options: { brotli: { type: 'string' }, size: { type: 'string', multiple: true, default: [] } },
  }));
} catch (error) {
  console.error(`lighthouse-what-if: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
const sizes = options.size.map((rule) => {
  const at = rule.lastIndexOf('=');
  const bytes = Number(rule.slice(at + 1));
  if (at < 1 || !Number.isInteger(bytes) || bytes < 0) {
    console.error(`lighthouse-what-if: --size wants '<url regex>=<bytes>', not ${rule}\n${usage}`);
    process.exit(2);
  }
  return { pattern: new RegExp(rule.slice(0, at), 'u'), bytes };
});
if (prefixes.length === 0 || (options.brotli === undefined && sizes.length === 0)) {
  console.error(`lighthouse-what-if: a run and --brotli or --size are needed\n${usage}`);
  process.exit(2);
}

// The mobile preset's scoring (Lighthouse 12): metric → [p10, median, weight]; CLS adds its own 25.
const CURVES = { fcp: [1800, 3000, 10], si: [3387, 5800, 10], lcp: [2500, 4000, 25], tbt: [200, 600, 30] };

/** A copy of the run's network log with the transfer sizes changed; also how many bytes that took off. */
function resize(devtoolsLog) {
  const log = structuredClone(devtoolsLog);
  const responses = new Map();
  const bodies = new Map();
  for (const event of log) {
    if (event.method === 'Network.responseReceived') responses.set(event.params.requestId, event.params.response);
    if (event.method === 'Network.dataReceived') bodies.set(event.params.requestId, (bodies.get(event.params.requestId) ?? 0) + event.params.encodedDataLength);
  }
  let saved = 0;
  for (const event of log) {
    if (event.method !== 'Network.loadingFinished') continue;
    const response = responses.get(event.params.requestId);
    if (response === undefined) continue;
    const before = event.params.encodedDataLength;
    const body = bodies.get(event.params.requestId) ?? 0;
    const encoding = Object.entries(response.headers).find(([name]) => name.toLowerCase() === 'content-encoding')?.[1];
    if (options.brotli !== undefined && encoding === 'gzip' && body > 0) {
      const path = new globalThis.URL(response.url).pathname;
      const file = join(options.brotli, path.endsWith('/') || !path.includes('.') ? 'index.html' : path);
      if (existsSync(`${file}.br`)) event.params.encodedDataLength = before - body + statSync(`${file}.br`).size;
    }
    for (const { pattern, bytes } of sizes) if (pattern.test(response.url)) event.params.encodedDataLength = bytes;
    saved += before - event.params.encodedDataLength;
  }
  return { log, saved };
}

async function metrics(run, devtoolsLog) {
  const { data, context } = lanternInput(run, devtoolsLog);
  const values = {
    fcp: (await LanternFirstContentfulPaint.request(data, context)).timing,
    lcp: (await LanternLargestContentfulPaint.request(data, context)).timing,
    tbt: (await LanternTotalBlockingTime.request(data, context)).timing,
    si: (await LanternSpeedIndex.request(data, context)).timing,
  };
  let score = 25 * (run.lhr.audits['cumulative-layout-shift']?.score ?? 1);
  for (const [name, [p10, median, weight]] of Object.entries(CURVES)) score += weight * Audit.computeLogNormalScore({ p10, median }, values[name]);
  return { ...values, score: Math.round(score) };
}

const show = (m) => `score ${m.score}, FCP ${Math.round(m.fcp)}, LCP ${Math.round(m.lcp)}, TBT ${Math.round(m.tbt)}, SI ${Math.round(m.si)}`;
for (const given of prefixes) {
  const run = readSavedRun(given);
  const saved = await metrics(run, run.devtoolsLog);
  const changed = resize(run.devtoolsLog);
  const after = await metrics(run, changed.log);
  console.log(`${run.prefix}: Lighthouse ${Math.round(run.lhr.categories.performance.score * 100)}\n  as saved:   ${show(saved)}\n  changed (${changed.saved} B less): ${show(after)}`);
}
