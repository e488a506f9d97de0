import { BestPairs } from './best-pairs.ts';
import type { Prepared } from './compare-sides.ts';
import { figureKeys } from './lone-figures.ts';
import { measureKeys } from './quantities-units.ts';
import { keyId, type Unit } from './units.ts';

/** A key found in more sentences than this is too common to propose candidates by itself. */
const MAX_POSTINGS = 48;
export const MIN_CANDIDATE_VALUE = 0.9;
/**
 * With the learned gate, sentence pairs sharing less are aligned too, and more stretches of
 * each pair are drafted: the gate, not the gathering, decides (decision 004, round 9b). The
 * hand-set rules, tuned on what the stricter gathering found, keep it.
 */
export const LEARNED_MIN_CANDIDATE_VALUE = 0.5;
export const LEARNED_ALIGNMENTS_PER_PAIR = 5;
/** Each sentence is aligned with at most this many of the other report's: linear work. */
const CANDIDATES_PER_SENTENCE = 6;

/**
 * Sentence pairs worth aligning: those that share enough weighted vocabulary (`least`), found
 * through an inverted index so the work grows with the shared vocabulary, not with the product
 * of the sentence counts. Each comes with its value: a lower `least` adds pairs below the
 * former least and changes none above it (a pair's rank among its sentences' counts only
 * stronger pairs).
 */
export function candidatePairs(A: Prepared, B: Prepared, ids: Map<string, number>, least: number): { regionA: number; regionB: number; value: number }[] {
  // Postings by key number: B's sentences holding the key and the heaviest unit there, in order.
  const sentencesOf: number[][] = [];
  const weightsOf: number[][] = [];
  for (let u = 0; u < B.units.length; u += 1) {
    const unit = B.units[u] as Unit;
    const keys = candidateKeys(unit, ids);
    for (let k = 0; k < keys.length; k += 1) {
      const key = keys[k] as number;
      const sentences = (sentencesOf[key] ??= []);
      const weights = (weightsOf[key] ??= []);
      // B's units come in sentence order: a sentence already listed is the last one.
      const at = sentences.length - 1;
      if (sentences[at] !== unit.sentence) {
        sentences.push(unit.sentence);
        weights.push(unit.weight);
      } else weights[at] = Math.max(weights[at] ?? 0, unit.weight);
    }
  }
  const regionsB = B.unitsBySentence.length;
  // Kept as they come, the best few of each sentence: sorting every pair above `least` grew
  // faster than the text (4,900 at 4,000 words a side, 71,000 at 16,000).
  const best = new BestPairs(CANDIDATES_PER_SENTENCE);
  // What one unit of A reaches in each sentence of B (its best key there), and what its whole
  // sentence does, without a map per unit or per pair: A's units come in sentence order.
  const reached = new Float64Array(regionsB);
  const stamp = new Int32Array(regionsB).fill(-1);
  const touched: number[] = [];
  const totals = new Float64Array(regionsB);
  const countedIn = new Int32Array(regionsB).fill(-1);
  const counted: number[] = [];
  let sentence = -1;
  for (let u = 0; u < A.units.length; u += 1) {
    const unit = A.units[u] as Unit;
    if (unit.sentence !== sentence) {
      flushSentence(sentence, counted, totals, least, best);
      sentence = unit.sentence;
    }
    touched.length = 0;
    const keys = candidateKeys(unit, ids);
    for (let k = 0; k < keys.length; k += 1) {
      const sentences = sentencesOf[keys[k] as number];
      const weights = weightsOf[keys[k] as number];
      if (sentences === undefined || weights === undefined || sentences.length > MAX_POSTINGS) continue;
      for (let p = 0; p < sentences.length; p += 1) {
        const regionB = sentences[p] ?? 0;
        const value = Math.min(weights[p] ?? 0, unit.weight);
        if (stamp[regionB] !== unit.index) {
          stamp[regionB] = unit.index;
          reached[regionB] = value;
          touched.push(regionB);
        } else reached[regionB] = Math.max(reached[regionB] ?? 0, value);
      }
    }
    for (let t = 0; t < touched.length; t += 1) {
      const regionB = touched[t] as number;
      if (countedIn[regionB] !== unit.sentence) {
        countedIn[regionB] = unit.sentence;
        counted.push(regionB);
      }
      totals[regionB] = (totals[regionB] ?? 0) + (reached[regionB] ?? 0);
    }
  }
  flushSentence(sentence, counted, totals, least, best);
  // A pair is kept when it is among the best few of either of its sentences.
  return best.result();
}

/** One sentence of A's totals with the sentences of B it reached: those of `least` or more are offered, all are reset. */
function flushSentence(regionA: number, counted: number[], totals: Float64Array, least: number, best: BestPairs): void {
  for (const regionB of counted) {
    const value = totals[regionB] ?? 0;
    if (value >= least) best.offer(regionA, regionB, value);
    totals[regionB] = 0;
  }
  counted.length = 0;
  best.closeSentenceA();
}


/**
 * The keys a sentence is found by: its words, names and aliases, and its precise figures (two
 * significant digits or more) by value: `Almonte 39.7%` finds `Almonte received 39.7 percent`
 * though the two share one name. Agreeing figures written to other precision (`1.2bn`,
 * `$1,200 million`) meet in alignment, not here.
 */
function candidateKeys(unit: Unit, ids: Map<string, number>): readonly number[] {
  const quantity = unit.quantity;
  if (quantity === null) return unit.keyIds;
  // A figure written in other forms (`a third` / `33%`) is also found by its approximate keys.
  const approximate = [...figureKeys(quantity), ...measureKeys(quantity)];
  const keys = unit.baseWeight <= 1 ? approximate : [`#${quantity.unit}:${quantity.currency ?? ''}:${quantity.value}`, ...approximate];
  return keys.map((key) => keyId(key, ids));
}
