import type { ContractArticle, ContractComparison, ContractOutput, ContractSpan } from '../../engine/contract.ts';
import { MIN_HIT_OVERLAP, type ResolvedConflict, type ResolvedFact, type ResolvedGold, type ResolvedSpan } from './gold.ts';
import { lengthOf, sharedLength, someOverlap, unionOf, type Span } from './spans.ts';

/**
 * Scoring per docs/compare-contract.md, pair by pair. Pure: no Node, no I/O.
 *
 * Definitions the contract leaves open, decided here:
 * - A reference fact (or conflict) belongs to a pair when it has spans in both articles.
 * - "Reference spans" for the at-least-half rule and for highlight precision are the spans, in
 *   that article, of every reference fact of the pair, required or optional. Conflict spans are
 *   not reference spans: highlights are facts.
 * - The 8-character overlap is between one predicted span and one reference span; two adjacent
 *   predicted spans of 5 and 5 characters over one reference span do not add up.
 * - The same predicted fact must satisfy the overlap in both articles and the half rule in both.
 *   A prediction with no characters in one article hits nothing.
 * - A predicted conflict touches a reference conflict when one of its spans in each article
 *   shares at least 1 character with one of the reference conflict's spans there; empty spans
 *   touch nothing.
 * - A pair with no required reference facts is "unrelated": all its predicted facts are counted as
 *   false facts on unrelated pairs (even those that hit an optional fact; they still count as
 *   correct for precision).
 * - Ratios with a zero denominator are null ("undefined") and are left out of averages:
 *   recall with no required facts, precision with no predicted facts, highlight precision with no
 *   highlighted characters, conflict recall with no reference conflicts. F1 is null when recall is;
 *   when recall is defined and precision is not (nothing predicted), F1 is 0.
 * - A digest's metrics are micro-averaged over its pairs (sums of counts, then ratios); the overall
 *   `mean` is the plain mean over digests of each defined digest metric (macro), and `micro` pools
 *   the counts of every pair of every digest.
 */

export interface QuotedSpan extends Span {
  readonly text: string;
}

export interface PredictedFactResult {
  /** Position in the comparison's `facts`. */
  index: number;
  kind: string;
  score: number;
  a: QuotedSpan[];
  b: QuotedSpan[];
  /** Reference facts it hits. */
  hits: string[];
  /** Reference facts it overlaps by 8+ characters in both articles; those not in `hits` failed the half rule. */
  overlaps: string[];
  /** Share of its highlighted characters inside reference spans, per article (null: none highlighted). */
  inside: { a: number | null; b: number | null };
}

export interface MissedFact {
  id: string;
  claim: string;
  a: ResolvedSpan[];
  b: ResolvedSpan[];
  /** Predicted facts (by index) that overlap it in both articles but fail the half rule. */
  nearMisses: number[];
}

export interface PredictedConflictResult {
  index: number;
  note: string;
  a: QuotedSpan[];
  b: QuotedSpan[];
  /** Reference conflicts it touches in both articles. */
  touches: string[];
}

/** A reference conflict of the pair, by the kind its gold gives it, and whether a prediction touched it. */
export interface ReferenceConflictResult {
  id: string;
  kind: string;
  touched: boolean;
}

export interface MissedConflict {
  id: string;
  kind: string;
  note: string;
  a: ResolvedSpan[];
  b: ResolvedSpan[];
}

export interface Counts {
  pairs: number;
  unrelatedPairs: number;
  requiredFacts: number;
  /** Required reference facts hit by some prediction. */
  requiredHit: number;
  optionalFacts: number;
  predictedFacts: number;
  /** Predicted facts that hit some reference fact, required or optional. */
  predictedHit: number;
  /** Characters covered by predicted fact spans (union per article, both articles summed). */
  highlightedChars: number;
  /** Of those, characters inside reference spans of the pair. */
  highlightedInside: number;
  conflicts: number;
  conflictsTouched: number;
  predictedConflicts: number;
  /** Predicted conflicts that touch no reference conflict of their pair (false, or one the gold left out). */
  unmatchedConflicts: number;
  falseFactsOnUnrelated: number;
}

export interface Metrics {
  recall: number | null;
  precision: number | null;
  f1: number | null;
  highlightPrecision: number | null;
  conflictRecall: number | null;
  /** Predicted facts on pairs with no required reference facts (a mean, in `EvalResult.mean`). */
  falseFactsOnUnrelated: number;
}

export interface PairArticle {
  id: string;
  label: string;
}

export interface PairResult {
  a: PairArticle;
  b: PairArticle;
  unrelated: boolean;
  counts: Counts;
  metrics: Metrics;
  facts: PredictedFactResult[];
  missed: MissedFact[];
  conflicts: PredictedConflictResult[];
  missedConflicts: MissedConflict[];
  referenceConflicts: ReferenceConflictResult[];
}

