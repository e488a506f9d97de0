// Replays Lighthouse's simulation (Lantern) of a run saved by `scripts/lighthouse-ab.mjs --save <dir>`,
// to see what the simulated First and Largest Contentful Paint wait for:
//   node scripts/lighthouse-lantern.mjs <dir>/B-comparison-1 [--metric lcp|fcp] [--top 15]
// (the prefix of the run's `.json`, `.trace.json` and `.lantern.json`). Lantern estimates each of
// these paints as the time its simulated load takes to finish a graph of the requests and main-
// thread tasks it judges needed: for LCP, every request that *ended* before the observed paint and
// the script evaluations and layouts before it (FirstContentfulPaint.getFirstPaintBasedGraph in
// @paulirish/trace_engine). Prints both graphs' estimates and, for each, the nodes that end last in
// the simulation (the chain that sets the estimate) with what they depend on. Asserts nothing.
import process from 'node:process';
import { parseArgs } from 'node:util';
import { lanternInput, readSavedRun } from './lighthouse-saved-run.mjs';
import { LanternFirstContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { metric: { type: 'string', default: 'lcp' }, top: { type: 'string', default: '15' } },
});
if (positionals.length !== 1 || !['lcp', 'fcp'].includes(options.metric)) {
  console.error('usage: node scripts/lighthouse-lantern.mjs <dir>/<side>-<page>-<run> [--metric lcp|fcp] [--top 15]');
  process.exit(2);
}
const run = readSavedRun(positionals[0]);
const { lhr } = run;
const { data, context } = lanternInput(run);
const metric = options.metric === 'lcp' ? LanternLargestContentfulPaint : LanternFirstContentfulPaint;
const result = await metric.request(data, context);

const origin = lhr.audits.metrics?.details?.items?.[0]?.observedTimeOriginTs ?? 0;
const short = (url) => url.replace(/^https?:\/\/[^/]+/u, '').slice(0, 70);
function label(node) {
  if (node.type === 'network') return `${node.request.resourceType ?? 'net'} ${node.request.priority} ${short(node.request.url)} (${Math.round(node.request.transferSize / 1024)} KB)`;
  const names = [...new Set(node.childEvents.map((event) => event.name))]
    .filter((name) => ['EvaluateScript', 'Layout', 'Paint', 'ParseHTML', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree'].includes(name))
    .join('+');
  const urls = [...node.getEvaluateScriptURLs()].map(short).join(' ');
  return `cpu ${(node.duration / 1000).toFixed(1)} ms observed${names ? ` ${names}` : ''}${urls ? ` ${urls}` : ''}`;
}

console.log(`${options.metric.toUpperCase()} ${Math.round(result.timing)} ms (optimistic ${Math.round(result.optimisticEstimate.timeInMs)}, pessimistic ${Math.round(result.pessimisticEstimate.timeInMs)}); observed ${lhr.audits.metrics?.details?.items?.[0]?.[options.metric === 'lcp' ? 'observedLargestContentfulPaint' : 'observedFirstContentfulPaint']} ms`);
for (const [name, estimate] of [['optimistic', result.optimisticEstimate], ['pessimistic', result.pessimisticEstimate]]) {
  const timings = [...estimate.nodeTimings.entries()].sort((x, y) => y[1].endTime - x[1].endTime);
  console.log(`\n${name}: ${timings.length} nodes; the last to end (simulated start–end ms, observed start ms):`);
  for (const [node, timing] of timings.slice(0, Number(options.top))) {
    const observedStart = Math.round((node.startTime - origin) / 1000);
    const after = node.getDependencies().map((dependency) => (dependency.type === 'network' ? short(dependency.request.url).slice(0, 40) : `cpu@${Math.round((dependency.startTime - origin) / 1000)}`));
    console.log(`  ${Math.round(timing.startTime).toString().padStart(5)}–${Math.round(timing.endTime).toString().padEnd(5)} @${observedStart.toString().padEnd(5)} ${label(node)}  ← ${after.join(', ')}`);
  }
}
