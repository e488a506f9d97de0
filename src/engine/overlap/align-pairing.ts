import type { UnitIndex, UnitMatch } from './align.ts';
import { unitSimilarity } from './align-similarity.ts';
import { StampedIndexes, firstRestricted, mostIndex } from './align-windows.ts';
import { isEntityUnit, type Unit } from './units.ts';

/**
 * Which units of one sentence pair meet which (split from align.ts, decision 004, mend B of
 * session 18): every candidate match, then one match per unit, best value first; ties of value
 * by place, or by the sentence pair's sure matches when that draws a stronger first stretch
 * (round 24r).
 */

/** Quantities meet all quantities, dates all dates, by value; other keys are numbered from 0. */
const QUANTITY_KEYS: readonly number[] = Object.freeze([-1]);
const DATE_KEYS: readonly number[] = Object.freeze([-2]);

/**
 * The keys a unit can meet another by, numbered (`numberKeys`); quantities and dates are
 * compared by value instead.
 */
export function meetingKeys(unit: Unit): readonly number[] {
  if (unit.quantity !== null) return QUANTITY_KEYS;
  if (unit.date !== null) return DATE_KEYS;
  return unit.keyIds;
}

/**
 * Strongest first, then in text order. Comparators and callbacks of the hot paths here are
 * module-level functions, not arrow functions made per call: V8 keeps the optimised code of a
 * function made per call only while one lives, so a full garbage collection between two
 * comparisons discarded it and the next comparison compiled it again.
 */
const byValueThenPlace = (x: UnitMatch, y: UnitMatch): number => y.value - x.value || x.a.index - y.a.index || x.b.index - y.b.index;

/**
 * Every pair of units that share a key, best value first. Only units that share a key are
 * compared, so long sentences cost what they share, not the product of their lengths.
 */
export function candidateMatches(unitsA: readonly Unit[], byKey: UnitIndex): UnitMatch[] {
  const all: UnitMatch[] = [];
  // The units of B this unit of A has met already (through another key): a sentence's few.
  const seen: Unit[] = [];
  // Indexed loops: the arrays' iterators allocated a result per step here (decision 004, round 19s).
  for (let i = 0; i < unitsA.length; i += 1) {
    const a = unitsA[i] as Unit;
    seen.length = 0;
    const keys = meetingKeys(a);
    for (let k = 0; k < keys.length; k += 1) {
      const list = byKey.get(keys[k] as number);
      if (list === undefined) continue;
      for (let m = 0; m < list.length; m += 1) {
        const b = list[m] as Unit;
        if (seen.includes(b)) continue;
        seen.push(b);
        const similarity = unitSimilarity(a, b);
        if (similarity > 0) all.push({ a, b, similarity, value: similarity * Math.min(a.weight, b.weight) });
      }
    }
  }
  all.sort(byValueThenPlace);
  return all;
}

/** The units already paired by `oneToOne`, by index on each side, and the value each was paired at. */
const usedA = new StampedIndexes();
const usedB = new StampedIndexes();
let pairedAtA = new Float64Array(256);
let pairedAtB = new Float64Array(256);

/** Whether the last `oneToOne` refused a match for a unit paired at the same value: a tie its order decided. */
let contested = false;

/** Whether the last `oneToOne` refused a match for a unit paired at the same value (`matchUnits`' shortcut). */
export const tiesContested = (): boolean => contested;

/** Pair units one to one, in the order of `all`. */
export function oneToOne(all: readonly UnitMatch[]): UnitMatch[] {
  usedA.begin(mostIndex(all, 'a'));
  usedB.begin(mostIndex(all, 'b'));
  if (pairedAtA.length < usedA.stamps.length) pairedAtA = new Float64Array(usedA.stamps.length);
  if (pairedAtB.length < usedB.stamps.length) pairedAtB = new Float64Array(usedB.stamps.length);
  contested = false;
  const chosen: UnitMatch[] = [];
  for (let i = 0; i < all.length; i += 1) {
    const match = all[i] as UnitMatch;
    const [a, b] = [match.a.index, match.b.index];
    const takenA = usedA.has(a);
    const takenB = usedB.has(b);
    if (takenA || takenB) {
      if ((takenA && pairedAtA[a] === match.value) || (takenB && pairedAtB[b] === match.value)) contested = true;
      continue;
    }
    usedA.mark(a);
    usedB.mark(b);
    pairedAtA[a] = match.value;
    pairedAtB[b] = match.value;
    chosen.push(match);
  }
  return chosen;
}

