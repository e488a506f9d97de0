/**
 * `npx tsx scripts/train-draft-model.ts [--cv [--by-set] [--veto] [--trees] [--gates]] [--hand] [--hard|--soft] [--without a,b] [--lambda X] [--order strength|probability] [--check]`
 *
 * Trains the learned fact gate (src/engine/overlap/draft-model.ts, decision 004 round 8a) on the
 * development gold files and writes src/engine/overlap/draft-model-data.ts, the one way its
 * weights are made. Deterministic: zero start, a fixed number of Newton steps, drafts in digest,
 * pair and engine order.
 *
 * 1. Every pair of every development digest (tests/fixtures/overlap/*.gold.json and the seed) is
 *    gathered by the engine (`gatherPair`): every draft with at least a candidate's evidence and
 *    its features, before any gate.
 * 2. A draft's label is 1 when, as a fact alone, it would hit a reference fact under the
 *    contract's rule (src/cli/eval/score.ts `scorePair`), else 0.
 * 3. L2-regularised logistic regression on the standardised features of the drafts of pairs that
 *    share an event (reports of different events keep the strict hand-set rules).
 * 4. The threshold: the one of THRESHOLDS with the best mean F1 of the real pipeline
 *    (`comparisonFrom`, scored by `scoreDigest`) on the training digests, with mean highlight
 *    precision at least MIN_HIGHLIGHT_P and at most one fact on unrelated pairs.
 *
 * --cv: leave-one-digest-out cross-validation instead (train and choose the threshold on the
 * other digests, score the left-out one), against the hand-set rules, overall and by blind set
 * of origin (sets 6–8; the recall ceiling of the drafts it chooses from: scripts/draft-ceiling.ts).
 * --veto: the model as a veto over the hand-set rules instead of a gate (a draft is a fact when
 * the rules keep it and its probability reaches the threshold; nothing the rules refuse is
 * admitted), trained and its threshold chosen the same way; with --cv, scored beside the gate
 * (decision 004, round 14q). --by-set: with --cv, leave one blind set out at a time (BLIND_SETS;
 * the older digests in four folds) instead of one digest: a set's line is then what a model
 * trained without any of its digests scores on it.
 * --hand: the hand-set rules only. --hard / --soft: the hand-set filters drop a draft whatever
 * its probability (DEFAULT_OPTIONS), or are features only. --without: features
 * left out (weight 0; DEFAULT_OPTIONS: `rules`; `--without ''` for none). --order: select
 * the strongest draft first (DEFAULT_OPTIONS) or the likeliest. --check: print, do not write.
 *
 * --trees: with --cv, gradient-boosted trees (scripts/draft-model/trees.ts, TREE_OPTIONS fixed a
 * priori) in place of logistic regression, as a gate or (--veto) a veto, the threshold chosen the
 * same way; measured, never written (the engine reads logistic models only). --gates: with --cv
 * --by-set, every gate side by side in one table (scripts/draft-model/gates.ts; round 28g).
 *
 * The parts: scripts/draft-model/gather.ts (steps 1 and 2, and the real pipeline), sets.ts (the
 * blind sets and their folds).
 */
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DigestResult } from '../src/cli/eval/score.ts';
import { summarize, type EvalResult } from '../src/cli/eval/summary.ts';
import { FEATURE_NAMES } from '../src/engine/overlap/draft-features.ts';
import { type DraftModel } from '../src/engine/overlap/draft-model.ts';
import { evaluate, gatherDigests, marginModel, scoredBy, type GatheredDigest } from './draft-model/gather.ts';
import { BLIND_SETS, foldsBySet } from './draft-model/sets.ts';
import { crossValidateGates, forestMargin, gatesTable, logisticMargin, trainForest, type Contender } from './draft-model/gates.ts';
import { compactForest, TREE_OPTIONS, type Forest } from './draft-model/trees.ts';
import { treesSource } from './draft-model/trees-source.ts';
import { treesMargin, type DraftTrees } from '../src/engine/overlap/draft-trees.ts';
import { derivatives, solve } from './logistic-fit.ts';

