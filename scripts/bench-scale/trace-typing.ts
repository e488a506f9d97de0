/**
 * Where a keystroke's time goes in the page: types the scale bench's query once (as
 * browser-side.ts does) under a Chromium performance trace, then splits each keystroke's window
 * (its input event to its results in the page) by what the page's main thread and the search
 * worker's thread were doing.
 *
 *   npm run bench -- --scale --trace DIST PORT OUT.json [--slowest N]
 *   npm run bench -- --scale --trace --analyse OUT.json [--slowest N]
 *   npm run bench -- --scale --trace DIST PORT OUT.cpuprofile --profile [--top N]   (names through DIST's source maps)
 *   npm run bench -- --scale --trace --analyse OUT.cpuprofile --profile [--dist DIST] [--top N]
 *
 * Per keystroke: main-thread time in scripts, GC, style, layout, paint and the frame's other
 * steps, and idle (the main thread waiting: for the worker, for a frame, or for the CPU); the
 * worker thread's busy time. For the slowest keystrokes, the main thread's tasks one by one.
 * Tracing slows the page (compare medians with the untraced bench, not across), and on this
 * machine the main thread's task events covered nearly every keystroke's whole window, so "idle"
 * under-reads: the per-group columns and the task list say more than busy/idle. Asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { measureBrowser, type TraceSync } from './browser-side.ts';
import { profileNamer, profileTimes, type CpuProfile, type ProfileNode } from './trace-load.ts';
import { ms, percentile } from './stats.ts';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

/** Trace event names, grouped as DevTools' summary groups them (roughly). */
const GROUPS: [string, RegExp][] = [
  ['gc', /^(MinorGC|MajorGC|V8\.GC.*|BlinkGC\..*|ThreadState::.*GC.*)$/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/],
  ['layout', /^(Layout|UpdateLayerTree|IntersectionObserverController::computeIntersections)$/],
  ['paint', /^(Paint|PrePaint|Layerize|PaintImage|RasterTask|Commit|CompositeLayers|UpdateLayer)$/],
  ['script', /^(FunctionCall|EvaluateScript|v8\.callFunction|V8\.Execute|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|HandlePostMessage)$/],
];

interface Interval {
  start: number;
  end: number;
}

const clip = (event: Interval, window: Interval): number => Math.max(0, Math.min(event.end, window.end) - Math.max(event.start, window.start));

/** The union's length of intervals clipped to a window (nested events counted once). */
function covered(intervals: readonly Interval[], window: Interval): number {
  const inside = intervals
    .map((interval) => ({ start: Math.max(interval.start, window.start), end: Math.min(interval.end, window.end) }))
    .filter((interval) => interval.end > interval.start)
    .sort((a, b) => a.start - b.start);
  let total = 0;
  let reach = -Infinity;
  for (const interval of inside) {
    if (interval.end <= reach) continue;
    total += interval.end - Math.max(interval.start, reach);
    reach = interval.end;
  }
  return total;
}

