/**
 * What the first story card waits for after the index has arrived: loads the page under a
 * Chromium performance trace (browser-side.ts, `loadTracePath`), then lists, from the last index
 * file's arrival to the frame that draws the first card, the page's main-thread tasks and each
 * worker thread's tasks, with what each task spent its time on, and the main thread's idle gaps
 * (waiting for a worker, a network response, a timer or the CPU).
 *
 *   npm run bench -- --scale --trace-load DIST PORT OUT.json [--min-ms 1]
 *   npm run bench -- --scale --trace-load --analyse OUT.json [--min-ms 1]
 *   npm run bench -- --scale --trace-load DIST PORT OUT.cpuprofile --profile [--top 40]   (names through DIST's source maps)
 *
 * Tracing slows the page (compare with the untraced bench's figures, not across). Asserts nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { measureBrowser, type LoadTraceSync } from './browser-side.ts';
import { ms } from './stats.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string; functionName?: string; url?: string; lineNumber?: number } };
}

interface Span {
  start: number;
  end: number;
  label: string;
}

const TASK = /^(ThreadControllerImpl::RunTask|RunTask)$/;

function labelOf(event: TraceEvent): string {
  const data = event.args?.data;
  if (data?.functionName !== undefined && data.functionName !== '') return `${event.name}(${data.functionName} ${data.url?.split('/').pop() ?? ''}:${String(data.lineNumber ?? '')})`;
  if (data?.type !== undefined) return `${event.name}[${data.type}]`;
  return event.name;
}

export function analyseLoad(tracePath: string, minMs: number): string {
  const sync = JSON.parse(readFileSync(`${tracePath}.sync.json`, 'utf8')) as LoadTraceSync;
  const { traceEvents } = JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: TraceEvent[] };
  const mark = traceEvents.find((event) => event.name === 'bench-sync');
  if (mark === undefined) throw new Error('no bench-sync mark in the trace');
  const threads = new Map<number, string>();
  for (const event of traceEvents) if (event.pid === mark.pid && event.ph === 'M' && event.name === 'thread_name') threads.set(event.tid, event.args?.name ?? '');
  const main = [...threads].find(([, name]) => name === 'CrRendererMain')?.[0] ?? mark.tid;
  const workers = [...threads].filter(([, name]) => /Worker/.test(name)).map(([tid]) => tid);
  const offset = mark.ts / 1000 - sync.pageNow;
  const complete = traceEvents.filter((event) => event.pid === mark.pid && event.ph === 'X' && event.dur !== undefined);
  const span = (event: TraceEvent): Span => ({ start: event.ts / 1000 - offset, end: (event.ts + (event.dur ?? 0)) / 1000 - offset, label: labelOf(event) });
  const index = sync.resources.filter((resource) => /\/data\/index(\.json|\/\d+\.json)$/.test(resource.name));
  const from = Math.min(...index.map((resource) => resource.end), sync.indexEnd);
  const window = { start: from - 5, end: sync.firstCardFrame + 1 };
  const inWindow = (item: Span): boolean => item.end > window.start && item.start < window.end;
  const lines: string[] = [];
  lines.push(`index files (page clock, ms): ${index.map((resource) => `${resource.name.replace(/^.*\/data\//, '')} ${resource.start.toFixed(0)}→${resource.end.toFixed(0)}`).join(', ')}`);
  lines.push(`last index file ${ms(sync.indexEnd)}; first card ${ms(sync.firstCard)} (+${ms(sync.firstCard - sync.indexEnd)}); its frame ${ms(sync.firstCardFrame)} (+${ms(sync.firstCardFrame - sync.indexEnd)})`);
  const other = sync.resources.filter((resource) => resource.end > window.start && resource.end < window.end && !index.includes(resource));
  if (other.length > 0) lines.push(`other responses in the window: ${other.map((resource) => `${resource.name.replace(/^https?:\/\/[^/]+/, '')} →${resource.end.toFixed(0)}`).join(', ')}`);
  const describe = (tid: number, title: string): void => {
    const events = complete.filter((event) => event.tid === tid).map(span);
    const tasks = complete.filter((event) => event.tid === tid && TASK.test(event.name)).map(span).filter(inWindow).sort((a, b) => a.start - b.start);
    // Nested RunTask events: keep the outermost.
    const outer = tasks.filter((task, position) => !tasks.some((other, at) => at !== position && other.start <= task.start && other.end >= task.end && (other.start < task.start || other.end > task.end || at < position)));
    let busy = 0;
    let previousEnd = window.start;
    lines.push(`\n${title} (tid ${String(tid)}):`);
    for (const task of outer) {
      const gap = task.start - previousEnd;
      if (gap >= minMs && previousEnd > window.start) lines.push(`  idle ${gap.toFixed(1)} ms`);
      previousEnd = Math.max(previousEnd, task.end);
      busy += task.end - task.start;
      if (task.end - task.start < minMs) continue;
      const children = new Map<string, number>();
      for (const event of events) {
        if (event.start >= task.start && event.end <= task.end && !TASK.test(event.label) && event.end - event.start > 0) children.set(event.label, (children.get(event.label) ?? 0) + event.end - event.start);
      }
      const top = [...children].sort((a, b) => b[1] - a[1]).slice(0, 7).map(([name, time]) => `${name} ${time.toFixed(1)}`);
      lines.push(`  +${(task.start - sync.indexEnd).toFixed(1)} ${(task.end - task.start).toFixed(1)} ms: ${top.join(', ')}`);
    }
    lines.push(`  busy ${ms(busy)} of ${ms(window.end - window.start)}`);
  };
  describe(main, 'main thread');
  for (const worker of workers) describe(worker, threads.get(worker) ?? 'worker');
  return lines.join('\n');
}

export async function runLoadTrace(args: readonly string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { analyse: { type: 'string' }, 'min-ms': { type: 'string', default: '1' }, profile: { type: 'boolean', default: false }, top: { type: 'string', default: '40' }, scale: { type: 'boolean' }, 'trace-load': { type: 'boolean' } },
  });
  const minMs = Number(values['min-ms']);
  if (values.profile) {
    const [dist, port, out] = positionals;
    if (dist === undefined || port === undefined || out === undefined) throw new Error('usage: trace-load.ts DIST PORT OUT.cpuprofile --profile');
    if (values.analyse === undefined) {
      const report = await measureBrowser(dist, Number(port), (line) => process.stderr.write(`${line}\n`), { loadProfilePath: out });
      process.stderr.write(`first card after the last index file: ${ms(report.firstRenderAfterIndexMs)}\n`);
    }
    process.stdout.write(`${analyseLoadProfile(out, dist, Number(values.top))}\n`);
    return;
  }
  if (values.analyse !== undefined) {
    process.stdout.write(`${analyseLoad(values.analyse, minMs)}\n`);
    return;
  }
  const [dist, port, out] = positionals;
  if (dist === undefined || port === undefined || out === undefined) throw new Error('usage: trace-load.ts DIST PORT OUT.json [--min-ms N]');
  const report = await measureBrowser(dist, Number(port), (line) => process.stderr.write(`${line}\n`), { loadTracePath: out });
  process.stderr.write(`first card after the last index file: ${ms(report.firstRenderAfterIndexMs)}\n`);
  process.stdout.write(`${analyseLoad(out, minMs)}\n`);
}

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/**
 * Names a CPU profile's nodes through the build's source maps (DIST/assets/*.map), so minified
 * names read as the source's: `function path:line`. Shared with trace-typing.ts.
 */