export { evaluate, gatherDigests, spansInDigestOrder, vetoed, type GatheredDigest } from './draft-model/gather.ts';
export { BLIND_SETS, foldsBySet, OLD_FOLDS } from './draft-model/sets.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const MODEL_FILE = join(ROOT, 'src/engine/overlap/draft-model-data.ts');
export const TREES_FILE = join(ROOT, 'src/engine/overlap/draft-trees-data.ts');

/** The L2 penalty on the standardised weights (not the bias). */
const LAMBDA = 1;
/** Newton steps: logistic regression converges in well under this many. */
const STEPS = 25;
/** The thresholds tried, 0.20 to 0.80 by 0.025. */
const THRESHOLDS = Array.from({ length: 25 }, (_, i) => Math.round((0.2 + i * 0.025) * 1000) / 1000);
const MIN_HIGHLIGHT_P = 0.85;
const MAX_UNRELATED_FACTS = 1;

export interface TrainOptions {
  /** The hand-set filters drop a draft whatever its probability. */
  hardRules: boolean;
  /** Features given no weight. */
  without: readonly string[];
  lambda: number;
  order: DraftModel['order'];
  /** The model vetoes drafts the hand-set rules keep, and admits none they refuse (`vetoed`). */
  veto?: boolean;
  /** Gradient-boosted trees (scripts/draft-model/trees.ts) instead of logistic regression: measured with --cv only. */
  trees?: boolean;
}

export const DEFAULT_OPTIONS: TrainOptions = { hardRules: true, without: ['rules'], lambda: LAMBDA, order: 'strength' };

interface Rows {
  x: number[][];
  y: number[];
}

/** The training drafts: those of pairs sharing an event, without the hard-ruled ones when the filters are hard. */
function rowsOf(digests: readonly GatheredDigest[], options: TrainOptions): Rows {
  const rows: Rows = { x: [], y: [] };
  for (const digest of digests) {
    for (const { gathered, labels } of digest.pairs) {
      if (gathered.evidence.strict) continue;
      gathered.evidence.candidates.forEach((candidate, index) => {
        if (options.hardRules && candidate.filtered) return;
        rows.x.push(candidate.features);
        rows.y.push(labels[index] ?? 0);
      });
    }
  }
  return rows;
}