export function analyse(tracePath: string, slowest: number): string {
  const sync = JSON.parse(readFileSync(`${tracePath}.sync.json`, 'utf8')) as TraceSync;
  const { traceEvents } = JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: TraceEvent[] };
  const mark = traceEvents.find((event) => event.name === 'bench-sync');
  if (mark === undefined) throw new Error('no bench-sync mark in the trace');
  const threads = new Map<string, string>();
  for (const event of traceEvents) if (event.ph === 'M' && event.name === 'thread_name') threads.set(`${event.pid}:${event.tid}`, event.args?.name ?? '');
  const threadOf = (name: RegExp): number | undefined => [...threads].find(([key, thread]) => key.startsWith(`${mark.pid}:`) && name.test(thread))?.[0].split(':').map(Number)[1];
  const main = threadOf(/^CrRendererMain$/) ?? mark.tid;
  const worker = threadOf(/DedicatedWorker/);
  // Trace times in ms on the page's clock.
  const offset = mark.ts / 1000 - sync.pageNow;
  const complete = traceEvents.filter((event) => event.pid === mark.pid && event.ph === 'X' && event.dur !== undefined);
  const toInterval = (event: TraceEvent): Interval & { name: string } => ({ start: event.ts / 1000 - offset, end: (event.ts + (event.dur ?? 0)) / 1000 - offset, name: event.name });
  const mainEvents = complete.filter((event) => event.tid === main).map(toInterval);
  const tasks = complete.filter((event) => event.tid === main && /^(ThreadControllerImpl::RunTask|RunTask)$/.test(event.name)).map(toInterval);
  const workerTasks = complete.filter((event) => event.tid === worker && /^(ThreadControllerImpl::RunTask|RunTask)$/.test(event.name)).map(toInterval);
  const rows = sync.samples.map((sample, index) => {
    const start = sync.starts[index] ?? Number.NaN;
    const window = { start, end: start + sample.ms };
    const groups = Object.fromEntries(GROUPS.map(([group, pattern]) => [group, covered(mainEvents.filter((event) => pattern.test(event.name)), window)]));
    const busy = covered(tasks, window);
    return { sample, window, groups, busy, idle: sample.ms - busy, worker: covered(workerTasks, window) };
  });
  const lines: string[] = [];
  const header = ['query'.padEnd(28), 'total', 'busy', 'idle', ...GROUPS.map(([group]) => group), 'worker-thr', 'worker-search'].map((cell) => cell.padStart(8)).join(' ');
  lines.push(header);
  for (const row of rows) {
    lines.push([row.sample.query.padEnd(28), row.sample.ms, row.busy, row.idle, ...GROUPS.map(([group]) => row.groups[group] ?? 0), row.worker, row.sample.worker].map((cell) => (typeof cell === 'number' ? cell.toFixed(1) : cell).padStart(8)).join(' '));
  }
  const median = (pick: (row: (typeof rows)[number]) => number): string => ms(percentile(rows.map(pick), 50));
  lines.push(`medians: total ${median((row) => row.sample.ms)}, main busy ${median((row) => row.busy)}, idle ${median((row) => row.idle)}, worker thread ${median((row) => row.worker)}; ${GROUPS.map(([group]) => `${group} ${median((row) => row.groups[group] ?? 0)}`).join(', ')}`);
  for (const row of [...rows].sort((a, b) => b.sample.ms - a.sample.ms).slice(0, slowest)) {
    lines.push(`\n"${row.sample.query}" ${ms(row.sample.ms)} (posted ${String(row.sample.posted?.toFixed(1))}, answered ${String(row.sample.answered?.toFixed(1))}, worker ${row.sample.worker.toFixed(1)}):`);
    const around = { start: row.window.start - 5, end: row.window.end + 2 };
    for (const task of tasks.filter((event) => clip(event, around) > 0)) {
      const children = new Map<string, number>();
      for (const event of mainEvents) {
        if (event.start >= task.start && event.end <= task.end && event !== task && !/RunTask/.test(event.name)) children.set(event.name, (children.get(event.name) ?? 0) + event.end - event.start);
      }
      const top = [...children].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, time]) => `${name} ${time.toFixed(1)}`);
      lines.push(`  main +${(task.start - row.window.start).toFixed(1)} ${(task.end - task.start).toFixed(1)} ms: ${top.join(', ')}`);
    }
    for (const task of workerTasks.filter((event) => clip(event, around) > 0)) lines.push(`  worker +${(task.start - row.window.start).toFixed(1)} ${(task.end - task.start).toFixed(1)} ms`);
  }
  return lines.join('\n');
}

/** A CPU profile's functions by self and total time (a function counted once per sample however deep it recurs). */
export function analyseProfile(path: string, top: number, dist?: string): string {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  // Named through DIST's source maps when it is given (and still there).
  const keyOf = dist !== undefined ? profileNamer(dist) : (node: ProfileNode): string => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber + 1}`;
  const { all, text } = profileTimes(profile, keyOf, top);
  return `profile: ${ms(all)} sampled\n${text}`;
}

export async function runTrace(args: readonly string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { analyse: { type: 'string' }, slowest: { type: 'string', default: '3' }, profile: { type: 'boolean', default: false }, top: { type: 'string', default: '40' }, dist: { type: 'string' }, scale: { type: 'boolean' }, trace: { type: 'boolean' } },
  });
  const slowest = Number(values.slowest);
  if (values.analyse !== undefined && values.profile) {
    process.stdout.write(`${analyseProfile(values.analyse, Number(values.top), values.dist)}\n`);
  } else if (values.analyse !== undefined) {
    process.stdout.write(`${analyse(values.analyse, slowest)}\n`);
  } else {
    const [dist, port, out] = positionals;
    if (dist === undefined || port === undefined || out === undefined) throw new Error('usage: trace-typing.ts DIST PORT OUT.json [--slowest N]');
    const report = await measureBrowser(dist, Number(port), (line) => process.stderr.write(`${line}\n`), values.profile ? { cpuProfilePath: out } : { tracePath: out });
    process.stderr.write(`keystroke → results, median / p95: ${ms(report.keystrokeMedianMs)} / ${ms(report.keystrokeP95Ms)}\n`);
    process.stdout.write(`${values.profile ? analyseProfile(out, Number(values.top), dist) : analyse(out, slowest)}\n`);
  }
}
