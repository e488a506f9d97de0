import { unitSimilarity } from './align-similarity.ts';
import { labelsAName, separateEntities } from './align-saying.ts';
import { byStartA, spanOf } from './align-spans.ts';
import { StampedIndexes, mostIndex, restrict } from './align-windows.ts';
import { isEntityUnit, type Unit } from './units.ts';

export { SPEECH } from './align-spans.ts';

/** Two units, one in each report, that say the same thing. */
export interface UnitMatch {
  a: Unit;
  b: Unit;
  /** How alike: 1 the same word or entity, less for synonyms and related words. */
  similarity: number;
  /** similarity × the lighter unit's weight. */
  value: number;
}

/** The best-matching stretch of one sentence of each report. */
export interface ClauseAlignment {
  /** The sentence in each report the stretch lies in. */
  regionA: number;
  regionB: number;
  matches: UnitMatch[];
  /** Total value of the matches. */
  strength: number;
  /** The part of the value carried by words (not names, places, dates). */
  content: number;
  /** Matches of the very same word, name or figure (synonyms and frames count half). */
  anchors: number;
  /**
   * What the stretch says beyond naming someone: content matches, where one repeated word
   * beside a name (“attorney Michael Brandt”) counts for nothing, but a figure or a paraphrase
   * (“President-elect” / “inauguration”) counts.
   */
  saying: number;
  /** What to highlight on each side: from the first to the last match, widened for a lone figure. */
  spanA: { start: number; end: number };
  spanB: { start: number; end: number };
  /**
   * What else the two sentences share outside the stretch (the value of their other matched
   * units), when the stretch came from aligning the whole sentences; unknown otherwise.
   */
  besides?: number;
}

/** Quantities meet all quantities, dates all dates, by value; other keys are numbered from 0. */
const QUANTITY_KEYS: readonly number[] = Object.freeze([-1]);
const DATE_KEYS: readonly number[] = Object.freeze([-2]);

/**
 * The keys a unit can meet another by, numbered (`numberKeys`); quantities and dates are
 * compared by value instead.
 */
function meetingKeys(unit: Unit): readonly number[] {
  if (unit.quantity !== null) return QUANTITY_KEYS;
  if (unit.date !== null) return DATE_KEYS;
  return unit.keyIds;
}

/** A sentence's units by the keys they meet others by. */
export type UnitIndex = ReadonlyMap<number, readonly Unit[]>;

/** Index units by their meeting keys: built once per sentence, asked by every pair it is in. */
export function indexUnits(units: readonly Unit[]): UnitIndex {
  const byKey = new Map<number, Unit[]>();
  for (const unit of units) {
    for (const key of meetingKeys(unit)) {
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [unit]);
      else list.push(unit);
    }
  }
  return byKey;
}

/**
 * Strongest first, then in text order. Comparators and callbacks of the hot paths here are
 * module-level functions, not arrow functions made per call: V8 keeps the optimised code of a
 * function made per call only while one lives, so a full garbage collection between two
 * comparisons discarded it and the next comparison compiled it again.
 */
const byValueThenPlace = (x: UnitMatch, y: UnitMatch): number => y.value - x.value || x.a.index - y.a.index || x.b.index - y.b.index;

/** The units already paired by `matchUnits`, by index on each side. */
const usedA = new StampedIndexes();
const usedB = new StampedIndexes();

/**
 * Every pair of units that share a key, best value first. Only units that share a key are
 * compared, so long sentences cost what they share, not the product of their lengths.
 */