export function profileNamer(dist: string): (node: ProfileNode) => string {
  const maps = new Map<string, TraceMap | null>();
  const mapFor = (url: string): TraceMap | null => {
    const file = url.split('/').pop() ?? '';
    if (!maps.has(file)) {
      const mapPath = join(dist, 'assets', `${file}.map`);
      maps.set(file, existsSync(mapPath) ? new TraceMap(readFileSync(mapPath, 'utf8')) : null);
    }
    return maps.get(file) ?? null;
  };
  const names = new Map<number, string>();
  return (node: ProfileNode): string => {
    const known = names.get(node.id);
    if (known !== undefined) return known;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    let name = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
    const map = url === '' ? null : mapFor(url);
    if (map !== null) {
      const original = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
      if (original.source !== null) name = `${original.name ?? (functionName || '(anonymous)')} ${original.source.replace(/^.*node_modules\//, '~/').replace(/^(\.\.\/)+/, '')}:${String(original.line)}`;
    }
    names.set(node.id, name);
    return name;
  };
}

/**
 * A CPU profile of the load (browser-side.ts, `loadProfilePath`), from the last index file's
 * arrival to the first card: functions by self and total time, named through the build's source
 * maps (DIST/assets/*.map) so minified names read as the source's.
 */
export function analyseLoadProfile(path: string, dist: string, top: number): string {
  const sync = JSON.parse(readFileSync(`${path}.sync.json`, 'utf8')) as LoadTraceSync & { pageNow: number };
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile & { startTime: number; endTime: number };
  // The profile's clock to the page's: its end is when it was stopped, just after `pageNow`.
  const offset = profile.endTime / 1000 - sync.pageNow;
  const window = { start: sync.indexEnd, end: sync.firstCard };
  const { all, text } = profileTimes(profile, profileNamer(dist), top, (at) => at - offset >= window.start && at - offset <= window.end);
  return `last index file → first card: ${ms(window.end - window.start)}, ${ms(all)} sampled on the main thread\n${text}`;
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime?: number;
}

/**
 * A CPU profile's functions by self and total time (a function counted once per sample however
 * deep it recurs), over the samples taken at a time (ms, the profile's clock) that `keep`
 * accepts; `all` is their sampled time. Shared with trace-typing.ts.
 */
export function profileTimes(profile: CpuProfile, keyOf: (node: ProfileNode) => string, top: number, keep: (atMs: number) => boolean = () => true): { all: number; text: string } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let at = profile.startTime ?? 0;
  let all = 0;
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] ?? 0;
    if (!keep(at / 1000)) return;
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (node === undefined) return;
    all += delta;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + delta);
    const seen = new Set<string>();
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      const key = keyOf(byId.get(up) as ProfileNode);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + delta);
    }
  });
  const list = (map: Map<string, number>): string => [...map].sort((x, y) => y[1] - x[1]).slice(0, top).map(([key, time]) => `  ${time.toFixed(1).padStart(8)} ms  ${key}`).join('\n');
  return { all, text: `self:\n${list(self)}\ntotal:\n${list(total)}` };
}
