/**
 * `npm run bench`: the overlap engine against a plain word diff, on the same pairs, in one run.
 *
 * The reference, by default: diff-match-patch in word mode, what a user comparing two long texts
 * would pick (see below). `--diff jsdiff` uses jsdiff's `diffWords` (npm `diff`) with its default
 * options instead: the first thing people reach for on short texts, but a Myers O(N·D) diff
 * that grows about quadratically on two different reports (D close to N).
 *
 * The pairs: side A concatenates the paragraphs of the first article of each development digest
 * (tests/fixtures/overlap/*.txt and the seed), side B those of the second, cycling through the
 * digests until each side has N words; the last paragraph is cut at a word boundary. From the
 * second cycle on, every paragraph ends with a cycle word (`c2`, `c3`, …) so no repetition is
 * byte-identical to another.
 *
 * The measurement: warm both up at each size, then time them in rounds, interleaved (engine then
 * diff, diff then engine, alternately), and report the median of each and the ratio engine/diff,
 * all from one process, because the shared machines are too noisy to compare numbers across runs.
 * The sizes' rounds are interleaved too (each round times every size due in it; a size with fewer
 * rounds has them spread over the sitting), so that a change in the machine's load between the
 * 4,000 and the 16,000-word timings does not enter the growth ratio: timed one size after the
 * other, the same tree read 3.2×, 6.2× and 5.5× in three runs at load average 3–5.
 * Each side runs in its own worker thread, so in its own heap: it builds the pair, times its own
 * calls, and pays for collecting its own garbage only, as it would alone. In one shared heap the
 * diff's 16,000-word calls (seconds each, megabytes of strings) left garbage that the engine's
 * next timed call paid to collect, and their full collections made the engine compile again:
 * V8 keeps the optimised code of a function made per call (an arrow function inside a
 * function) and the object shapes that code relies on only weakly, so a full collection while
 * no engine call runs discards them (`--log-function-events`, 30 engine calls of 1,000 words:
 * 253 optimising compilations of engine functions, 678 with a forced collection before each).
 * That billed the engine at 16,000 words, whose rounds alternate with the longest diff calls,
 * more than at 4,000 words. Collecting garbage before every timing (`node --expose-gc`, kept as
 * an option: each side then collects in its own heap) is no cure: it makes every engine call
 * compile again (1,000 words: about 3× the CPU of a call without before decision 004 round 11s
 * made the hot paths module-level, about 1.5× after), while the diff, a few functions made
 * once, loses nothing.
 * Warming up gives each side the same budget (`WARM_UP`: at least two seconds and twelve calls,
 * unless the calls have taken twelve seconds): one call was too few for the engine, several
 * thousand lines that V8 compiles in tiers over its first ten to fifteen calls, so the nine
 * 1,000-word rounds timed that compilation more than the comparison, while the diff's few
 * hundred lines were compiled after one call. The first (cold)
 * call of each side is printed too: it is what a page pays once, the lexicon's loading included.
 * The engine keeps per-text work for the article's next comparison (src/engine/text/memo.ts);
 * its cache is emptied before every engine call here, so every timed call does all the work.
 * Targets (measured here, never asserted in a unit test): engine ≤ 2× the diff at every size,
 * and 16,000 words ≤ 5× the time of 4,000 (no worse than n log n).
 *
 * jsdiff is pathologically slow on two different reports (measured here: about 0.5 s at 1,000
 * words, 8 s at 4,000 and 290 s for one call at 16,000), so a user would pick, and the default
 * is, diff-match-patch in word mode (each word with its trailing space encoded as one
 * character, the wiki's "line or word diffs" recipe), `diff_main` then `diff_cleanupSemantic`,
 * with `Diff_Timeout = 0`: its default one-second timeout gives up and returns "delete all,
 * insert all", which would time a diff that was never computed.
 *
 *   npx tsx scripts/bench.ts [--json] [--cpu] [--diff dmp|jsdiff] [--sizes 1000,4000,16000] [--rounds 9]
 *   npx tsx scripts/bench.ts --scale [options]   the app at 10,000 articles: see scripts/bench-scale.ts
 *
 * `--cpu` times each call by the CPU time the process spent on it (all its threads: the
 * compiler's and the garbage collector's count) instead of elapsed time: on a machine shared by
 * many processes (load average 15–20 on two cores), elapsed times at 1,000 words varied threefold
 * from run to run, as a call waited its turn for a core. Both sides are timed the same way.
 * `--json` prints only `[{ "words": N, "engineMs": x, "diffMs": y }, …]` on stdout.
 * Run with `node --expose-gc --import tsx scripts/bench.ts` to collect garbage before every timing.
 *
 * The parts: scripts/bench/pairs.ts (the pairs), diff-reference.ts (the reference diff), timing.ts
 * (timing, warm-up, rounds) and report.ts (the printed report and its targets).
 */