function candidateMatches(unitsA: readonly Unit[], byKey: UnitIndex): UnitMatch[] {
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

/** Pair units one to one, in the order of `all`. */
function oneToOne(all: readonly UnitMatch[]): UnitMatch[] {
  // The units already paired, by index on each side.
  usedA.begin(mostIndex(all, 'a'));
  usedB.begin(mostIndex(all, 'b'));
  const chosen: UnitMatch[] = [];
  for (const match of all) {
    if (usedA.has(match.a.index) || usedB.has(match.b.index)) continue;
    usedA.mark(match.a.index);
    usedB.mark(match.b.index);
    chosen.push(match);
  }
  return chosen;
}

/** How many candidate matches each unit is in, by index on each side (`byAnchors`). */
let countsA = new Int32Array(256);
let countsB = new Int32Array(256);

/**
 * The candidates again, ties of value read by the sentence's sure matches instead of by place;
 * null when no match is sure, or every one is. A word a sentence repeats (`40 cents a litre on
 * drinks containing more than 8 grams …, and 20 cents a litre on drinks with between 5 and 8
 * grams`) meets its one counterpart in the other sentence (`A lower 20 cent rate covers drinks
 * with between five and eight grams`) as often as it occurs, all alike, and paired by place the
 * first occurrence takes it. A match whose two units meet nothing else is sure; a tied one is
 * read by how far it leaves the diagonal of the sure match nearest it (its index on each side,
 * less the sure match's), then by place.
 */
function byAnchors(all: readonly UnitMatch[]): UnitMatch[] | null {
  const [mostA, mostB] = [mostIndex(all, 'a'), mostIndex(all, 'b')];
  if (mostA >= countsA.length) countsA = new Int32Array(mostA + 1);
  if (mostB >= countsB.length) countsB = new Int32Array(mostB + 1);
  countsA.fill(0, 0, mostA + 1);
  countsB.fill(0, 0, mostB + 1);
  for (const match of all) {
    countsA[match.a.index] = (countsA[match.a.index] as number) + 1;
    countsB[match.b.index] = (countsB[match.b.index] as number) + 1;
  }
  const sure = all.filter((match) => countsA[match.a.index] === 1 && countsB[match.b.index] === 1);
  if (sure.length === 0 || sure.length === all.length) return null;
  const offDiagonal = new Map<UnitMatch, number>();
  for (const match of all) {
    let nearest = sure[0] as UnitMatch;
    for (const anchor of sure) if (Math.abs(anchor.a.index - match.a.index) < Math.abs(nearest.a.index - match.a.index)) nearest = anchor;
    offDiagonal.set(match, Math.abs(match.a.index - nearest.a.index - (match.b.index - nearest.b.index)));
  }
  return [...all].sort((x, y) => y.value - x.value || (offDiagonal.get(x) as number) - (offDiagonal.get(y) as number) || x.a.index - y.a.index || x.b.index - y.b.index);
}

/** The first stretch `alignRegionsUpTo` draws from a pairing: its strength, and the units it spans on both sides. */
function firstStretch(pool: readonly UnitMatch[], unitsA: readonly Unit[], unitsB: readonly Unit[]): { strength: number; spanned: number } {
  let matches = restrict(pool, unitsA, 'a');
  matches = restrict(matches, unitsB, 'b');
  matches = restrict(matches, unitsA, 'a');
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

function isIn(this: ReadonlySet<UnitMatch>, match: UnitMatch): boolean {
  return this.has(match);
}

/** What the pairing by sure matches must add to the first stretch to replace the pairing by place: a whole exact match, less rounding. */
const ANCHORED_GAIN = 0.99;

/**
 * Pair units one to one, best value first; ties by place, or by the sentence's sure matches
 * (`byAnchors`) when that pairing's first stretch is stronger by a whole match and no looser
 * (as strong for the units it spans): a repeated word then goes to the occurrence among the
 * words it is told with (decision 004, round 24r).
 */
function matchUnits(unitsA: readonly Unit[], unitsB: readonly Unit[], byKey: UnitIndex): UnitMatch[] {
  const all = candidateMatches(unitsA, byKey);
  const byPlace = oneToOne(all);
  const reordered = byAnchors(all);
  if (reordered === null) return byPlace;
  const bySure = oneToOne(reordered);
  if (bySure.length === byPlace.length && bySure.every(isIn, new Set(byPlace))) return byPlace;
  const [x, y] = [firstStretch(byPlace, unitsA, unitsB), firstStretch(bySure, unitsA, unitsB)];
  return y.strength > x.strength + ANCHORED_GAIN && y.strength / y.spanned >= x.strength / x.spanned ? bySure : byPlace;
}

/** Content is what is done or said: anything but the same name on both sides, or a date. */
export const isContent = (match: UnitMatch): boolean =>
  match.a.date === null && !(isEntityUnit(match.a) && isEntityUnit(match.b) && match.a.key === match.b.key);

/** Stretches drafted per sentence pair for the hand-set rules (compare.ts drafts more for the learned gate). */
export const MAX_ALIGNMENTS_PER_PAIR = 3;

export function measure(regionA: number, regionB: number, matches: UnitMatch[], unitsA: readonly Unit[], unitsB: readonly Unit[], besides?: number): ClauseAlignment {
  const strength = matches.reduce((sum, match) => sum + match.value, 0);
  const content = matches.filter(isContent).reduce((sum, match) => sum + match.value, 0);
  // An exact match anchors a fact; a synonym or a word of the same event half as much.
  const anchors = matches.reduce((sum, match) => sum + (match.similarity === 1 ? 1 : 0.5), 0);
  const contentMatches = matches.filter(isContent);
  const saying =
    contentMatches.length >= 2
      ? contentMatches.length
      : contentMatches.filter((match) => match.similarity < 1 || match.a.quantity !== null).length || (contentMatches.length === 1 && separateEntities(matches) >= 2 && !labelsAName(contentMatches[0], matches) ? 1 : 0);
  const alignment: ClauseAlignment = { regionA, regionB, matches, strength, content, anchors, saying, spanA: spanOf(matches, 'a', unitsA), spanB: spanOf(matches, 'b', unitsB) };
  // Set on the literal, never `{ ...alignment, besides }`. In the V8 of Node 20 an object literal
  // that spreads one object and then adds a property the object lacks gets a hidden class (map) of
  // its own, one per object made (`%HaveSameMap` over 3,000 of them: 2,992 maps). Reading a field of thousands of
  // such objects misses V8's property caches every time (a runtime lookup instead of a load), and
  // every map is one more object to collect: at 16,000 words, reading one field of each of the
  // comparison's sentence-pair records took 20 ms instead of 0.1 (decision 004, round 14s).
  // `{ field, ...record }`, `{ ...record }` alone and a spread that only overwrites fields the
  // record has share their maps.
  if (besides !== undefined) alignment.besides = besides;
  return alignment;
}

/** What each part of a split stretch must hold on its own: the strength and anchors of a fact. */
const PART_STRENGTH = 1.6;
const PART_ANCHORS = 1.5;

/**
 * A stretch that runs across a clause boundary in both reports, in the same order (`recalling
 * 2 million jars | after officials linked its products to an outbreak`), where each side of the
 * boundary is a fact by itself, states two facts: it is split there.
 */
function splitAtClauses(matches: UnitMatch[]): UnitMatch[][] {
  for (let k = 1; k < matches.length; k += 1) {
    const [before, after] = [matches.slice(0, k), matches.slice(k)];
    const last = before.at(-1);
    const next = after[0];
    if (last === undefined || next === undefined || last.a.clause === next.a.clause) continue;
    const lastB = Math.max(...before.map((match) => match.b.index));
    const firstB = Math.min(...after.map((match) => match.b.index));
    const [ofBefore, ofAfter] = [clausesOnB(before), clausesOnB(after)];
    if (lastB >= firstB || [...ofBefore].some((clause) => ofAfter.has(clause))) continue;
    if (holdsAPart(before) && holdsAPart(after)) return [before, ...splitAtClauses(after)];
  }
  return [matches];
}

// Module-level, not made per boundary tried: tsx, which runs the bench, names every function made.
const clausesOnB = (part: UnitMatch[]): Set<number> => new Set(part.map((match) => match.b.clause));
const holdsAPart = (part: UnitMatch[]): boolean =>
  part.length >= 2 && part.reduce((sum, match) => sum + match.value, 0) >= PART_STRENGTH && part.reduce((sum, match) => sum + (match.similarity === 1 ? 1 : 0.5), 0) >= PART_ANCHORS;

/**
 * Align one sentence of each report: the tightest stretches that say the same thing. A
 * stretch may run on into the next clause at a cost, and across a quotation mark at a high
 * one. A long sentence can share more than one thing with another, so after the best stretch
 * the search runs again on what is left.
 */
export function alignRegions(regionA: number, unitsA: readonly Unit[], regionB: number, unitsB: readonly Unit[], indexB: UnitIndex = indexUnits(unitsB)): ClauseAlignment[] {
  return alignRegionsUpTo(regionA, unitsA, regionB, unitsB, indexB, MAX_ALIGNMENTS_PER_PAIR).alignments;
}

/**
 * `alignRegions` searching on until `most` stretches are found; `within`: how many of them
 * (a prefix) `alignRegions` finds, so the first ones are the same whatever `most` is.
 */
export function alignRegionsUpTo(
  regionA: number,
  unitsA: readonly Unit[],
  regionB: number,
  unitsB: readonly Unit[],
  indexB: UnitIndex,
  most: number,
): { alignments: ClauseAlignment[]; within: number } {
  let within = -1;
  let pool = matchUnits(unitsA, unitsB, indexB);
  // Everything the two sentences share: what a stretch leaves out of it is what else they share.
  const shared = pool;
  const alignments: ClauseAlignment[] = [];
  while (pool.length > 0 && alignments.length < most) {
    if (within < 0 && alignments.length >= MAX_ALIGNMENTS_PER_PAIR) within = alignments.length;
    let matches = restrict(pool, unitsA, 'a');
    matches = restrict(matches, unitsB, 'b');
    matches = restrict(matches, unitsA, 'a');
    if (matches.length === 0) break;
    matches.sort(byStartA);
    for (const part of splitAtClauses(matches)) {
      const inPart = new Set(part);
      let besides = 0;
      for (const match of shared) besides += inPart.has(match) ? 0 : match.value;
      alignments.push(measure(regionA, regionB, part, unitsA, unitsB, besides));
    }
    const used = new Set(matches);
    const [firstA, lastA] = [matches[0]?.a.start ?? 0, matches.at(-1)?.a.end ?? 0];
    const spanB = matches.map((match) => match.b);
    const [firstB, lastB] = [Math.min(...spanB.map((unit) => unit.start)), Math.max(...spanB.map((unit) => unit.end))];
    // What is left must lie outside both stretches, so the next one cannot overlap this one.
    pool = pool.filter((match) => !used.has(match) && (match.a.end <= firstA || match.a.start >= lastA) && (match.b.end <= firstB || match.b.start >= lastB));
  }
  return { alignments, within: within < 0 ? alignments.length : within };
}