export interface DigestResult {
  gold: string;
  digest: string;
  counts: Counts;
  metrics: Metrics;
  pairs: PairResult[];
}

/** The engine's output does not follow docs/compare-contract.md. */
export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export function metricsOf(counts: Counts): Metrics {
  const recall = ratio(counts.requiredHit, counts.requiredFacts);
  const precision = ratio(counts.predictedHit, counts.predictedFacts);
  let f1: number | null = null;
  if (recall !== null) f1 = precision === null || precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    recall,
    precision,
    f1,
    highlightPrecision: ratio(counts.highlightedInside, counts.highlightedChars),
    conflictRecall: ratio(counts.conflictsTouched, counts.conflicts),
    falseFactsOnUnrelated: counts.falseFactsOnUnrelated,
  };
}

const COUNT_KEYS = [
  'pairs', 'unrelatedPairs', 'requiredFacts', 'requiredHit', 'optionalFacts', 'predictedFacts', 'predictedHit',
  'highlightedChars', 'highlightedInside', 'conflicts', 'conflictsTouched', 'predictedConflicts', 'unmatchedConflicts', 'falseFactsOnUnrelated',
] as const satisfies readonly (keyof Counts)[];

export function addCounts(all: readonly Counts[]): Counts {
  const sum = Object.fromEntries(COUNT_KEYS.map((key) => [key, 0])) as unknown as Counts;
  for (const counts of all) for (const key of COUNT_KEYS) sum[key] += counts[key];
  return sum;
}

function checkSpans(spans: readonly ContractSpan[], article: ContractArticle, where: string): void {
  for (const { start, end } of spans) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > article.text.length) {
      throw new ContractViolation(`${where}: span {start: ${start}, end: ${end}} is not a range in ${article.id}’s text (length ${article.text.length})`);
    }
  }
}

/** The comparison of each pair, oriented as (earlier article, later article); checked against the contract. */
function comparisonsByPair(output: ContractOutput): Map<string, ContractComparison> {
  const position = new Map(output.articles.map((article, index) => [article.id, index]));
  const byPair = new Map<string, ContractComparison>();
  for (const comparison of output.comparisons) {
    const where = `engine output: comparison ${comparison.a} / ${comparison.b}`;
    const i = position.get(comparison.a);
    const j = position.get(comparison.b);
    if (i === undefined || j === undefined || i === j) throw new ContractViolation(`${where}: not a pair of two articles of the digest`);
    const oriented: ContractComparison =
      i < j
        ? comparison
        : { a: comparison.b, b: comparison.a, facts: comparison.facts.map((f) => ({ ...f, a: f.b, b: f.a })), conflicts: comparison.conflicts.map((c) => ({ ...c, a: c.b, b: c.a })) };
    const key = `${oriented.a}\u0000${oriented.b}`;
    if (byPair.has(key)) throw new ContractViolation(`${where}: the pair is compared twice`);
    const [first, second] = [output.articles[Math.min(i, j)], output.articles[Math.max(i, j)]];
    if (first === undefined || second === undefined) continue;
    oriented.facts.forEach((fact, n) => {
      checkSpans(fact.a, first, `${where}, fact #${n}`);
      checkSpans(fact.b, second, `${where}, fact #${n}`);
    });
    oriented.conflicts.forEach((conflict, n) => {
      checkSpans(conflict.a, first, `${where}, conflict #${n}`);
      checkSpans(conflict.b, second, `${where}, conflict #${n}`);
    });
    byPair.set(key, oriented);
  }
  return byPair;
}

const quote = (spans: readonly ContractSpan[], article: ContractArticle): QuotedSpan[] =>
  spans.map(({ start, end }) => ({ start, end, text: article.text.slice(start, end) }));

const spansIn = (entry: ResolvedFact | ResolvedConflict, article: ContractArticle): readonly ResolvedSpan[] => entry.spans.get(article.id) ?? [];

const belongsTo = (a: ContractArticle, b: ContractArticle) => (entry: ResolvedFact | ResolvedConflict): boolean => entry.spans.has(a.id) && entry.spans.has(b.id);