/**
 * How many candidate matches each unit is in, by index on each side (`byAnchors`). Indexes count
 * across the whole report, so each call zeroes only the entries it counted, when it is done.
 */
let countsA = new Int32Array(256);
let countsB = new Int32Array(256);

/** `byAnchors`' scratch: the sure matches by index in A, and each candidate's distance off the diagonal by its place in `all`. */
const sure: UnitMatch[] = [];
let offDiagonal = new Float64Array(256);
let ordering: readonly UnitMatch[] = [];
const order: number[] = [];

const byAIndex = (x: UnitMatch, y: UnitMatch): number => x.a.index - y.a.index;

/** Value first, then nearest the diagonal of a sure match, then by place: positions in `ordering`. */
function byValueThenDiagonal(i: number, j: number): number {
  const [x, y] = [ordering[i] as UnitMatch, ordering[j] as UnitMatch];
  return y.value - x.value || (offDiagonal[i] as number) - (offDiagonal[j] as number) || x.a.index - y.a.index || x.b.index - y.b.index;
}

/**
 * A match whose two units meet nothing else in the sentence pair, by the very same word, neither
 * a name nor part of an attribution: a name or a title (`Health Minister Ana Ruiz`) is told beside
 * any fact, and says nothing of which occurrence of a repeated word goes with which.
 */
function isSure(match: UnitMatch): boolean {
  return (
    countsA[match.a.index] === 1 &&
    countsB[match.b.index] === 1 &&
    match.similarity === 1 &&
    !isEntityUnit(match.a) &&
    !isEntityUnit(match.b) &&
    !match.a.attribution &&
    !match.b.attribution
  );
}

/**
 * How far `match` leaves the diagonal of the sure match nearest it (its index on each side, less
 * the sure match's): nearest by the distance on both sides together, |Δa| + |Δb|, ties by the
 * smaller distance off the diagonal, so that the same holds whichever report is A. `sure` is in
 * order of index in A: the search starts where the match's would stand and walks out on each side
 * until the distance in A alone passes the best.
 */
function offNearestDiagonal(match: UnitMatch): number {
  let [low, high] = [0, sure.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sure[middle] as UnitMatch).a.index < match.a.index) low = middle + 1;
    else high = middle;
  }
  nearest.distance = Infinity;
  nearest.off = Infinity;
  for (let step = 0; ; step += 1) {
    const [up, down] = [sure[low + step], sure[low - 1 - step]];
    const upA = up === undefined ? Infinity : up.a.index - match.a.index;
    const downA = down === undefined ? Infinity : match.a.index - down.a.index;
    if (upA > nearest.distance && downA > nearest.distance) return nearest.off;
    if (up !== undefined) readAnchor(match, up);
    if (down !== undefined) readAnchor(match, down);
  }
}

/** The nearest sure match found so far by `offNearestDiagonal`: its distance, and the match's off its diagonal. */
const nearest = { distance: Infinity, off: Infinity };

function readAnchor(match: UnitMatch, anchor: UnitMatch): void {
  const [da, db] = [match.a.index - anchor.a.index, match.b.index - anchor.b.index];
  const [distance, off] = [Math.abs(da) + Math.abs(db), Math.abs(da - db)];
  if (distance < nearest.distance || (distance === nearest.distance && off < nearest.off)) {
    nearest.distance = distance;
    nearest.off = off;
  }
}

/**
 * The candidates again, ties of value read by the sentence's sure matches instead of by place;
 * null when no match is sure (`isSure`), or every one is. A word a sentence repeats (`40 cents a
 * litre on drinks containing more than 8 grams …, and 20 cents a litre on drinks with between 5
 * and 8 grams`) meets its one counterpart in the other sentence (`A lower 20 cent rate covers
 * drinks with between five and eight grams`) as often as it occurs, all alike, and paired by place
 * the first occurrence takes it. A tied match is read by how far it leaves the diagonal of the
 * sure match nearest it (`offNearestDiagonal`), then by place.
 */
