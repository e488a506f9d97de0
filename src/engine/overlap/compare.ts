import * as lexicon from '../lexicon/index.ts';
import { MAX_ARTICLE_CHARS } from '../limits.ts';
import type { Article } from '../schema.ts';
import { gatherOrdered, type FactCandidate, type PairEvidence } from './compare-gather.ts';
import type { PairingOptions } from './conflicts-pairing.ts';
import { probability, type DraftModel } from './draft-model.ts';
import { passesVeto, type DraftTrees } from './draft-trees.ts';
import { apartFromConflicts } from './fact-conflicts.ts';
import { head, joinAdjacent, selectFacts, type FactDraft } from './select.ts';
import { mirrorComparison, type Comparison, type SharedFact } from './types.ts';
import type { Lexicon } from './units.ts';

/**
 * A fact gate: a learned logistic gate (draft-model.ts), the trees' veto over the hand-set rules
 * (draft-trees.ts), or null for the hand-set rules alone.
 */
export type FactGate = DraftModel | DraftTrees | null;

const isTrees = (gate: FactGate): gate is DraftTrees => gate !== null && 'roots' in gate;

/**
 * The fact gate compareArticles uses by default: the hand-set rules alone. The trees' veto
 * (draft-trees-data.ts `DRAFT_TREES`, passed as `model`) gained on every group as round 28v
 * trained it, but costs too much time: it reads features, which only the learned gathering
 * computes, and with it a 1,000-word comparison took 3.5–4.1× a word diff's CPU (the rules
 * 1.9–2.7×) and 16,000 words 5.0–5.6× the time of 4,000 (the rules 3.6–4.2×); retrained on
 * today's drafts its threshold moved and it drops one of the seed's required facts (decision 004,
 * round 28v and mend C). The logistic gate (`DRAFT_MODEL`) drops that fact too (rounds 8a, 9a).
 */
const DEFAULT_GATE: FactGate = null;

/**
 * Whether the learned gate keeps a draft of reports sharing an event: a likely one that the
 * hand-set rules keep or that holds what any fact must (`substantive`), and no hard filter drops.
 */
export function keptByModel(model: DraftModel, candidate: FactCandidate, p: number): boolean {
  return p >= model.threshold && (candidate.rules || candidate.substantive) && !(model.hardRules && candidate.filtered);
}

/**
 * The facts of a gathered pair. With the trees' veto, the drafts the hand-set rules keep that the
 * trees find likely (reports of different events keep the strict rules), strongest first. With a
 * model, a draft is a fact candidate when its probability reaches the model's threshold (reports of different events keep the strict hand-set rules),
 * its confidence is that probability, and the likeliest are chosen first; without one, the
 * hand-set rules decide and the strongest are chosen first.
 */
function comparisonOrdered(evidence: PairEvidence, gate: FactGate): Comparison {
  const { textA, textB } = evidence;
  const model = isTrees(gate) ? null : gate;
  const drafts = isTrees(gate)
    ? evidence.candidates.filter((candidate) => candidate.rules && (evidence.strict || passesVeto(gate, candidate.features))).map((candidate) => candidate.draft)
    : model === null
      ? evidence.candidates.filter((candidate) => candidate.rules).map((candidate) => candidate.draft)
      : evidence.candidates.flatMap((candidate): FactDraft[] => {
          const p = probability(model, candidate.features);
          const keep = evidence.strict ? candidate.rules : keptByModel(model, candidate, p);
          return keep ? [{ ...candidate.draft, score: p }] : [];
        });
  drafts.push(...evidence.quoteRuns);
  const facts = joinAdjacent(apartFromConflicts(selectFacts(drafts, { a: textA, b: textB }, model?.order === 'probability' ? 'score' : 'strength'), evidence.conflicts, { a: textA, b: textB }), textA, textB).sort((x, y) => head(x.a).start - head(y.a).start);
  return {
    a: evidence.a,
    b: evidence.b,
    facts: facts.map((fact, index): SharedFact => ({
      id: `fact-${index + 1}`,
      a: [...fact.a].sort((x, y) => x.start - y.start),
      b: [...fact.b].sort((x, y) => x.start - y.start),
      kind: fact.kind,
      score: fact.score,
    })),
    conflicts: evidence.conflicts.map((conflict) => ({ ...conflict })),
  };
}

/** A pair gathered in the engine's order (`swapped`: b's text comes first), for `comparisonFrom`. */
export interface GatheredPair {
  swapped: boolean;
  evidence: PairEvidence;
}

/**
 * Gather what a comparison of two reports holds before its facts are chosen (see PairEvidence).
 * `learned` false: only the drafts the hand-set rules keep, without features (cheaper).
 * `pairing`: the figure pairing's model and observer (conflicts-pairing.ts `PairingOptions`), for
 * scripts/fit-figure-pairing.ts; by default the committed model, unobserved.
 */
export function gatherPair(a: Article, b: Article, words: Lexicon = lexicon, learned = true, pairing: PairingOptions = {}): GatheredPair {
  for (const article of [a, b]) {
    if (article.text.length > MAX_ARTICLE_CHARS) {
      throw new RangeError(`article ${article.id} is ${article.text.length} characters long; the engine compares articles of at most ${MAX_ARTICLE_CHARS}`);
    }
  }
  const swapped = a.text > b.text || (a.text === b.text && a.id > b.id);
  return { swapped, evidence: swapped ? gatherOrdered(b, a, words, learned, pairing) : gatherOrdered(a, b, words, learned, pairing) };
}

/** The comparison of a gathered pair, its facts chosen with `model` (null: the hand-set rules alone). */
export function comparisonFrom(pair: GatheredPair, model: FactGate = DEFAULT_GATE): Comparison {
  const comparison = comparisonOrdered(pair.evidence, model);
  return pair.swapped ? mirrorComparison(comparison) : comparison;
}

/**
 * Compare two reports: the facts both state, phrase by phrase, and the conflicts between them.
 * Deterministic and symmetric: compare(b, a) is compare(a, b) with the sides swapped. `model`
 * is the fact gate: by default (null) the hand-set rules alone; the trees' veto or a logistic model.
 * Either learned form reads the drafts' features, so gathers as the models were trained (`learned`):
 * the trees were measured on that gathering (round 28g), whose rules' drafts are the rules' own.
 */
export function compareArticles(a: Article, b: Article, words: Lexicon = lexicon, model: FactGate = DEFAULT_GATE): Comparison {
  return comparisonFrom(gatherPair(a, b, words, model !== null), model);
}

/** Every pair of articles, in digest order: (0,1), (0,2), …, (1,2), … */
export function compareAllPairs(articles: readonly Article[], words: Lexicon = lexicon, model: FactGate = DEFAULT_GATE): Comparison[] {
  const comparisons: Comparison[] = [];
  for (let i = 0; i < articles.length; i += 1) {
    for (let j = i + 1; j < articles.length; j += 1) {
      const a = articles[i];
      const b = articles[j];
      if (a !== undefined && b !== undefined) comparisons.push(compareArticles(a, b, words, model));
    }
  }
  return comparisons;
}
