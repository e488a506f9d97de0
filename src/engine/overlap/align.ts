import { matchUnits, meetingKeys } from './align-pairing.ts';
import { labelsAName, separateEntities } from './align-saying.ts';
import { byStartA, spanOf } from './align-spans.ts';
import { firstRestricted } from './align-windows.ts';
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
    const matches = firstRestricted(pool, unitsA, unitsB);
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
