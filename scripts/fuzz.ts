/**
 * `npm run fuzz`: the parser and the comparison against many generated digests, with many seeds.
 *
 * Three properties (tests/engine/fuzz/properties.ts), over realistic digests with hostile text
 * worked in (tests/engine/fuzz/generators.ts):
 *   parse-any-input          anything at all → tryParseDigest: never throws, a DigestError
 *                            or a result that loses no line, validates, has stable unique ids
 *   compare-shared-facts     2–4 reports telling the same facts in other words, with hostile
 *                            pieces → every pair: spans inside the text, on character
 *                            boundaries, mirrored, deterministic, within the time budget
 *   compare-hostile-digests  digests with hostile prose (only characters the parser keeps,
 *                            structure intact) → must parse; the same checks on their articles
 *
 * The cases are shared out over the seeds (seed, seed+1, …); each seed runs every property. A
 * failure prints the property, the seed, fast-check's path and the shrunk input, and the
 * command that replays exactly that case. A small fixed-seed run of the same properties is in
 * tests/engine/fuzz/*.test.ts (part of `npm test`).
 *
 *   npm run fuzz -- [--cases 12000] [--seeds 24] [--seed <first seed>] [--property <name>] [--path <path>] [--budget-ms 5000]
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { tryParseDigest } from '../src/engine/index.ts';
import { anyInputArb, comparedDigestArb, hostileDigestArb } from '../tests/engine/fuzz/generators.ts';
import { checkCompare, checkParse, type CompareBudget } from '../tests/engine/fuzz/properties.ts';

interface Tally {
  /** Generated cases run (fast-check's numRuns), not counting the shrinking of a failure. */
  runs: number;
  /** Every call of the check, shrinking included. */
  cases: number;
  parsed: number;
  rejected: number;
  pairs: number;
  facts: number;
  conflicts: number;
  slowestCaseMs: number;
  slowestPairMs: number;
}

interface Property {
  name: string;
  /** This property's share of the cases. */
  share: number;
  build: (budget: CompareBudget, tally: Tally) => fc.IProperty<[{ text: string; recipe: string }]>;
}

function timed(tally: Tally, run: () => void): void {
  const started = performance.now();
  run();
  tally.cases += 1;
  tally.slowestCaseMs = Math.max(tally.slowestCaseMs, performance.now() - started);
}

function compareInto(tally: Tally, stats: ReturnType<typeof checkCompare>): void {
  tally.pairs += stats.pairs;
  tally.facts += stats.facts;
  tally.conflicts += stats.conflicts;
  tally.slowestPairMs = Math.max(tally.slowestPairMs, stats.slowestPairMs);
}

const PROPERTIES: readonly Property[] = [
  {
    name: 'parse-any-input',
    share: 0.8,
    build: (_budget, tally) =>
      fc.property(anyInputArb(), ({ text }) =>
        timed(tally, () => {
          if (checkParse(text) === null) tally.rejected += 1;
          else tally.parsed += 1;
        }),
      ),
  },
  {
    name: 'compare-shared-facts',
    share: 0.1,
    build: (budget, tally) =>
      fc.property(comparedDigestArb(), ({ text }) =>
        timed(tally, () => {
          const result = tryParseDigest(text, { file: 'fuzz.txt' });
          if (!result.ok) throw new Error(`a digest of shared facts did not parse: ${result.error.message}`);
          tally.parsed += 1;
          compareInto(tally, checkCompare(result.value.articles, budget));
        }),
      ),
  },
  {
    name: 'compare-hostile-digests',
    share: 0.1,
    build: (budget, tally) =>
      fc.property(hostileDigestArb({ notText: false, edits: false }), ({ text }) =>
        timed(tally, () => {
          // Only pieces the parser keeps, and no structure broken: the digest must parse.
          const digest = checkParse(text);
          if (digest === null) {
            const result = tryParseDigest(text, { file: 'fuzz.txt' });
            throw new Error(`a digest with hostile prose (no characters that are not text) was rejected: ${result.ok ? '' : result.error.message}`);
          }
          tally.parsed += 1;
          compareInto(tally, checkCompare(digest.articles, budget));
        }),
      ),
  },
];

interface Options {
  cases: number;
  seeds: number;
  seed: number;
  property: string | null;
  path: string | null;
  budgetMs: number;
}

function readOptions(argv: readonly string[]): Options {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at === -1 ? undefined : argv[at + 1];
  };
  const number = (flag: string, fallback: number): number => {
    const raw = value(flag);
    const parsed = raw === undefined ? fallback : Number(raw);
    if (!Number.isSafeInteger(parsed)) throw new Error(`${flag} takes an integer, not “${raw ?? ''}”`);
    return parsed;
  };
  const property = value('--property') ?? null;
  if (property !== null && !PROPERTIES.some((candidate) => candidate.name === property)) {
    throw new Error(`no property “${property}”; there are ${PROPERTIES.map((candidate) => candidate.name).join(', ')}`);
  }
  return {
    cases: number('--cases', 12_000),
    seeds: number('--seeds', 24),
    // A new first seed each run unless given: the point of a fuzz run is to look somewhere new.
    seed: number('--seed', Date.now() % 2_000_000_000),
    property,
    path: value('--path') ?? null,
    budgetMs: number('--budget-ms', 5_000),
  };
}