import { pathToFileURL } from 'node:url';
import { once } from 'node:events';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { compareArticles } from '../src/engine/index.ts';
import { clearTextMemo } from '../src/engine/text/memo.ts';
import { REFERENCE_NAMES, referenceDiff, type Reference } from './bench/diff-reference.ts';
import { buildPair, loadSources } from './bench/pairs.ts';
import { report, round2, type Measured, type Row } from './bench/report.ts';
import { median, spreadRounds, time, warmUp, type Clock } from './bench/timing.ts';

export { buildPair, buildParagraphs, countWords, cutAtWord, loadSources, toArticle } from './bench/pairs.ts';
export { wordsToChars, type Reference } from './bench/diff-reference.ts';
export type { Row } from './bench/report.ts';
export { median, spreadRounds, warmUp, type Clock } from './bench/timing.ts';

export const DEFAULT_SIZES: readonly number[] = [1_000, 4_000, 16_000];
const DEFAULT_ROUNDS = 9;
/** Fewer rounds where one round is slow, but never fewer than this. */
const MIN_ROUNDS = 5;
/** A size whose warm-up round took longer than this (engine + diff) gets MIN_ROUNDS. */
const SLOW_ROUND_MS = 4_000;
/**
 * Each side is warmed up for at least this long and this many calls, unless the calls have taken
 * the cap: V8 compiles the engine's code in tiers over its first ten to fifteen calls.
 */
const WARM_UP = { minMs: 2_000, minCalls: 12, capMs: 12_000 };

/** One side of the benchmark: the engine, or the reference diff. */
type SideName = 'engine' | 'diff';

interface SideSetup {
  benchSide: SideName;
  reference: Reference;
  clock: Clock;
}

/** What the main thread asks a side: take the pair of `words` words, warm up on it, or time one call. */
type SideRequest = { kind: 'pair' | 'warm' | 'time'; words: number };

interface SideReply {
  /** The calls' times in ms (one for `time`, the warm-up's for `warm`). */
  times: number[];
  /** The last call's result: facts and conflicts (engine), changes (diff). */
  counts: { facts: number; conflicts: number; changes: number };
}

/**
 * A side's worker thread: it builds the pair itself and times its own calls, so its garbage
 * stays in its own heap and is collected only while it runs.
 */
function serveSide({ benchSide, reference, clock }: SideSetup): void {
  const port = parentPort;
  if (port === null) throw new Error('a benchmark side runs in a worker thread');
  const sources = loadSources();
  const counts = { facts: 0, conflicts: 0, changes: 0 };
  const diff = referenceDiff(reference);
  // One call per size, the sizes' rounds being interleaved.
  const calls = new Map<number, () => void>();
  port.on('message', (request: SideRequest) => {
    let times: number[] = [];
    const call = calls.get(request.words);
    if (request.kind === 'pair') {
      const { a, b } = buildPair(request.words, sources);
      calls.set(
        request.words,
        benchSide === 'engine'
          ? () => {
              clearTextMemo();
              const comparison = compareArticles(a, b);
              counts.facts = comparison.facts.length;
              counts.conflicts = comparison.conflicts.length;
            }
          : () => {
              counts.changes = diff(a.text, b.text);
            },
      );
    } else if (call === undefined) throw new Error(`no pair of ${request.words} words yet`);
    else if (request.kind === 'warm') times = warmUp(() => time(call, clock), WARM_UP);
    else times = [time(call, clock)];
    port.postMessage({ times, counts } satisfies SideReply);
  });
}

/** A side's worker, asked one thing at a time. */
class Side {
  private readonly worker: Worker;

  constructor(setup: SideSetup) {
    // Worker threads do not inherit tsx's loader on Node 20: each registers it, then loads this file.
    const tsx = import.meta.resolve('tsx/esm/api');
    const source = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;
    this.worker = new Worker(source, { eval: true, workerData: setup });
  }

