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
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { ArticleSchema, compareArticles, parseDigest, type Article } from '../src/engine/index.ts';
import { clearTextMemo } from '../src/engine/text/memo.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIGEST_DIR = join(ROOT, 'tests/fixtures/overlap');
const SEED = join(ROOT, 'tests/fixtures/blinken-seoul-2025-01-06.txt');

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
const ENGINE_RATIO_TARGET = 2;
const GROWTH_TARGET = 5;

/** The engine's own word count (src/engine/text/words.ts): runs of letters and digits. */
const WORD = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The paragraph cut just after its `limit`-th word, or whole when it has no more words. */
export function cutAtWord(paragraph: string, limit: number): string {
  let seen = 0;
  for (const match of paragraph.matchAll(WORD)) {
    seen += 1;
    if (seen === limit) return paragraph.slice(0, match.index + match[0].length);
  }
  return paragraph;
}

/** The paragraphs of the first and of the second article of every development digest. */
export function loadSources(): { a: string[][]; b: string[][] } {
  const files = [SEED, ...readdirSync(DIGEST_DIR).filter((name) => name.endsWith('.txt')).sort().map((name) => join(DIGEST_DIR, name))];
  const a: string[][] = [];
  const b: string[][] = [];
  for (const file of files) {
    const [first, second] = parseDigest(readFileSync(file, 'utf8'), { file }).articles;
    if (first === undefined || second === undefined) throw new Error(`${file} has fewer than two articles`);
    a.push(first.paragraphs);
    b.push(second.paragraphs);
  }
  return { a, b };
}

/** Paragraphs from `sources`, cycling, until they hold exactly `words` words. */
export function buildParagraphs(sources: readonly (readonly string[])[], words: number): string[] {
  if (words < 1) throw new RangeError('a side needs at least one word');
  if (!sources.some((paragraphs) => paragraphs.some((paragraph) => countWords(paragraph) > 0))) throw new Error('the sources have no words');
  const out: string[] = [];
  let total = 0;
  for (let cycle = 1; ; cycle += 1) {
    for (const paragraphs of sources) {
      for (const source of paragraphs) {
        const paragraph = cycle === 1 ? source : `${source} c${cycle}`;
        const count = countWords(paragraph);
        if (count === 0) continue;
        if (total + count >= words) {
          out.push(cutAtWord(paragraph, words - total));
          return out;
        }
        out.push(paragraph);
        total += count;
      }
    }
  }
}

/** A valid Article holding the given paragraphs. */
export function toArticle(side: 'a' | 'b', words: number, paragraphs: string[]): Article {
  const text = paragraphs.join('\n\n');
  return ArticleSchema.parse({
    id: `bench-${words}-${side}`,
    storyId: `bench-${words}`,
    position: side === 'a' ? 0 : 1,
    outlet: { name: `Bench ${side.toUpperCase()}`, short: side.toUpperCase(), label: `BENCH ${side.toUpperCase()}`, known: false },
    publishedAt: '2025-06-17',
    dateline: { kind: 'published', text: 'June 17, 2025', time: null },
    headline: null,
    headlineDerived: `Benchmark side ${side.toUpperCase()}, ${words} words`,
    caption: null,
    credit: null,
    source: null,
    sourceUrl: null,
    paragraphs,
    text,
    wordCount: countWords(text),
    headerLine: 1,
  });
}

/** The pair of N words per side that the benchmark compares. */
export function buildPair(words: number, sources = loadSources()): { a: Article; b: Article } {
  return { a: toArticle('a', words, buildParagraphs(sources.a, words)), b: toArticle('b', words, buildParagraphs(sources.b, words)) };
}

export type Reference = 'jsdiff' | 'dmp';
const REFERENCE_NAMES: Record<Reference, string> = {
  jsdiff: 'jsdiff diffWords (defaults)',
  dmp: 'diff-match-patch word mode + cleanupSemantic (no timeout)',
};

