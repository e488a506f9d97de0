import { charRange, type CharRange } from '../text/ranges.ts';
import { alignRegions } from './align.ts';
import { figuresOf, type Figure, type PairingSide } from './conflicts-pairing-figures.ts';
import { bound, features, isNarrow, mayBeOne, MAX_MARGIN, nearScore, nounsComparable, PAIRING_MODEL, startNounScores, weigh, widened, type PairingModel } from './conflicts-pairing-scores.ts';
import { FigureGroups } from './figure-groups.ts';
import { withinFloor } from './measures.ts';
import { quantitiesAgree } from './quantities.ts';
import { ofDifferentGroups } from './conflicts-figures.ts';
import { conflictNote, type Conflict } from './types.ts';
import { isEntityUnit, type Lexicon, type Unit } from './units.ts';

/**
 * One general method for figures that conflict (round 12c): two reports' figures conflict when
 * they quantify the same thing about the same event with values that cannot be one. Every figure
 * of one report is paired with the figures of the other by what they quantify, scored from the
 * anchors they share, whatever their values: the counted noun or unit (lemma, synonym, kin), the
 * words of their clause (verb, subject), the names of their sentence, the facts the engine
 * aligned around them (how much their two sentences share besides figures), and whether each is
 * the report's one figure of that kind of thing. A pair that is each figure's best partner (mutual
 * best) and scores at least the threshold is one figure told twice: if the values cannot be one
 * (after hedges and units), the reports conflict. Values play no part in the pairing, so a figure
 * whose best partner agrees with it conflicts with nothing.
 */

/** A figure's best and next best score, and its best partner (the first of equals in text order). */
interface Best {
  partner: number;
  score: number;
  second: number;
}
const unpaired = (): Best => ({ partner: -1, score: -Infinity, second: -Infinity });
function keep(best: Best, partner: number, score: number): void {
  // Of equals, the first partner in text order: the same whatever order the pairs are read in.
  if (score > best.score || (score === best.score && partner < best.partner)) {
    best.second = best.score;
    best.score = score;
    best.partner = partner;
  } else if (score > best.second) best.second = score;
}

/** What two sentences share besides figures and dates (see `contextReader`). */
export interface SentenceContext {
  /** Whether the engine set the two sentences side by side (else their context is 0). */
  aligned(a: number, b: number): boolean;
  /** How much they share: the aligned facts' strength, 0 for sentences never set side by side. */
  strength(a: number, b: number): number;
}

/**
 * How the figure pairing runs, passed down from `gatherPair` (compare.ts): the committed model
 * and no observer unless given. Only scripts/fit-figure-pairing.ts gives either.
 */
export interface PairingOptions {
  /** The weights and threshold (`PAIRING_MODEL`, the committed fit, by default). */
  model?: PairingModel;
  /**
   * Every pair the pairing may score, each read in full (no pruning), handed here once per
   * comparison, and no figure conflict raised (the detectors' conflicts alone are left).
   */
  observe?: (pairs: ObservedPair[]) => void;
}

/**
 * The figure pairs of two reports that are one figure told twice with values that cannot be one.
 * `context(sentenceA, sentenceB)`: how much the two sentences share besides their figures and
 * dates (the aligned facts' strength), 0 for sentences the engine did not set side by side.
 */