  async ask(request: SideRequest): Promise<SideReply> {
    const reply = once(this.worker, 'message') as Promise<[SideReply]>;
    this.worker.postMessage(request);
    const [answer] = await reply;
    return answer;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

interface Plan {
  rounds: number;
  engine: Side;
  diff: Side;
  log: (line: string) => void;
}

/** A size's pair warmed up on both sides, and its timings so far. */
interface SizeRun {
  words: number;
  firstEngineMs: number;
  firstDiffMs: number;
  rounds: number;
  engineMs: number[];
  diffMs: number[];
  counts: { facts: number; conflicts: number; changes: number };
}

async function warmSize(words: number, plan: Plan): Promise<SizeRun> {
  await plan.engine.ask({ kind: 'pair', words });
  await plan.diff.ask({ kind: 'pair', words });
  const warmEngine = (await plan.engine.ask({ kind: 'warm', words })).times;
  const warmDiff = (await plan.diff.ask({ kind: 'warm', words })).times;
  const [firstEngineMs, firstDiffMs] = [warmEngine[0] ?? 0, warmDiff[0] ?? 0];
  const rounds = firstEngineMs + firstDiffMs > SLOW_ROUND_MS ? Math.min(plan.rounds, MIN_ROUNDS) : plan.rounds;
  plan.log(
    `  ${words} words: first calls engine ${firstEngineMs.toFixed(0)} ms, diff ${firstDiffMs.toFixed(0)} ms; warm-up ${warmEngine.length} + ${warmDiff.length} calls; ${rounds} rounds`,
  );
  return { words, firstEngineMs, firstDiffMs, rounds, engineMs: [], diffMs: [], counts: { facts: 0, conflicts: 0, changes: 0 } };
}

/** One round of one size: engine then diff, or diff then engine (`engineFirst`). */
async function timeRound(size: SizeRun, plan: Plan, engineFirst: boolean): Promise<void> {
  const timeEngine = async (): Promise<void> => {
    const reply = await plan.engine.ask({ kind: 'time', words: size.words });
    size.engineMs.push(...reply.times);
    size.counts = { ...size.counts, facts: reply.counts.facts, conflicts: reply.counts.conflicts };
  };
  const timeDiff = async (): Promise<void> => {
    const reply = await plan.diff.ask({ kind: 'time', words: size.words });
    size.diffMs.push(...reply.times);
    size.counts = { ...size.counts, changes: reply.counts.changes };
  };
  if (engineFirst) {
    await timeEngine();
    await timeDiff();
  } else {
    await timeDiff();
    await timeEngine();
  }
}
/**
 * Every size warmed up, then timed in interleaved rounds: each round times each size due in it
 * (smallest first), so a change in the machine's load during the sitting falls on all sizes
 * alike and not on the ratio between two of them.
 */
async function measureAll(sizes: readonly number[], plan: Plan): Promise<Measured[]> {
  const runs: SizeRun[] = [];
  for (const words of sizes) runs.push(await warmSize(words, plan));
  const total = Math.max(...runs.map((run) => run.rounds));
  const due = runs.map((run) => new Set(spreadRounds(run.rounds, total)));
  for (let round = 0; round < total; round += 1) {
    for (const [index, run] of runs.entries()) {
      if (due[index]?.has(round) === true) await timeRound(run, plan, run.engineMs.length % 2 === 0);
    }
  }
  return runs.map((run) => ({
    words: run.words,
    engineMs: median(run.engineMs),
    diffMs: median(run.diffMs),
    firstEngineMs: run.firstEngineMs,
    firstDiffMs: run.firstDiffMs,
    rounds: run.rounds,
    ...run.counts,
  }));
}

function readOptions(args: readonly string[]): { json: boolean; cpu: boolean; sizes: number[]; rounds: number; reference: Reference } {
  const value = (flag: string): string | undefined => {
    const index = args.indexOf(flag);
    return index === -1 ? undefined : args[index + 1];
  };
  const sizes = value('--sizes')?.split(',').map(Number) ?? [...DEFAULT_SIZES];
  const rounds = Number(value('--rounds') ?? DEFAULT_ROUNDS);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error('--sizes takes positive whole numbers: --sizes 1000,4000');
  if (!Number.isInteger(rounds) || rounds < MIN_ROUNDS) throw new Error(`--rounds takes a whole number of at least ${MIN_ROUNDS}`);
  const reference = value('--diff') ?? 'dmp';
  if (reference !== 'jsdiff' && reference !== 'dmp') throw new Error('--diff takes jsdiff or dmp');
  return { json: args.includes('--json'), cpu: args.includes('--cpu'), sizes, rounds, reference };
}

async function main(): Promise<void> {
  const { json, cpu, sizes, rounds, reference } = readOptions(process.argv.slice(2));
  const clock: Clock = cpu ? 'cpu' : 'wall';
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  log(
    `engine vs ${REFERENCE_NAMES[reference]}, medians of interleaved rounds, each side in its own worker thread${typeof globalThis.gc === 'function' ? ', gc between timings' : ''}${cpu ? ', timed in process CPU' : ''}`,
  );
  const engine = new Side({ benchSide: 'engine', reference, clock });
  const diff = new Side({ benchSide: 'diff', reference, clock });
  let results: Measured[] = [];
  try {
    results = await measureAll(sizes, { rounds, engine, diff, log });
  } finally {
    await Promise.all([engine.close(), diff.close()]);
  }
  if (json) {
    const rows: Row[] = results.map((r) => ({ words: r.words, engineMs: round2(r.engineMs), diffMs: round2(r.diffMs) }));
    process.stdout.write(`${JSON.stringify(rows)}\n`);
  } else {
    process.stdout.write(`engine vs ${REFERENCE_NAMES[reference]}\n${report(results)}\n`);
  }
}

const setup = workerData as Partial<SideSetup> | null;
const entry = process.argv[1];
if (!isMainThread && setup?.benchSide !== undefined) serveSide(setup as SideSetup);
else if (isMainThread && entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  // `npm run bench -- --scale`: the app at 10,000 articles instead (scripts/bench-scale.ts).
  if (process.argv.includes('--scale')) {
    const { runScaleBench } = await import('./bench-scale.ts');
    await runScaleBench(process.argv.slice(2));
  } else await main();
}
