import type { UnitMatch } from './align.ts';
import type { Unit } from './units.ts';

/**
 * The window of a sentence pair's matches that says one thing (split from align.ts): the
 * stretch where matched units outweigh the unmatched ones between them.
 */

/** What an unmatched unit costs a window, relative to its weight. */
const GAP_PENALTY = 0.3;
/** What it costs a window to run on into the next clause, or across a quotation mark. */
const CLAUSE_BARRIER = 0.6;
const QUOTE_BARRIER = 2;

function barrier(previous: Unit | undefined, unit: Unit): number {
  if (previous === undefined) return 0;
  if (previous.quoted !== unit.quoted) return QUOTE_BARRIER;
  return previous.clause === unit.clause ? 0 : CLAUSE_BARRIER;
}

/**
 * A set of unit indexes for one call at a time: an array kept for the module's life, its marks
 * told apart from earlier calls' by a stamp, instead of a new set or map per call (`oneToOne` in
 * align-pairing.ts and `restrict` run for every stretch of every sentence pair).
 */
export class StampedIndexes {
  stamps = new Int32Array(256);
  private stamp = 0;

  /** Empties the set, and grows it to hold indexes up to `most`. */
  begin(most: number): void {
    if (most >= this.stamps.length) {
      this.stamps = new Int32Array(Math.max(most + 1, this.stamps.length * 2));
      this.stamp = 0;
    } else if (this.stamp >= 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    this.stamp += 1;
  }

  has(index: number): boolean {
    return this.stamps[index] === this.stamp;
  }

  mark(index: number): void {
    this.stamps[index] = this.stamp;
  }
}

export function mostIndex(matches: readonly UnitMatch[], side: 'a' | 'b'): number {
  let most = -1;
  for (const match of matches) most = Math.max(most, match[side].index);
  return most;
}

/**
 * The stretch of `units` where matched units outweigh the unmatched ones between them
 * (Kadane's maximum-sum window): it keeps “supplied troops” and drops the rest of the clause.
 * `valued` gives the value matched at a unit, by its index (see `valueAt`).
 */
function bestWindow(units: readonly Unit[], valued: ValueByIndex): [number, number] | null {
  let best = 0;
  let bestRange: [number, number] | null = null;
  let sum = 0;
  let from = 0;
  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index] as Unit;
    const matched = valued.matched.has(unit.index);
    const value = matched ? (valued.values[unit.index] as number) : -GAP_PENALTY * unit.weight;
    if (sum < 0) {
      sum = 0;
      from = index;
    }
    sum += value - (index > from ? barrier(units[index - 1], unit) : 0);
    if (matched && sum > best) {
      best = sum;
      bestRange = [from, index];
    }
  }
  return bestRange;
}

/**
 * The value matched at each unit of one side, by unit index, for one `restrict` (three calls per
 * stretch of every sentence pair): `values` holds a value where `matched` has the index.
 */
interface ValueByIndex {
  matched: StampedIndexes;
  values: Float64Array;
}
const valued: ValueByIndex = { matched: new StampedIndexes(), values: new Float64Array(256) };

function valueAt(matches: readonly UnitMatch[], side: 'a' | 'b'): ValueByIndex {
  const { matched } = valued;
  matched.begin(mostIndex(matches, side));
  if (valued.values.length < matched.stamps.length) valued.values = new Float64Array(matched.stamps.length);
  const { values } = valued;
  for (const match of matches) {
    const index = match[side].index;
    values[index] = (matched.has(index) ? (values[index] as number) : 0) + match.value;
    matched.mark(index);
  }
  return valued;
}

export function restrict(matches: readonly UnitMatch[], units: readonly Unit[], side: 'a' | 'b'): UnitMatch[] {
  const window = bestWindow(units, valueAt(matches, side));
  if (window === null) return [];
  // Units come in text order, so the window's units are those with an index between its ends.
  const low = units[window[0]]?.index ?? 0;
  const high = units[window[1]]?.index ?? -1;
  const kept: UnitMatch[] = [];
  for (const match of matches) if (match[side].index >= low && match[side].index <= high) kept.push(match);
  return kept;
}

/**
 * The first stretch of a pool of matches: narrowed on A, then B, then A again, as
 * `alignRegionsUpTo` draws it; `from` 'b' narrows on B first (the same sentence pair read the
 * other way round: `firstStretch`).
 */
export function firstRestricted(pool: readonly UnitMatch[], unitsA: readonly Unit[], unitsB: readonly Unit[], from: 'a' | 'b' = 'a'): UnitMatch[] {
  if (from === 'b') return restrict(restrict(restrict(pool, unitsB, 'b'), unitsA, 'a'), unitsB, 'b');
  return restrict(restrict(restrict(pool, unitsA, 'a'), unitsB, 'b'), unitsA, 'a');
}