export function pairedFigureConflicts(A: PairingSide, B: PairingSide, lexicon: Lexicon, agreed: ReadonlySet<Unit>, context: SentenceContext, options: PairingOptions = {}): (Omit<Conflict, 'id'> & { strength: number })[] {
  const { weights, threshold } = options.model ?? PAIRING_MODEL;
  const nounIds = new Map<string, number>();
  const [fa, fb] = [figuresOf(A, lexicon, nounIds), figuresOf(B, lexicon, nounIds)];
  startNounScores(nounIds.size);
  const [namesA, namesB] = [new Set(A.units.filter(isEntityUnit).map((unit) => unit.key)), new Set(B.units.filter(isEntityUnit).map((unit) => unit.key))];
  const rowBest = fa.map(unpaired);
  const columnBest = fb.map(unpaired);
  const narrowB = fb.map((b) => isNarrow(b.quantity));
  // Only figures of one family and one role are scored (`comparable`), and of two narrow figures
  // only those within a factor of two (`FigureGroups`). The rest of a group is paired with nothing.
  const groupsB = new FigureGroups(fb, narrowB);
  // The pairs that may be one, each with the most it can score before its dearest features are
  // read (`bound`), then read best bound first: the figures' next best rise early, and a pair
  // that cannot beat both figures' next best changes nothing (`keep`), so most pairs of a long
  // report stop there (decision 004, round 15s). `keep` breaks ties by partner, so the order
  // of reading changes no result.
  const pairsI: number[] = [];
  const pairsJ: number[] = [];
  const tops: number[] = [];
  const widenedB = fb.map((b) => widened(b.quantity));
  fa.forEach((a, i) => {
    // Two narrow figures more than a factor of two apart are never one (`plausiblyOne`): told
    // apart by value before anything else is read (with a margin for rounding).
    const narrow = isNarrow(a.quantity);
    const [low, high] = [(a.quantity.value / 2) * (1 - 1e-9), a.quantity.value * 2 * (1 + 1e-9)];
    const range = widened(a.quantity);
    for (const j of groupsB.candidates(a.family, a.role, narrow, low, high)) {
      const b = fb[j];
      if (b === undefined) continue;
      const other = widenedB[j];
      if (range !== null && other !== null && other !== undefined && a.quantity.unit === b.quantity.unit && (range.high < other.low || other.high < range.low) && Math.max(a.quantity.value, b.quantity.value) / Math.min(a.quantity.value, b.quantity.value) > 2) continue;
      if (!mayBeOne(a, b, namesA, namesB)) continue;
      const aligned = context.aligned(a.unit.sentence, b.unit.sentence);
      pairsI.push(i);
      pairsJ.push(j);
      tops.push(bound(a, b, null, Math.min(3, a.near.length, b.near.length), aligned ? 4 : 0, weights));
    }
  });
  if (options.observe !== undefined) {
    options.observe(observedPairs(fa, fb, pairsI, pairsJ, agreed, context));
    return [];
  }
  for (const k of bestFirst(tops)) {
    const i = pairsI[k] ?? -1;
    const j = pairsJ[k] ?? -1;
    const a = fa[i];
    const b = fb[j];
    const row = rowBest[i];
    const column = columnBest[j];
    if (a === undefined || b === undefined || row === undefined || column === undefined) continue;
    // The counted nouns, the words beside both and the sentences' context are read only while the pair may count.
    const floor = Math.min(row.second, column.second);
    if ((tops[k] ?? -Infinity) < floor) continue;
    const aligned = context.aligned(a.unit.sentence, b.unit.sentence);
    const mostNear = Math.min(3, a.near.length, b.near.length);
    const noun = nounsComparable(a, b);
    if (noun === null || bound(a, b, noun, mostNear, aligned ? 4 : 0, weights) < floor) continue;
    const near = Math.min(nearScore(a, b), 3);
    if (bound(a, b, noun, near, aligned ? 4 : 0, weights) < floor) continue;
    const score = weigh(features(a, b, noun, near, aligned ? Math.min(context.strength(a.unit.sentence, b.unit.sentence), 4) : 0), weights);
    keep(row, j, score);
    keep(column, i, score);
  }
  const drafts: (Omit<Conflict, 'id'> & { strength: number })[] = [];
  fa.forEach((a, i) => {
    const row = rowBest[i];
    const b = fb[row?.partner ?? -1];
    const column = columnBest[row?.partner ?? -1];
    if (row === undefined || b === undefined || column?.partner !== i) return;
    // How far the pair stands above each figure's next best partner: a figure that could as well
    // be paired with another (one of a match's many minutes) is paired with less confidence.
    const margin = Math.min(row.score - Math.max(row.second, column.second), MAX_MARGIN);
    const value = row.score + weights.margin * margin;
    if (value < threshold) return;
    const [qa, qb] = [a.quantity, b.quantity];
    if (quantitiesAgree(qa, qb) || agreed.has(a.unit) || agreed.has(b.unit)) return;
    if ((qa.unit === 'count' && withinFloor(qa, qb)) || ofDifferentGroups(qa, qb)) return;
    const values: [string, string] = [A.text.slice(qa.start, qa.end), B.text.slice(qb.start, qb.end)];
    const subject = a.noun ?? b.noun ?? (qa.unit === 'clock' ? 'time' : qa.unit);
    drafts.push({ a: [charRange(qa.start, qa.end)], b: [charRange(qb.start, qb.end)], kind: qa.unit === 'clock' ? 'date' : 'number', subject, values, note: conflictNote(subject, values), strength: value });
  });
  return drafts;
}

