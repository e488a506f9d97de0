/**
 * The learned fact gate's data (scripts/train-draft-model.ts, steps 1 and 2, which re-exports these):
 * every development digest, every pair of its reports gathered by the engine, each draft labelled;
 * and the real pipeline that scores the gathered digests with a gate.
 */
import { scoreDigest, scorePair, type DigestResult } from '../../src/cli/eval/score.ts';
import { summarize, type EvalResult } from '../../src/cli/eval/summary.ts';
import type { ContractSpan } from '../../src/engine/contract.ts';
import { toContractJson } from '../../src/engine/index.ts';
import { comparisonFrom, gatherPair, type GatheredPair } from '../../src/engine/overlap/compare.ts';
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

/** Score digests with the real pipeline: facts chosen by `model` (null: the hand-set rules; `veto`: the rules, vetoed by the model). */
export function evaluate(digests: readonly GatheredDigest[], model: DraftModel | null, veto = false): { result: EvalResult; digests: DigestResult[] } {
  const results = digests.map((digest) => {
    const comparisons = digest.pairs.map(({ gathered }) => (veto && model !== null ? comparisonFrom(vetoed(gathered, model), null) : comparisonFrom(gathered, model)));
    return scoreDigest(toContractJson(digest.parsed, comparisons), digest.gold, `${digest.name}.txt`);
  });
  return { result: summarize(results), digests: results };
}