/** Score one pair: `a` comes before `b` in the digest; `comparison` is oriented the same way (null: none). */
export function scorePair(a: ContractArticle, b: ContractArticle, comparison: ContractComparison | null, gold: ResolvedGold): PairResult {
  const references = gold.facts.filter(belongsTo(a, b));
  const referenceConflicts = gold.conflicts.filter(belongsTo(a, b));
  const referenceA = unionOf(references.flatMap((fact) => spansIn(fact, a)));
  const referenceB = unionOf(references.flatMap((fact) => spansIn(fact, b)));
  const required = references.filter((fact) => fact.required);
  const unrelated = required.length === 0;
  const predicted = comparison?.facts ?? [];
  const predictedConflicts = comparison?.conflicts ?? [];

  const facts = predicted.map((fact, index): PredictedFactResult => {
    const coveredA = lengthOf(fact.a);
    const coveredB = lengthOf(fact.b);
    const insideA = sharedLength(fact.a, referenceA);
    const insideB = sharedLength(fact.b, referenceB);
    const halfInside = coveredA > 0 && coveredB > 0 && 2 * insideA >= coveredA && 2 * insideB >= coveredB;
    const overlaps = references
      .filter((reference) => someOverlap(fact.a, spansIn(reference, a), MIN_HIT_OVERLAP) && someOverlap(fact.b, spansIn(reference, b), MIN_HIT_OVERLAP))
      .map((reference) => reference.id);
    return {
      index,
      kind: fact.kind,
      score: fact.score,
      a: quote(fact.a, a),
      b: quote(fact.b, b),
      hits: halfInside ? overlaps : [],
      overlaps,
      inside: { a: ratio(insideA, coveredA), b: ratio(insideB, coveredB) },
    };
  });

  const hitIds = new Set(facts.flatMap((fact) => fact.hits));
  const missed = required
    .filter((fact) => !hitIds.has(fact.id))
    .map((fact): MissedFact => ({
      id: fact.id,
      claim: fact.claim,
      a: [...spansIn(fact, a)],
      b: [...spansIn(fact, b)],
      nearMisses: facts.filter((p) => p.overlaps.includes(fact.id)).map((p) => p.index),
    }));

  const conflicts = predictedConflicts.map((conflict, index): PredictedConflictResult => ({
    index,
    note: conflict.note,
    a: quote(conflict.a, a),
    b: quote(conflict.b, b),
    touches: referenceConflicts
      .filter((reference) => someOverlap(conflict.a, spansIn(reference, a), 1) && someOverlap(conflict.b, spansIn(reference, b), 1))
      .map((reference) => reference.id),
  }));
  const touchedIds = new Set(conflicts.flatMap((conflict) => conflict.touches));
  const missedConflicts = referenceConflicts
    .filter((conflict) => !touchedIds.has(conflict.id))
    .map((conflict): MissedConflict => ({ id: conflict.id, kind: conflict.kind, note: conflict.note, a: [...spansIn(conflict, a)], b: [...spansIn(conflict, b)] }));

  const highlightA = predicted.flatMap((fact) => fact.a);
  const highlightB = predicted.flatMap((fact) => fact.b);
  const counts: Counts = {
    pairs: 1,
    unrelatedPairs: unrelated ? 1 : 0,
    requiredFacts: required.length,
    requiredHit: required.length - missed.length,
    optionalFacts: references.length - required.length,
    predictedFacts: predicted.length,
    predictedHit: facts.filter((fact) => fact.hits.length > 0).length,
    highlightedChars: lengthOf(highlightA) + lengthOf(highlightB),
    highlightedInside: sharedLength(highlightA, referenceA) + sharedLength(highlightB, referenceB),
    conflicts: referenceConflicts.length,
    conflictsTouched: referenceConflicts.length - missedConflicts.length,
    predictedConflicts: predictedConflicts.length,
    unmatchedConflicts: conflicts.filter((conflict) => conflict.touches.length === 0).length,
    falseFactsOnUnrelated: unrelated ? predicted.length : 0,
  };
  const referenceResults = referenceConflicts.map((conflict): ReferenceConflictResult => ({ id: conflict.id, kind: conflict.kind, touched: touchedIds.has(conflict.id) }));
  return {
    a: { id: a.id, label: a.outletLabel },
    b: { id: b.id, label: b.outletLabel },
    unrelated,
    counts,
    metrics: metricsOf(counts),
    facts,
    missed,
    conflicts,
    missedConflicts,
    referenceConflicts: referenceResults,
  };
}

/**
 * Score every pair of the digest's articles, in digest order. A pair the engine did not compare
 * counts as a comparison with no facts and no conflicts. Throws ContractViolation when the output
 * names unknown articles, compares a pair twice or has spans outside an article's text.
 */
export function scoreDigest(output: ContractOutput, gold: ResolvedGold, digest: string = gold.digest): DigestResult {
  const byPair = comparisonsByPair(output);
  const pairs: PairResult[] = [];
  output.articles.forEach((a, i) => {
    for (const b of output.articles.slice(i + 1)) pairs.push(scorePair(a, b, byPair.get(`${a.id}\u0000${b.id}`) ?? null, gold));
  });
  const counts = addCounts(pairs.map((pair) => pair.counts));
  return { gold: gold.file, digest, counts, metrics: metricsOf(counts), pairs };
}