/** Logistic regression by Newton's method from zero: weights for the standardised features, and the bias. */
function fit(rows: Rows, options: TrainOptions): Omit<DraftModel, 'threshold' | 'hardRules' | 'order'> {
  const d = FEATURE_NAMES.length;
  const n = rows.x.length;
  const used = FEATURE_NAMES.map((name) => !options.without.includes(name));
  const means = FEATURE_NAMES.map((_, f) => (used[f] === true && n > 0 ? rows.x.reduce((sum, row) => sum + (row[f] ?? 0), 0) / n : 0));
  const scales = FEATURE_NAMES.map((_, f) => {
    if (used[f] !== true || n === 0) return 1;
    const variance = rows.x.reduce((sum, row) => sum + ((row[f] ?? 0) - (means[f] ?? 0)) ** 2, 0) / n;
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  // Standardised rows with the bias last; a feature left out reads 0.
  const z = rows.x.map((row) => [...FEATURE_NAMES.map((_, f) => (used[f] === true ? ((row[f] ?? 0) - (means[f] ?? 0)) / (scales[f] ?? 1) : 0)), 1]);
  const w = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < STEPS; step += 1) {
    const { g, h } = derivatives(z, rows.y, w, options.lambda);
    const delta = solve(h, g);
    for (let k = 0; k <= d; k += 1) w[k] = (w[k] ?? 0) - (delta[k] ?? 0);
  }
  return { features: [...FEATURE_NAMES], means, scales, weights: w.slice(0, d).map((value, f) => (used[f] === true ? value : 0)), bias: w[d] ?? 0 };
}

/** Rounded to six significant digits: what the generated module holds, and what is measured. */
const round = (value: number): number => Number(value.toPrecision(6));

function rounded(model: DraftModel): DraftModel {
  return { ...model, means: model.means.map(round), scales: model.scales.map(round), weights: model.weights.map(round), bias: round(model.bias) };
}

/** Train on `digests` and choose the threshold on them with the real pipeline. */
export function train(
  digests: readonly GatheredDigest[],
  options: TrainOptions = DEFAULT_OPTIONS,
): { model: DraftModel; chosen: EvalResult; drafts: number; positives: number; score?: (features: readonly number[]) => number; trees?: DraftTrees } {
  const rows = rowsOf(digests, options);
  // Trees enter as a margin per draft, read back by a one-weight logistic model (gather.ts `scoredBy`);
  // their leaves rounded as the generated module holds them, and read as the engine reads them.
  const trees = options.trees === true ? compactForest(roundedLeaves(trainForest(digests, options.hardRules, options.without)), FEATURE_NAMES, 0) : undefined;
  const score = trees === undefined ? undefined : (features: readonly number[]): number => treesMargin(trees, features);
  const fitted = score === undefined ? fit(rows, options) : marginModel(0, options.hardRules, options.order);
  const scored = score === undefined ? digests : scoredBy(digests, score);
  let best: { model: DraftModel; chosen: EvalResult; ok: boolean } | null = null;
  for (const threshold of THRESHOLDS) {
    const model = rounded({ ...fitted, threshold, hardRules: options.hardRules, order: options.order });
    const { result } = evaluate(scored, model, options.veto === true);
    const f1 = result.mean.f1 ?? 0;
    const ok = (result.mean.highlightPrecision ?? 0) >= MIN_HIGHLIGHT_P && result.micro.counts.falseFactsOnUnrelated <= MAX_UNRELATED_FACTS;
    // The best admissible threshold; with none admissible, the best at all.
    if (best === null || (ok && !best.ok) || (ok === best.ok && f1 > (best.chosen.mean.f1 ?? 0))) best = { model, chosen: result, ok };
  }
  if (best === null) throw new Error('no threshold to choose from');
  return {
    model: best.model,
    chosen: best.chosen,
    drafts: rows.y.length,
    positives: rows.y.reduce((sum, label) => sum + label, 0),
    ...(score === undefined ? {} : { score }),
    ...(trees === undefined ? {} : { trees: { ...trees, threshold: best.model.threshold } }),
  };
}

/** A forest with its leaves rounded to six significant digits (split thresholds are feature values, kept exact). */
function roundedLeaves(forest: Forest): Forest {
  return { base: round(forest.base), trees: forest.trees.map((tree) => ({ ...tree, value: tree.value.map((value, k) => ((tree.feature[k] ?? -1) >= 0 ? value : round(value))) })) };
}

const list = (values: readonly number[]): string => `[${values.join(', ')}]`;

/** The generated module's text. */
export function moduleSource(trained: ReturnType<typeof train>, digests: number, options: TrainOptions): string {
  const { model, chosen } = trained;
  const f = (value: number | null): string => (value === null ? '–' : value.toFixed(4));
  return `// Generated by scripts/train-draft-model.ts: do not edit; run \`npx tsx scripts/train-draft-model.ts\`.
import type { DraftModel } from './draft-model.ts';

/**
 * The learned fact gate (decision 004, round 8a): L2-regularised logistic regression (lambda
 * ${options.lambda}, ${STEPS} Newton steps from zero) on ${trained.drafts} drafts (${trained.positives} that hit a reference fact) of the
 * pairs sharing an event in ${digests} development digests; the hand-set filters are ${options.hardRules ? 'hard rules' : 'features only'}${options.without.length > 0 ? `; features given no weight: ${options.without.join(', ')}` : ''}.
 * Threshold chosen on the same digests (best mean F1 with highlight precision ≥ ${MIN_HIGHLIGHT_P}):
 * in-sample mean F1 ${f(chosen.mean.f1)}, R ${f(chosen.mean.recall)}, P ${f(chosen.mean.precision)}, highlight P ${f(chosen.mean.highlightPrecision)}.
 * In-sample figures flatter it: \`--cv\` measures what predicts new text.
 */
export const DRAFT_MODEL: DraftModel | null = {
  features: ${JSON.stringify(model.features)},
  means: ${list(model.means)},
  scales: ${list(model.scales)},
  weights: ${list(model.weights)},
  bias: ${model.bias},
  threshold: ${model.threshold},
  hardRules: ${model.hardRules},
  order: '${model.order}',
};
`;
}

/** The generated module as the script writes it, from the digests as they are (`digests`: already gathered). */
export function buildDraftModel(options: TrainOptions = DEFAULT_OPTIONS, digests: readonly GatheredDigest[] = gatherDigests()): string {
  return moduleSource(train(digests, options), digests.length, options);
}

/** The trees' options: the logistic gate's drafts and hard filters, as a veto (the one form the engine reads them in). */
export const TREES_OPTIONS: TrainOptions = { ...DEFAULT_OPTIONS, trees: true, veto: true };

/** The generated trees module (draft-trees-data.ts) as `--trees` writes it. */
export function buildDraftTrees(digests: readonly GatheredDigest[] = gatherDigests()): string {
  const trained = train(digests, TREES_OPTIONS);
  if (trained.trees === undefined) throw new Error('no trees trained');
  return treesSource({ ...trained, trees: trained.trees }, digests.length, TREE_OPTIONS, MIN_HIGHLIGHT_P);
}

function line(label: string, result: EvalResult): string {
  const f = (value: number | null | undefined): string => (value === null || value === undefined ? '  –  ' : value.toFixed(4));
  const { mean, micro } = result;
  const c = micro.counts;
  return `${label.padEnd(22)} F1 ${f(mean.f1)}  R ${f(mean.recall)}  P ${f(mean.precision)}  HP ${f(mean.highlightPrecision)}  CR ${f(mean.conflictRecall)} | pooled F1 ${f(micro.metrics.f1)} R ${f(micro.metrics.recall)} P ${f(micro.metrics.precision)} HP ${f(micro.metrics.highlightPrecision)} | hit ${c.requiredHit}/${c.requiredFacts} predicted ${c.predictedFacts} unrelated ${c.falseFactsOnUnrelated}`;
}

/** Digests in folds: each alone, or (`bySet`) by `foldsBySet`. */
function foldsOf(digests: readonly GatheredDigest[], bySet: boolean): number[] {
  return bySet ? foldsBySet(digests.map((digest) => digest.name)) : digests.map((_, i) => i);
}

function crossValidate(digests: readonly GatheredDigest[], options: TrainOptions, bySet: boolean): void {
  const hand = evaluate(digests, null);
  const folds = foldsOf(digests, bySet);
  const held: DigestResult[] = [];
  const thresholds: number[] = [];
  for (const fold of [...new Set(folds)]) {
    const others = digests.filter((_, i) => folds[i] !== fold);
    const { model, score } = train(others, options);
    thresholds.push(model.threshold);
    const left = digests.filter((_, i) => folds[i] === fold);
    held.push(...evaluate(score === undefined ? left : scoredBy(left, score), model, options.veto === true).digests);
  }
  // In digest order again, as the hand-set rules' results are.
  const order = new Map(digests.map((digest, i) => [`${digest.name}.txt`, i]));
  held.sort((x, y) => (order.get(x.digest) ?? 0) - (order.get(y.digest) ?? 0));
  const cv = summarize(held);
  const gate = `${options.trees === true ? 'trees ' : ''}${options.veto === true ? 'veto' : 'learned'}`;
  process.stdout.write(`${bySet ? 'leave-one-set-out' : 'leave-one-digest-out'}, ${digests.length} digests; thresholds chosen ${[...new Set(thresholds)].sort().join(', ')}\n`);
  process.stdout.write(`${line('hand-set rules', hand.result)}\n${line(`${gate}, CV`, cv)}\n`);
  for (const [set, names] of Object.entries(BLIND_SETS)) {
    const pick = (results: readonly DigestResult[]): DigestResult[] => results.filter((result) => names.some((name) => basename(result.digest).startsWith(name)));
    process.stdout.write(`${line(`${set} hand`, summarize(pick(hand.digests)))}\n${line(`${set} CV`, summarize(pick(held)))}\n`);
  }
  const all = train(digests, options);
  process.stdout.write(`${line(`${gate}, in-sample`, all.chosen)} (threshold ${all.model.threshold})\n`);
  const rest = digests.map((digest, i) => ({ name: digest.name, hand: hand.digests[i]?.metrics.f1 ?? null, cv: held[i]?.metrics.f1 ?? null }));
  process.stdout.write(`${rest.map(({ name, hand: h, cv: c }) => `  ${name.padEnd(40)} ${h?.toFixed(3) ?? ' –  '} → ${c?.toFixed(3) ?? ' –  '}`).join('\n')}\n`);
}

/** The gates compared by --gates: the rules, then each model as a gate, a veto and a hybrid. */
function contenders(options: TrainOptions): Contender[] {
  const logistic = (training: readonly GatheredDigest[]): ((features: readonly number[]) => number) => logisticMargin(rounded({ ...fit(rowsOf(training, options), options), threshold: 0, hardRules: options.hardRules, order: options.order }));
  const trees = (training: readonly GatheredDigest[]): ((features: readonly number[]) => number) => forestMargin(trainForest(training, options.hardRules, options.without));
  return [
    { label: 'rules', form: 'gate', fit: null },
    ...(['gate', 'veto', 'hybrid'] as const).map((form): Contender => ({ label: `logistic ${form}`, form, fit: logistic })),
    ...(['gate', 'veto', 'hybrid'] as const).map((form): Contender => ({ label: `trees ${form}`, form, fit: trees })),
  ];
}

function main(argv: readonly string[]): void {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const options: TrainOptions = {
    hardRules: argv.includes('--hard') ? true : argv.includes('--soft') ? false : DEFAULT_OPTIONS.hardRules,
    without: value('--without') === undefined ? DEFAULT_OPTIONS.without : (value('--without') ?? '').split(',').filter((name) => name !== ''),
    lambda: Number(value('--lambda') ?? LAMBDA),
    order: value('--order') === 'probability' ? 'probability' : value('--order') === 'strength' ? 'strength' : DEFAULT_OPTIONS.order,
    veto: argv.includes('--veto'),
    trees: argv.includes('--trees'),
  };
  // The engine reads a logistic model as a gate and trees as a veto: a logistic veto is measured, never written.
  if (options.veto === true && options.trees !== true && !argv.includes('--cv')) throw new Error('--veto is measured with --cv only');
  const unknown = options.without.filter((name) => !(FEATURE_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`unknown features: ${unknown.join(', ')}`);
  const digests = gatherDigests();
  if (argv.includes('--hand')) {
    process.stdout.write(`${line('hand-set rules', evaluate(digests, null).result)}\n`);
    return;
  }
  if (argv.includes('--gates')) {
    if (!argv.includes('--cv') || !argv.includes('--by-set')) throw new Error('--gates is measured with --cv --by-set only');
    process.stdout.write(gatesTable(crossValidateGates(digests, contenders(options), options, { minHighlightP: MIN_HIGHLIGHT_P, maxUnrelated: MAX_UNRELATED_FACTS, thresholds: THRESHOLDS }, (text) => process.stderr.write(text))));
    return;
  }
  if (argv.includes('--cv')) {
    crossValidate(digests, options, argv.includes('--by-set'));
    return;
  }
  const source = options.trees === true ? buildDraftTrees(digests) : buildDraftModel(options, digests);
  if (argv.includes('--check')) process.stdout.write(source);
  else writeFileSync(options.trees === true ? TREES_FILE : MODEL_FILE, source);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
