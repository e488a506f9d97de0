/**
 * The learned fact gate's data (scripts/train-draft-model.ts, steps 1 and 2, which re-exports these):
 * every development digest, every pair of its reports gathered by the engine, each draft labelled;
 * and the real pipeline that scores the gathered digests with a gate.
 */
import { addCounts, metricsOf, scoreDigest, scorePair, type DigestResult, type PairResult } from '../../src/cli/eval/score.ts';
import { summarize, type EvalResult } from '../../src/cli/eval/summary.ts';
import type { ContractSpan } from '../../src/engine/contract.ts';
import { toContractComparison } from '../../src/engine/contract.ts';
import { toContractJson } from '../../src/engine/index.ts';
import { comparisonFrom, gatherPair, keptByModel, type GatheredPair } from '../../src/engine/overlap/compare.ts';
import { probability, type DraftModel } from '../../src/engine/overlap/draft-model.ts';
import { loadDevelopmentDigests, type DevelopmentDigest } from '../dev-digests.ts';

export interface GatheredDigest extends DevelopmentDigest {
  /** Each pair with the digest order of its articles (`first` < `second`) and its drafts' labels. */
  pairs: { gathered: GatheredPair; first: number; second: number; labels: number[] }[];
}

/** A candidate's spans in digest order (the engine gathers a pair in its own order). */
export function spansInDigestOrder(pair: GatheredPair, index: number): { a: ContractSpan[]; b: ContractSpan[] } {
  const draft = pair.evidence.candidates[index]?.draft;
  if (draft === undefined) return { a: [], b: [] };
  const plain = (ranges: readonly { start: number; end: number }[]): ContractSpan[] => ranges.map(({ start, end }) => ({ start, end }));
  return pair.swapped ? { a: plain(draft.b), b: plain(draft.a) } : { a: plain(draft.a), b: plain(draft.b) };
}

/** Every development digest, gathered pair by pair, each draft labelled. */
export function gatherDigests(): GatheredDigest[] {
  // Scores cached for one gathering name its drafts by index: a new gathering starts afresh (review 22c).
  pairScores.clear();
  return loadDevelopmentDigests().map((digest) => {
    const { parsed, articles, gold: resolved } = digest;
    const pairs: GatheredDigest['pairs'] = [];
    parsed.articles.forEach((a, i) => {
      parsed.articles.slice(i + 1).forEach((b, k) => {
        const j = i + 1 + k;
        const gathered = gatherPair(a, b);
        const [first, second] = [articles[i], articles[j]];
        if (first === undefined || second === undefined) return;
        // Whether a hit depends on the fact alone: one scored comparison labels all of them.
        const facts = gathered.evidence.candidates.map((candidate, index) => ({ ...spansInDigestOrder(gathered, index), score: 0, kind: candidate.draft.kind }));
        const scored = scorePair(first, second, { a: first.id, b: second.id, facts, conflicts: [] }, resolved);
        pairs.push({ gathered, first: i, second: j, labels: scored.facts.map((fact) => (fact.hits.length > 0 ? 1 : 0)) });
      });
    });
    return { ...digest, pairs };
  });
}

/**
 * A pair whose drafts the hand-set rules keep only when `model` finds them likely: the model as
 * a veto over the rules (nothing they refuse is admitted). Reports of different events keep the
 * strict rules, as under the gate.
 */
export function vetoed(pair: GatheredPair, model: DraftModel): GatheredPair {
  const { evidence } = pair;
  if (evidence.strict) return pair;
  const candidates = evidence.candidates.map((candidate) => ({ ...candidate, rules: candidate.rules && probability(model, candidate.features) >= model.threshold }));
  return { ...pair, evidence: { ...evidence, candidates } };
}

/**
 * Which drafts of a pair are fact candidates under a gate (`model` null: the hand-set rules;
 * `veto`: the rules, vetoed by the model; else the learned gate, compare.ts `keptByModel`).
 * Reports of different events keep the strict rules under every gate.
 */
function keptUnder(pair: GatheredPair, model: DraftModel | null, veto: boolean): boolean[] {
  const { evidence } = pair;
  return evidence.candidates.map((candidate) => {
    if (model === null || evidence.strict) return candidate.rules;
    const p = probability(model, candidate.features);
    return veto ? candidate.rules && p >= model.threshold : keptByModel(model, candidate, p);
  });
}

/**
 * Each pair's score by the set of drafts kept: a pair's comparison depends on nothing else when
 * the strongest drafts are chosen first (order 'strength'; a fact's confidence is not scored), so
 * the many thresholds and folds of training and cross-validation score each set once.
 */
const pairScores = new Map<string, Map<string, PairResult>>();

