// The main thread's tasks in a trace saved by `scripts/lighthouse-ab.mjs --save <dir>` (the trace
// Lighthouse's simulation ran on), to see what Total Blocking Time is made of:
//   node scripts/lighthouse-tasks.mjs <dir>/B-comparison-1.trace.json [--min 5]
// Prints every top-level task of the page's main thread at least `--min` ms long (observed, not
// simulated: the mobile preset's simulation multiplies CPU time by 4, so a task over 12.5 ms here
// is a long task there), with its start relative to navigation, its duration, and the time spent
// in each kind of work inside it (script, style, layout, paint, parse, GC…), plus the trace's
// paint marks (first contentful paint, largest contentful paint candidates). Then the totals after
// first contentful paint. Asserts nothing.
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { parseArgs } from 'node:util';

const { values: options, positionals } = parseArgs({ allowPositionals: true, options: { min: { type: 'string', default: '5' } } });
if (positionals.length !== 1) {
  console.error('usage: node scripts/lighthouse-tasks.mjs <trace.json> [--min 5]');
  process.exit(2);
}
const minimum = Number(options.min);
const raw = JSON.parse(readFileSync(positionals[0], 'utf8'));
const events = Array.isArray(raw) ? raw : raw.traceEvents;

// The page's main thread: the CrRendererMain that holds the navigation's start.
const navigation = events.find((event) => event.name === 'navigationStart' && event.args?.data?.isLoadingMainFrame && event.args.data.documentLoaderURL?.startsWith('http'));
if (navigation === undefined) throw new Error('no main-frame navigationStart in the trace');
const { pid, tid } = navigation;
const origin = navigation.ts;
const onMain = events.filter((event) => event.pid === pid && event.tid === tid);
const ms = (us) => us / 1000;

/** How a trace event's time is grouped (roughly Lighthouse's main-thread-work-breakdown groups). */
function group(name) {
  if (/^(EvaluateScript|FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|V8\.Execute|v8\.run|XHRReadyStateChange|XHRLoad|FireIdleCallback|v8\.callFunction)$/u.test(name)) return 'script';
  if (/^(v8\.compile|v8\.parseOnBackground|V8\.CompileCode|v8\.compileModule|CompileScript|CacheScript)/u.test(name)) return 'compile';
  if (name === 'UpdateLayoutTree' || name === 'RecalculateStyles' || name === 'ScheduleStyleRecalculation') return 'style';
  if (name === 'Layout' || name === 'UpdateLayerTree' || name === 'LayoutShift') return 'layout';
  if (/^(Paint|PaintImage|RasterTask|CompositeLayers|Layerize|PrePaint|Commit|UpdateLayer|Decode)/u.test(name)) return 'paint';
  if (name === 'ParseHTML' || name === 'ParseAuthorStyleSheet') return 'parse';
  if (/GC|GCEvent|BlinkGC/u.test(name)) return 'gc';
  return null;
}

const complete = onMain.filter((event) => event.ph === 'X' && typeof event.dur === 'number').sort((x, y) => x.ts - y.ts || y.dur - x.dur);
const tasks = complete.filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask');
const marks = onMain
  .filter((event) => ['firstContentfulPaint', 'largestContentfulPaint::Candidate', 'firstPaint', 'domContentLoadedEventEnd', 'loadEventEnd'].includes(event.name))
  .map((event) => ({ name: event.name, at: ms(event.ts - origin) }));

/** Self time per group inside one task: a child's time is taken out of its parent's. */
function breakdown(task) {
  const end = task.ts + task.dur;
  const inside = complete.filter((event) => event !== task && event.ts >= task.ts && event.ts + event.dur <= end && group(event.name) !== null);
  const totals = {};
  const stack = [];
  const details = new Map();
  for (const event of inside) {
    while (stack.length > 0 && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    const kind = group(event.name);
    totals[kind] = (totals[kind] ?? 0) + event.dur;
    if (parent !== undefined) totals[group(parent.name)] -= event.dur;
    stack.push(event);
    if (kind === 'script' && parent === undefined) {
      const data = event.args?.data ?? {};
      const label = `${event.name}${data.functionName ? ` ${data.functionName}` : ''}${data.url ? ` ${data.url.replace(/^https?:\/\/[^/]+/u, '')}` : ''}`;
      details.set(label, (details.get(label) ?? 0) + event.dur);
    }
  }
  return { totals, details };
}

const firstContentful = marks.find((mark) => mark.name === 'firstContentfulPaint')?.at ?? 0;
const sums = {};
let after = 0;
let blocking = 0;
console.log(`marks: ${marks.map((mark) => `${mark.name} ${mark.at.toFixed(0)}`).join(', ')}`);
console.log('start ms | dur ms | breakdown (ms, self) | top script');
for (const task of tasks) {
  const start = ms(task.ts - origin);
  const duration = ms(task.dur);
  if (start < 0) continue;
  const { totals, details } = breakdown(task);
  if (start >= firstContentful) {
    after += duration;
    blocking += Math.max(0, duration * 4 - 50);
    for (const [kind, value] of Object.entries(totals)) sums[kind] = (sums[kind] ?? 0) + ms(value);
  }
  if (duration < minimum) continue;
  const parts = Object.entries(totals)
    .filter(([, value]) => value >= 500)
    .sort((x, y) => y[1] - x[1])
    .map(([kind, value]) => `${kind} ${ms(value).toFixed(1)}`)
    .join(', ');
  const top = [...details.entries()].sort((x, y) => y[1] - x[1])[0];
  console.log(`${start.toFixed(0).padStart(6)} | ${duration.toFixed(1).padStart(6)} | ${parts} | ${top === undefined ? '' : `${top[0]} ${ms(top[1]).toFixed(1)}`}`);
}
console.log(
  `\nafter first contentful paint (observed ${firstContentful.toFixed(0)} ms): ${after.toFixed(0)} ms of tasks; ` +
    `${Object.entries(sums)
      .sort((x, y) => y[1] - x[1])
      .map(([kind, value]) => `${kind} ${value.toFixed(0)}`)
      .join(', ')}; ` +
    `blocking time at 4x (a rough stand-in for the simulation's TBT): ${blocking.toFixed(0)} ms`,
);