/** Two texts as strings of one character per word (with its trailing space), and the words. */
export function wordsToChars(a: string, b: string): { chars1: string; chars2: string; words: string[] } {
  const words = [''];
  const codes = new Map<string, number>();
  const encode = (text: string): string => {
    let chars = '';
    for (const word of text.match(/\S+\s*|\s+/gu) ?? []) {
      let code = codes.get(word);
      if (code === undefined) {
        code = words.length;
        if (code > 0xffff) throw new RangeError('more distinct words than diff-match-patch word mode can encode');
        words.push(word);
        codes.set(word, code);
      }
      chars += String.fromCharCode(code);
    }
    return chars;
  };
  return { chars1: encode(a), chars2: encode(b), words };
}

/** The reference diff of two texts: the number of changes it found. */
function referenceDiff(reference: Reference): (a: string, b: string) => number {
  if (reference === 'jsdiff') return (a, b) => diffWords(a, b).length;
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  return (a, b) => {
    const { chars1, chars2, words } = wordsToChars(a, b);
    const diffs = dmp.diff_main(chars1, chars2, false);
    dmp.diff_charsToLines_(diffs, words);
    dmp.diff_cleanupSemantic(diffs);
    return diffs.length;
  };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('the median of nothing');
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

export interface Row {
  words: number;
  engineMs: number;
  diffMs: number;
}

interface Measured extends Row {
  /** The first call of each side at this size (cold at the first size: compilation and the lexicon's loading). */
  firstEngineMs: number;
  firstDiffMs: number;
  rounds: number;
  facts: number;
  conflicts: number;
  changes: number;
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

function time(run: () => void, clock: Clock): number {
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
 * The rounds of size `rounds` among `total`, spread evenly (5 of 9: 0, 2, 4, 6, 8), so that each
 * size is timed across the whole sitting.
 */
export function spreadRounds(rounds: number, total: number): number[] {
  if (rounds >= total) return [...Array(total).keys()];
  if (rounds === 1) return [0];
  return [...Array(rounds).keys()].map((i) => Math.round((i * (total - 1)) / (rounds - 1)));
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

const round2 = (value: number): number => Math.round(value * 100) / 100;

function report(results: readonly Measured[]): string {
  const lines = [
    'words   engine ms   diff ms   engine/diff   first calls (engine / diff ms)   rounds   facts   conflicts   diff changes',
    ...results.map((r) =>
      [
        String(r.words).padStart(5),
        r.engineMs.toFixed(1).padStart(11),
        r.diffMs.toFixed(1).padStart(9),
        `${(r.engineMs / r.diffMs).toFixed(2)}×`.padStart(13),
        `${r.firstEngineMs.toFixed(0)} / ${r.firstDiffMs.toFixed(0)}`.padStart(32),
        String(r.rounds).padStart(8),
        String(r.facts).padStart(7),
        String(r.conflicts).padStart(11),
        String(r.changes).padStart(14),
      ].join(' '),
    ),
    '',
  ];
  for (const r of results) {
    const ratio = r.engineMs / r.diffMs;
    lines.push(`target engine ≤ ${ENGINE_RATIO_TARGET}× diff at ${r.words}: ${ratio.toFixed(2)}× ${ratio <= ENGINE_RATIO_TARGET ? 'met' : 'NOT met'}`);
  }
  const at = (words: number): Measured | undefined => results.find((r) => r.words === words);
  const [small, large] = [at(4_000), at(16_000)];
  if (small !== undefined && large !== undefined) {
    const growth = large.engineMs / small.engineMs;
    const diffGrowth = large.diffMs / small.diffMs;
    lines.push(`target engine 16k/4k ≤ ${GROWTH_TARGET}×: ${growth.toFixed(2)}× ${growth <= GROWTH_TARGET ? 'met' : 'NOT met'} (diff 16k/4k: ${diffGrowth.toFixed(2)}×)`);
  }
  return lines.join('\n');
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