function show(text: string): string {
  const json = JSON.stringify(text);
  return json.length > 2_000 ? `${json.slice(0, 2_000)}… (${text.length} characters)` : json;
}

function main(): number {
  const options = readOptions(process.argv.slice(2));
  const properties = PROPERTIES.filter((property) => options.property === null || property.name === options.property);
  const budget: CompareBudget = { maxPairMs: options.budgetMs };
  const started = performance.now();

  if (options.path !== null) {
    // Replay one case: the seed and path a failure printed.
    const [property] = properties;
    if (property === undefined || options.property === null) throw new Error('--path needs --property and --seed');
    const tally = emptyTally();
    const details = fc.check(property.build(budget, tally), { seed: options.seed, path: options.path, numRuns: 1, endOnFailure: true });
    process.stdout.write(details.failed ? `${fc.defaultReportMessage(details) ?? 'failed'}\n` : `replayed ${property.name} seed ${options.seed} path ${options.path}: passes now\n`);
    return details.failed ? 1 : 0;
  }

  const totalShare = properties.reduce((sum, property) => sum + property.share, 0);
  const seeds = Array.from({ length: Math.max(1, options.seeds) }, (_, index) => options.seed + index);
  process.stdout.write(`fuzz: ${options.cases.toLocaleString('en-US')} cases over ${seeds.length} seeds (${seeds[0] ?? 0}…${seeds.at(-1) ?? 0}), compare budget ${budget.maxPairMs} ms a pair\n`);

  const tallies = new Map(properties.map((property) => [property.name, emptyTally()]));
  let failures = 0;
  for (const [index, seed] of seeds.entries()) {
    const runsBefore = [...tallies.values()].reduce((sum, tally) => sum + tally.runs, 0);
    for (const property of properties) {
      const numRuns = Math.max(1, Math.round((options.cases * property.share) / totalShare / seeds.length));
      const tally = tallies.get(property.name) ?? emptyTally();
      const details = fc.check(property.build(budget, tally), { seed, numRuns });
      tally.runs += details.numRuns;
      if (!details.failed) continue;
      failures += 1;
      const [input] = details.counterexample ?? [];
      const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      process.stdout.write(
        [
          ``,
          `FAILED ${property.name} — seed ${seed}, path ${details.counterexamplePath ?? '?'} (after ${details.numRuns} case(s), shrunk ${details.numShrinks} time(s))`,
          `  ${error.split('\n').join('\n  ')}`,
          `  input (${input?.recipe ?? ''}): ${show(input?.text ?? '')}`,
          `  replay: npm run fuzz -- --property ${property.name} --seed ${seed} --path ${details.counterexamplePath ?? ''}`,
          `     or:  FC_SEED=${seed} npx vitest run --project engine tests/engine/fuzz (the fixed-seed run, with this seed)`,
          ``,
        ].join('\n'),
      );
    }
    const runs = [...tallies.values()].reduce((sum, tally) => sum + tally.runs, 0);
    process.stdout.write(`seed ${seed} (${index + 1}/${seeds.length}): ${runs - runsBefore} cases, ${((performance.now() - started) / 1000).toFixed(0)} s so far\n`);
  }

  const seconds = (performance.now() - started) / 1000;
  let total = 0;
  for (const [name, tally] of tallies) {
    total += tally.runs;
    process.stdout.write(
      `${name.padEnd(24)} ${tally.runs.toLocaleString('en-US').padStart(7)} cases (${tally.cases.toLocaleString('en-US')} checks with shrinking)  ${tally.parsed.toLocaleString('en-US').padStart(6)} parsed  ${tally.rejected.toLocaleString('en-US').padStart(6)} rejected  ` +
        `${tally.pairs.toLocaleString('en-US').padStart(6)} pairs (${tally.facts.toLocaleString('en-US')} facts, ${tally.conflicts.toLocaleString('en-US')} conflicts)  slowest case ${tally.slowestCaseMs.toFixed(0)} ms, pair ${tally.slowestPairMs.toFixed(0)} ms\n`,
    );
  }
  process.stdout.write(`${total.toLocaleString('en-US')} cases, ${seeds.length} seeds, ${seconds.toFixed(1)} s: ${failures === 0 ? 'no failures' : `${failures} failure(s)`}\n`);
  return failures === 0 ? 0 : 1;
}

function emptyTally(): Tally {
  return { runs: 0, cases: 0, parsed: 0, rejected: 0, pairs: 0, facts: 0, conflicts: 0, slowestCaseMs: 0, slowestPairMs: 0 };
}

process.exitCode = main();
