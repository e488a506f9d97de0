/**
 * Two builds' keystrokes side by side in one sitting: the browser side of the scale bench
 * (browser-side.ts) run on build A, then build B, alternately, ROUNDS times, for each pair of
 * dist folders given (e.g. the 10,000-article builds, then the bundled library's). Builds come
 * from `npm run bench -- --scale --work DIR` (DIR/dist-3334, DIR/dist-bundled) or `vite build`.
 *
 *   npm run bench -- --scale --ab --rounds 4 --port 4620 \
 *     --pair 10k:/tmp/a/dist-3334:/tmp/b/dist-3334 --pair bundled:/tmp/a/dist-bundled:/tmp/b/dist-bundled
 *   npm run bench -- --scale --ab --load-only --rounds 10 --pair …   (the first card and heap only: no typing, ~4× quicker)
 *   npm run bench -- --scale --ab --load-only --slow-network --pair …   (over a slow mobile connection: browser-side.ts)
 *
 * Per pair and build: keystrokes pooled over the rounds, median / p95 from the input event to
 * the results in the page; the medians of its steps (to the search posted, transit less the
 * worker, the worker, the answer's render); keystroke to every row; the load average at the
 * start of each run; and each run's first card after the last index file arrived (and that card's
 * frame drawn, and the card after navigation) and JS heap, with their medians. Asserts nothing.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { measureBrowser, type BrowserReport, type KeystrokeSample, type MeasureOptions } from './browser-side.ts';
import { mib, ms, percentile } from './stats.ts';

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

function summary(samples: readonly KeystrokeSample[]): string {
  const median = (pick: (sample: KeystrokeSample) => number | null): string =>
    ms(percentile(samples.flatMap((sample) => { const value = pick(sample); return value === null ? [] : [value]; }), 50));
  const times = samples.map((sample) => sample.ms);
  const rows = samples.flatMap((sample) => (sample.allRows === null ? [] : [sample.allRows]));
  return [
    `keystroke → results ${ms(percentile(times, 50))} / ${ms(percentile(times, 95))} (${samples.length} keys)`,
    `steps ${median((sample) => sample.posted)} + ${median((sample) => (sample.answered === null || sample.posted === null ? null : sample.answered - sample.posted - sample.worker))} + ${median((sample) => sample.worker)} + ${median((sample) => (sample.answered === null ? null : sample.ms - sample.answered))}`,
    `every row ${ms(percentile(rows, 50))} / ${ms(percentile(rows, 95))} (${rows.length})`,
  ].join('; ');
}

/** The runs' first card after the last index file (and after the first), the whole list, that card's frame, and heap: each run's, then the median. */
function firstRender(runs: readonly BrowserReport[]): string {
  const list = (pick: (run: BrowserReport) => number, format: (value: number) => string): string =>
    `${runs.map((run) => pick(run).toFixed(0)).join('/')} (median ${format(percentile(runs.map(pick), 50))})`;
  return `first card ${list((run) => run.firstRenderAfterIndexMs, ms)} (after the first file ${list((run) => run.firstRenderAfterHeadMs, ms)}), whole list ${list((run) => run.wholeListAfterIndexMs, ms)}, its frame ${list((run) => run.firstFrameAfterIndexMs, ms)}, after navigation ${list((run) => run.firstCardMs, ms)}, heap ${mib(percentile(runs.map((run) => run.heapBytes), 50))}`;
}

export async function runAb(args: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...args],
    options: { 'slow-network': { type: 'boolean', default: false }, 'load-only': { type: 'boolean', default: false }, rounds: { type: 'string', default: '4' }, port: { type: 'string', default: '4620' }, pair: { type: 'string', multiple: true, default: [] }, scale: { type: 'boolean' }, ab: { type: 'boolean' } },
  });
  const rounds = Number(values.rounds);
  for (const pair of values.pair) await runPair(pair, rounds, Number(values.port), { loadOnly: values['load-only'], slowNetwork: values['slow-network'] });
}

async function runPair(pair: string, rounds: number, port: number, options: MeasureOptions): Promise<void> {
  const [name, a, b] = pair.split(':');
  if (name === undefined || a === undefined || b === undefined) throw new Error(`--pair NAME:DIST_A:DIST_B, not ${pair}`);
  const pooled: Record<'A' | 'B', KeystrokeSample[]> = { A: [], B: [] };
  const loads: Record<'A' | 'B', string[]> = { A: [], B: [] };
  const reports: Record<'A' | 'B', BrowserReport[]> = { A: [], B: [] };
  for (let round = 0; round < rounds; round += 1) {
    // A first in even rounds, B first in odd ones, so neither always follows the other.
    const order: ('A' | 'B')[] = round % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
    for (const side of order) {
      const load = loadavg()[0]?.toFixed(1) ?? '?';
      loads[side].push(load);
      const report = await measureBrowser(side === 'A' ? a : b, port, log, options);
      pooled[side].push(...report.samples);
      reports[side].push(report);
      log(`${name} round ${round + 1} ${side} (load ${load}): ${summary(report.samples)}; ${firstRender([report])}`);
    }
  }
  for (const side of ['A', 'B'] as const) process.stdout.write(`${name} ${side} (loads ${loads[side].join(', ')}): ${summary(pooled[side])}; ${firstRender(reports[side])}\n`);
}
