/** A sentence pair worth aligning and what its sentences share (compare.ts `candidatePairs`). */
export interface SentencePair {
  regionA: number;
  regionB: number;
  value: number;
}

/**
 * The pairs among the best `perSentence` of either of their sentences, strongest first (ties: A's
 * sentence, then B's, in text order), without sorting every pair: a long report pair has tens of
 * thousands above the floor (71,000 at 16,000 words a side, 4,900 at 4,000), of which a dozen per
 * sentence are kept. Each sentence keeps its best few as they come (insertion into a list of at
 * most `perSentence`), so the work is the pairs times that bound.
 *
 * Pairs must be offered in order of A's sentence, all of one sentence of A together (`offer`, then
 * `closeSentenceA`), each (A, B) once. The result is the same as sorting every pair strongest
 * first and keeping one while either of its sentences has had fewer than `perSentence` before it.
 */
export class BestPairs {
  private ofA: SentencePair[] = [];
  /** Each sentence of B's best so far, by its number (sentence numbers are small and dense). */
  private readonly ofB: (SentencePair[] | undefined)[] = [];
  private readonly kept: SentencePair[] = [];

  constructor(private readonly perSentence: number) {}

  /** A pair of the current sentence of A (`regionA` the same until `closeSentenceA`). */
  offer(regionA: number, regionB: number, value: number): void {
    let pair: SentencePair | undefined;
    // A's best: strongest first, then B's sentence in order (pairs come in B's order of touch).
    const atA = placeInA(this.ofA, this.perSentence, value, regionB);
    if (atA >= 0) {
      pair = { regionA, regionB, value };
      insertAt(this.ofA, atA, pair, this.perSentence);
    }
    // B's best: strongest first, then A's sentence in order, which is the order pairs come in.
    let ofB = this.ofB[regionB];
    if (ofB === undefined) this.ofB[regionB] = ofB = [];
    const atB = placeInB(ofB, this.perSentence, value);
    if (atB >= 0) insertAt(ofB, atB, pair ?? { regionA, regionB, value }, this.perSentence);
  }

  /** The current sentence of A has had all its pairs: its best are final. */
  closeSentenceA(): void {
    for (const pair of this.ofA) this.kept.push(pair);
    this.ofA = [];
  }

  /**
   * The kept pairs in text order (A's sentence, then B's). A pair among the best of both its
   * sentences is one object in both lists: it is taken once.
   */
  result(): SentencePair[] {
    this.closeSentenceA();
    const taken = new Set(this.kept);
    const all = [...this.kept];
    for (const list of this.ofB) if (list !== undefined) for (const pair of list) if (!taken.has(pair)) all.push(pair);
    return all.sort(byRegions);
  }
}

const byRegions = (x: SentencePair, y: SentencePair): number => x.regionA - y.regionA || x.regionB - y.regionB;

/**
 * Where a pair goes in a best-first list of at most `limit` of one sentence of A: before the first
 * it beats (weaker, or as strong with a later sentence of B), or -1 when it is not among the best.
 */
function placeInA(list: readonly SentencePair[], limit: number, value: number, regionB: number): number {
  // The list is in the order `beats` sorts by: a pair that does not beat its last beats none.
  const last = list[list.length - 1];
  if (list.length >= limit && last !== undefined && !(last.value < value || (last.value === value && last.regionB > regionB))) return -1;
  for (let i = 0; i < list.length; i += 1) {
    const other = list[i] as SentencePair;
    if (other.value < value || (other.value === value && other.regionB > regionB)) return i;
  }
  return list.length < limit ? list.length : -1;
}

/** The same in a list of one sentence of B, whose pairs come in A's order: before the first weaker one. */
function placeInB(list: readonly SentencePair[], limit: number, value: number): number {
  const last = list[list.length - 1];
  if (list.length >= limit && last !== undefined && last.value >= value) return -1;
  for (let i = 0; i < list.length; i += 1) if ((list[i] as SentencePair).value < value) return i;
  return list.length < limit ? list.length : -1;
}

function insertAt(list: SentencePair[], at: number, pair: SentencePair, limit: number): void {
  // Full lists drop their weakest first, so the list never grows past `limit` (and no length is set:
  // setting an array's length is a call into the runtime).
  if (list.length >= limit) list.pop();
  list.splice(at, 0, pair);
}
