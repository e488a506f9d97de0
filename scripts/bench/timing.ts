/** How the benchmark (scripts/bench.ts) times a call, warms a side up and spreads its rounds. */
import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('the median of nothing');
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** What a call is timed by: elapsed time, or (`--cpu`) the CPU time the process spent on it. */
export type Clock = 'wall' | 'cpu';

/**
 * Collect garbage before a timing only when asked (`node --expose-gc`), each side in its own
 * heap. Not the default: a forced full collection discards the optimised code of functions made
 * per call and of code that relies on object shapes no live object holds (V8 keeps both weakly),
 * so every call after it pays for compiling again (see the header).
 */
function collect(): void {
  globalThis.gc?.();
}

export function time(run: () => void, clock: Clock): number {
  collect();
  if (clock === 'cpu') {
    const before = process.cpuUsage();
    run();
    const spent = process.cpuUsage(before);
    return (spent.user + spent.system) / 1000;
  }
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * Call `timeOne` (which runs one call and returns its time in ms) until the calls have taken at
 * least `minMs` together and numbered at least `minCalls`, or have taken `capMs` (at least one
 * call); the calls' times, the first one first.
 */
export function warmUp(timeOne: () => number, { minMs, minCalls, capMs }: { minMs: number; minCalls: number; capMs: number }): number[] {
  const times: number[] = [];
  let spent = 0;
  do {
    const ms = timeOne();
    times.push(ms);
    spent += ms;
  } while (spent < capMs && (spent < minMs || times.length < minCalls));
  return times;
}

/**
 * The rounds of size `rounds` among `total`, spread evenly (5 of 9: 0, 2, 4, 6, 8), so that each
 * size is timed across the whole sitting.
 */
export function spreadRounds(rounds: number, total: number): number[] {
  if (rounds >= total) return [...Array(total).keys()];
  if (rounds === 1) return [0];
  return [...Array(rounds).keys()].map((i) => Math.round((i * (total - 1)) / (rounds - 1)));
}