/** A pair the pairing may score, read in full for scripts/fit-figure-pairing.ts (`PairingOptions.observe`). */
export interface ObservedPair {
  /** The figures' numbers in each report's order (the pairing's ties go to the first). */
  i: number;
  j: number;
  /** `features` of the pair (the margin is the pairing's, read from the other pairs). */
  features: number[];
  a: CharRange;
  b: CharRange;
  /** The values agree (`quantitiesAgree`). */
  agree: boolean;
  /** Paired, the two would be a conflict: values that cannot be one, neither given elsewhere. */
  conflicting: boolean;
}
function observedPairs(fa: readonly Figure[], fb: readonly Figure[], pairsI: readonly number[], pairsJ: readonly number[], agreed: ReadonlySet<Unit>, context: SentenceContext): ObservedPair[] {
  const observed: ObservedPair[] = [];
  pairsI.forEach((i, k) => {
    const j = pairsJ[k] ?? -1;
    const [a, b] = [fa[i], fb[j]];
    if (a === undefined || b === undefined) return;
    const noun = nounsComparable(a, b);
    if (noun === null) return;
    const strength = context.aligned(a.unit.sentence, b.unit.sentence) ? Math.min(context.strength(a.unit.sentence, b.unit.sentence), 4) : 0;
    const [qa, qb] = [a.quantity, b.quantity];
    const agree = quantitiesAgree(qa, qb);
    const conflicting = !agree && !agreed.has(a.unit) && !agreed.has(b.unit) && !(qa.unit === 'count' && withinFloor(qa, qb)) && !ofDifferentGroups(qa, qb);
    observed.push({ i, j, features: features(a, b, noun, Math.min(nearScore(a, b), 3), strength), a: charRange(qa.start, qa.end), b: charRange(qb.start, qb.end), agree, conflicting });
  });
  return observed;
}

/** Buckets `bestFirst` sorts into: enough that the pairs of each hold scores close together. */
const ORDER_BUCKETS = 64;
/**
 * The indices of `values`, highest first, by buckets of equal width (in their own order within a
 * bucket): the figure pairing needs an order that reads likely pairs early, not an exact one
 * (any order gives its result), and sorting ten thousand pairs with a comparison took longer
 * than the reading it saved.
 */
export function bestFirst(values: readonly number[]): Int32Array {
  let [least, most] = [Infinity, -Infinity];
  for (const value of values) {
    if (value < least) least = value;
    if (value > most) most = value;
  }
  const width = (most - least) / ORDER_BUCKETS;
  const bucketOf = (value: number): number => (width > 0 ? Math.min(ORDER_BUCKETS - 1, Math.floor((most - value) / width)) : 0);
  const starts = new Int32Array(ORDER_BUCKETS + 1);
  for (const value of values) {
    const next = bucketOf(value) + 1;
    starts[next] = (starts[next] ?? 0) + 1;
  }
  for (let bucket = 1; bucket <= ORDER_BUCKETS; bucket += 1) starts[bucket] = (starts[bucket] ?? 0) + (starts[bucket - 1] ?? 0);
  const order = new Int32Array(values.length);
  values.forEach((value, k) => {
    const bucket = bucketOf(value);
    order[starts[bucket] ?? 0] = k;
    starts[bucket] = (starts[bucket] ?? 0) + 1;
  });
  return order;
}

/** The sentences' shared strength besides figures and dates, read once per sentence pair. */
export function contextReader(A: PairingSide, B: PairingSide, pairs: readonly { regionA: number; regionB: number }[]): SentenceContext {
  // Sentence pairs by number: a sentence of A times more than B's sentences, plus one of B.
  const width = B.unitsBySentence.length + 1;
  const keyOf = (a: number, b: number): number => a * width + b;
  const alignedPairs = new Set(pairs.map(({ regionA, regionB }) => keyOf(regionA, regionB)));
  const known = new Map<number, number>();
  const aligned = (a: number, b: number): boolean => b >= 0 && b < width && alignedPairs.has(keyOf(a, b));
  return {
    aligned,
    strength: (a, b) => {
      if (!aligned(a, b)) return 0;
      const key = keyOf(a, b);
      let value = known.get(key);
      if (value === undefined) {
        const [best] = alignRegions(a, (A.unitsBySentence[a] ?? []).filter(besidesFigures), b, (B.unitsBySentence[b] ?? []).filter(besidesFigures));
        value = best?.strength ?? 0;
        known.set(key, value);
      }
      return value;
    },
  };
}
const besidesFigures = (unit: Unit): boolean => unit.quantity === null && unit.date === null;