function scoredPair(digest: GatheredDigest, index: number, kept: readonly boolean[]): PairResult {
  const pair = digest.pairs[index];
  if (pair === undefined) throw new Error(`no pair ${index} in ${digest.name}`);
  const id = `${digest.name}\u0000${index}`;
  const key = kept.flatMap((keep, k) => (keep ? [k] : [])).join(',');
  const cached = pairScores.get(id)?.get(key);
  if (cached !== undefined) return cached;
  const { gathered, first, second } = pair;
  const candidates = gathered.evidence.candidates.map((candidate, k) => ({ ...candidate, rules: kept[k] === true }));
  const comparison = toContractComparison(comparisonFrom({ ...gathered, evidence: { ...gathered.evidence, candidates } }, null));
  const [a, b] = [digest.articles[first], digest.articles[second]];
  if (a === undefined || b === undefined) throw new Error(`no articles ${first}, ${second} in ${digest.name}`);
  const oriented = comparison.a === a.id ? comparison : { a: comparison.b, b: comparison.a, facts: comparison.facts.map((f) => ({ ...f, a: f.b, b: f.a })), conflicts: comparison.conflicts.map((c) => ({ ...c, a: c.b, b: c.a })) };
  const result = scorePair(a, b, oriented, digest.gold);
  const byKey = pairScores.get(id) ?? new Map<string, PairResult>();
  byKey.set(key, result);
  pairScores.set(id, byKey);
  return result;
}

/** Score digests, each pair's facts chosen from the drafts `keptOf` keeps (scored once per kept set). */
export function evaluateKept(digests: readonly GatheredDigest[], keptOf: (pair: GatheredPair) => boolean[]): { result: EvalResult; digests: DigestResult[] } {
  const results = digests.map((digest): DigestResult => {
    const pairs = digest.pairs.map(({ gathered }, index) => scoredPair(digest, index, keptOf(gathered)));
    const counts = addCounts(pairs.map((pair) => pair.counts));
    return { gold: digest.gold.file, digest: `${digest.name}.txt`, counts, metrics: metricsOf(counts), pairs };
  });
  return { result: summarize(results), digests: results };
}

/** Score digests with the real pipeline: facts chosen by `model` (null: the hand-set rules; `veto`: the rules, vetoed by the model). */
export function evaluate(digests: readonly GatheredDigest[], model: DraftModel | null, veto = false): { result: EvalResult; digests: DigestResult[] } {
  if (model === null || model.order === 'strength') return evaluateKept(digests, (pair) => keptUnder(pair, model, veto));
  // The likeliest first: the facts depend on the probabilities, not only on which drafts are kept.
  const results = digests.map((digest) => {
    const comparisons = digest.pairs.map(({ gathered }) => (veto ? comparisonFrom(vetoed(gathered, model), null) : comparisonFrom(gathered, model)));
    return scoreDigest(toContractJson(digest.parsed, comparisons), digest.gold, `${digest.name}.txt`);
  });
  return { result: summarize(results), digests: results };
}

/**
 * The digests with each draft's features replaced by its margin under `score` (the log-odds of
 * any model: trees, round 28g), read back exactly by `marginModel`: any model is then scored
 * by the same real pipeline as the logistic gate.
 */
export function scoredBy(digests: readonly GatheredDigest[], score: (features: readonly number[]) => number): GatheredDigest[] {
  return digests.map((digest) => ({
    ...digest,
    pairs: digest.pairs.map((pair) => {
      const candidates = pair.gathered.evidence.candidates.map((candidate) => ({ ...candidate, features: [score(candidate.features)] }));
      return { ...pair, gathered: { ...pair.gathered, evidence: { ...pair.gathered.evidence, candidates } } };
    }),
  }));
}

/** The logistic model whose probability of `scoredBy` digests' drafts is the logistic of their margin. */
export function marginModel(threshold: number, hardRules: boolean, order: DraftModel['order']): DraftModel {
  return { features: ['margin'], means: [0], scales: [1], weights: [1], bias: 0, threshold, hardRules, order };
}

/**
 * The hybrid gate (round 28g): the hand-set rules' facts less those `model` finds unlikely
 * (p < `veto`), plus drafts the rules refuse that it finds likely (p ≥ `admit`), that hold what
 * any fact must and that no hard filter drops. Reports of different events keep the strict rules.
 * `veto` = `admit` is the gate, `admit` > 1 the veto.
 */
export function hybrid(pair: GatheredPair, model: DraftModel, veto: number, admit: number): GatheredPair {
  const { evidence } = pair;
  if (evidence.strict) return pair;
  const candidates = evidence.candidates.map((candidate) => {
    const p = probability(model, candidate.features);
    return { ...candidate, rules: candidate.rules ? p >= veto : p >= admit && candidate.substantive && !candidate.filtered };
  });
  return { ...pair, evidence: { ...evidence, candidates } };
}

/** Score digests with the real pipeline under the hybrid gate. */
export function evaluateHybrid(digests: readonly GatheredDigest[], model: DraftModel, veto: number, admit: number): { result: EvalResult; digests: DigestResult[] } {
  return evaluateKept(digests, (pair) => hybrid(pair, model, veto, admit).evidence.candidates.map((candidate) => candidate.rules));
}