export function byAnchors(all: readonly UnitMatch[]): UnitMatch[] | null {
  const [mostA, mostB] = [mostIndex(all, 'a'), mostIndex(all, 'b')];
  if (mostA >= countsA.length) countsA = new Int32Array(Math.max(mostA + 1, countsA.length * 2));
  if (mostB >= countsB.length) countsB = new Int32Array(Math.max(mostB + 1, countsB.length * 2));
  for (let i = 0; i < all.length; i += 1) {
    const match = all[i] as UnitMatch;
    countsA[match.a.index] = (countsA[match.a.index] as number) + 1;
    countsB[match.b.index] = (countsB[match.b.index] as number) + 1;
  }
  sure.length = 0;
  for (let i = 0; i < all.length; i += 1) if (isSure(all[i] as UnitMatch)) sure.push(all[i] as UnitMatch);
  for (let i = 0; i < all.length; i += 1) {
    const match = all[i] as UnitMatch;
    countsA[match.a.index] = 0;
    countsB[match.b.index] = 0;
  }
  if (sure.length === 0 || sure.length === all.length) return null;
  sure.sort(byAIndex);
  if (offDiagonal.length < all.length) offDiagonal = new Float64Array(Math.max(all.length, offDiagonal.length * 2));
  order.length = 0;
  for (let i = 0; i < all.length; i += 1) {
    offDiagonal[i] = offNearestDiagonal(all[i] as UnitMatch);
    order.push(i);
  }
  ordering = all;
  order.sort(byValueThenDiagonal);
  ordering = [];
  sure.length = 0;
  const reordered: UnitMatch[] = [];
  for (let i = 0; i < order.length; i += 1) reordered.push(all[order[i] as number] as UnitMatch);
  return reordered;
}

/** The first stretch `alignRegionsUpTo` draws from a pairing: its strength, and the units it spans on both sides. */
export interface FirstStretch {
  strength: number;
  spanned: number;
}

/**
 * The first stretch `alignRegionsUpTo` draws from a pairing, narrowed on `from`'s side first
 * (`firstRestricted`).
 */
export function firstStretch(pool: readonly UnitMatch[], unitsA: readonly Unit[], unitsB: readonly Unit[], from: 'a' | 'b'): FirstStretch {
  const matches = firstRestricted(pool, unitsA, unitsB, from);
  let strength = 0;
  let [lowA, highA, lowB, highB] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const match of matches) {
    strength += match.value;
    lowA = Math.min(lowA, match.a.index);
    highA = Math.max(highA, match.a.index);
    lowB = Math.min(lowB, match.b.index);
    highB = Math.max(highB, match.b.index);
  }
  return { strength, spanned: matches.length === 0 ? 1 : highA - lowA + highB - lowB + 2 };
}

/**
 * What the pairing by sure matches must add to the first stretch to replace the pairing by place:
 * a whole exact match. Measured (round 24r): any gain, .5 and 1.5 against .99; below 1 so that an
 * exact match of weight 1 summed in another order still counts.
 */
export const ANCHORED_GAIN = 0.99;

/** Whether the pairing by sure matches wins: its first stretch stronger by a whole match, and no looser (as strong for the units it spans). */
export function anchoredWins(byPlace: FirstStretch, bySure: FirstStretch): boolean {
  return bySure.strength > byPlace.strength + ANCHORED_GAIN && bySure.strength / bySure.spanned >= byPlace.strength / byPlace.spanned;
}

function isIn(this: ReadonlySet<UnitMatch>, match: UnitMatch): boolean {
  return this.has(match);
}

/** Whether the pairing by sure matches draws the winning first stretch narrowed from `from`'s side first. */
function winsFrom(byPlace: readonly UnitMatch[], bySure: readonly UnitMatch[], unitsA: readonly Unit[], unitsB: readonly Unit[], from: 'a' | 'b'): boolean {
  return anchoredWins(firstStretch(byPlace, unitsA, unitsB, from), firstStretch(bySure, unitsA, unitsB, from));
}

/**
 * Pair units one to one, best value first; ties by place, or by the sentence's sure matches
 * (`byAnchors`) when that pairing's first stretch wins (`anchoredWins`) narrowed from either side
 * first: `alignRegionsUpTo` narrows A first, so the first stretch differs with the report read
 * first, and the choice is the same only if it holds both ways. A repeated word then goes to the
 * occurrence among the words it is told with (decision 004, round 24r). When no tie was contested
 * (no match refused for a unit paired at its own value), any order of the ties pairs the same
 * units, and the pairing by place stands unread.
 */
export function matchUnits(unitsA: readonly Unit[], unitsB: readonly Unit[], byKey: UnitIndex): UnitMatch[] {
  const all = candidateMatches(unitsA, byKey);
  const byPlace = oneToOne(all);
  if (!contested) return byPlace;
  const reordered = byAnchors(all);
  if (reordered === null) return byPlace;
  const bySure = oneToOne(reordered);
  if (bySure.length === byPlace.length && bySure.every(isIn, new Set(byPlace))) return byPlace;
  return winsFrom(byPlace, bySure, unitsA, unitsB, 'a') && winsFrom(byPlace, bySure, unitsA, unitsB, 'b') ? bySure : byPlace;
}
