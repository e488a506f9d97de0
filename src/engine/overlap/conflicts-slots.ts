import type { ClauseAlignment, UnitMatch } from './align.ts';
import type { Unit } from './units.ts';

/**
 * Values in one slot of two sentences that tell the same thing (decision 004, round 14c).
 *
 * The aligner has already set two sentences side by side and matched their words one to one
 * (`The baby died at the Royal Oldham Hospital on Saturday` / `… died at the Royal Oldham
 * Hospital on Sunday`). A value (a figure, a day, a time of day) that no match covers and that
 * stands in the same gap of the matched words on both sides — after the same matched word and
 * before the same one, in its clause — fills the one slot the two sentences word differently.
 * The detectors ask what stands beside a value and how much the sentences share; this reads the
 * alignment itself, so it holds for words the detectors do not weigh (`Hospital`, `employ`).
 */

/** The units the stretch matches, on both sides: what no slot holds. */
function matchedUnits(stretch: ClauseAlignment): Set<Unit> {
  const matched = new Set<Unit>();
  for (const match of stretch.matches) {
    matched.add(match.a);
    matched.add(match.b);
  }
  return matched;
}

/** A value the slot reader may pair: a figure or a date, not a matched one. */
const isValue = (unit: Unit): boolean => unit.quantity !== null || unit.date !== null;

interface Gap {
  before: UnitMatch | null;
  after: UnitMatch | null;
}

/**
 * The gap of the stretch's matches a value stands in on one side: the nearest match before it
 * and after it in its clause (null: none there).
 */
function gapOf(unit: Unit, matches: readonly UnitMatch[], side: 'a' | 'b'): Gap {
  let before: UnitMatch | null = null;
  let after: UnitMatch | null = null;
  for (const match of matches) {
    const other = match[side];
    if (other.clause !== unit.clause) continue;
    if (other.end <= unit.start && (before === null || other.start > before[side].start)) before = match;
    if (other.start >= unit.end && (after === null || other.start < after[side].start)) after = match;
  }
  return { before, after };
}

const sameGap = (x: Gap, y: Gap): boolean => x.before === y.before && x.after === y.after && (x.before !== null || x.after !== null);

/**
 * Units a value may stand from the match that holds it in place (`Hospital on Saturday`: none;
 * `employ around 1,600 people`: none; `in Tallinn in the early hours of Sunday`: two, too far).
 * The stretch's matches are few: a value several words from the nearest says nothing of its slot.
 */
const MAX_UNITS_BETWEEN = 1;

/** The value stands next to a match of its gap, at most `MAX_UNITS_BETWEEN` units away. */
function heldInPlace(unit: Unit, gap: Gap, units: readonly Unit[], side: 'a' | 'b'): boolean {
  const at = units.indexOf(unit);
  const distance = (match: UnitMatch | null): number => (match === null ? Infinity : Math.abs(units.indexOf(match[side]) - at) - 1);
  return Math.min(distance(gap.before), distance(gap.after)) <= MAX_UNITS_BETWEEN;
}

export interface SlotPair {
  a: Unit;
  b: Unit;
  /** What the stretch shares besides the two values: the evidence that it tells one thing. */
  strength: number;
}

/**
 * Pairs of values, one in each sentence of a stretch, that stand alone in the same gap of its
 * matches. `least` is the strength the stretch must have (a fact's: it tells one thing).
 * `comparable` says whether two values could be one value told twice (one family of figure, two
 * dates, two times of day): a gap that holds two comparable values on one side tells two things.
 */
export function slotPairs(
  stretch: ClauseAlignment,
  unitsA: readonly Unit[],
  unitsB: readonly Unit[],
  least: number,
  comparable: (a: Unit, b: Unit) => boolean,
): SlotPair[] {
  if (stretch.strength < least) return [];
  const matched = matchedUnits(stretch);
  const free = (units: readonly Unit[]): Unit[] => units.filter((unit) => isValue(unit) && !matched.has(unit));
  const [valuesA, valuesB] = [free(unitsA), free(unitsB)];
  if (valuesA.length === 0 || valuesB.length === 0) return [];
  const gapsA = valuesA.map((unit) => gapOf(unit, stretch.matches, 'a'));
  const gapsB = valuesB.map((unit) => gapOf(unit, stretch.matches, 'b'));
  const pairs: SlotPair[] = [];
  valuesA.forEach((a, i) => {
    const gapA = gapsA[i] as Gap;
    valuesB.forEach((b, j) => {
      const gapB = gapsB[j] as Gap;
      if (!sameGap(gapA, gapB) || !heldInPlace(a, gapA, unitsA, 'a') || !heldInPlace(b, gapB, unitsB, 'b') || !comparable(a, b)) return;
      // Alone in the slot: no other value of its kind shares the gap on either side.
      const rivalA = valuesA.some((other, k) => k !== i && sameGap(gapsA[k] as Gap, gapA) && comparable(other, b));
      const rivalB = valuesB.some((other, k) => k !== j && sameGap(gapsB[k] as Gap, gapB) && comparable(a, other));
      if (!rivalA && !rivalB) pairs.push({ a, b, strength: stretch.strength });
    });
  });
  return pairs;
}

/** A run of adjacent names no match covers (`Transport Minister Ingrid Solheim`, `Liberia`): one name, as the slot reader pairs it. */
export interface NameRun {
  units: readonly Unit[];
  clause: number;
  start: number;
  end: number;
}

const isName = (unit: Unit): boolean => unit.kind === 'name' || unit.kind === 'alias';

/** The runs of adjacent names in a sentence of which no unit is matched. */
function freeNameRuns(units: readonly Unit[], matched: ReadonlySet<Unit>): NameRun[] {
  const runs: NameRun[] = [];
  for (let at = 0; at < units.length; at += 1) {
    const first = units[at] as Unit;
    if (!isName(first)) continue;
    let last = at;
    while (units[last + 1] !== undefined && isName(units[last + 1] as Unit) && units[last + 1]?.first === units[last]?.last) last += 1;
    const run = units.slice(at, last + 1);
    at = last;
    if (run.some((unit) => matched.has(unit))) continue;
    runs.push({ units: run, clause: first.clause, start: first.start, end: (run.at(-1) as Unit).end });
  }
  return runs;
}

/**
 * How a run stands to the matches of its gap: whether one holds it in place (at most
 * `MAX_UNITS_BETWEEN` units away), and whether both do (the slot is closed on each side: `road
 * near Castlebar in County Mayo`, `road near Ballinrobe, Co Mayo`).
 */
function runHold(run: NameRun, gap: Gap, units: readonly Unit[], side: 'a' | 'b'): { held: boolean; closed: boolean } {
  const [from, to] = [units.indexOf(run.units[0] as Unit), units.indexOf(run.units.at(-1) as Unit)];
  const before = gap.before !== null && from - units.indexOf(gap.before[side]) - 1 <= MAX_UNITS_BETWEEN;
  const after = gap.after !== null && units.indexOf(gap.after[side]) - to - 1 <= MAX_UNITS_BETWEEN;
  return { held: before || after, closed: before && after };
}

export interface NameSlotPair {
  a: NameRun;
  b: NameRun;
  /** The matches that bound the slot (before it, after it): the role the names fill. */
  bounds: readonly UnitMatch[];
  /** Both matches of the gap hold the names in place, on both sides. */
  closed: boolean;
  strength: number;
}

/**
 * Names, one in each sentence of a stretch, that stand alone in the same gap of its matches
 * (`the ribbon was cut by Terje Nakken` / `the ribbon was cut by Ingrid Solheim`): the one slot
 * the two sentences fill with different names. Whether they can be one name is the caller's.
 */
export function nameSlotPairs(stretch: ClauseAlignment, unitsA: readonly Unit[], unitsB: readonly Unit[], least: number): NameSlotPair[] {
  if (stretch.strength < least) return [];
  const matched = matchedUnits(stretch);
  const [runsA, runsB] = [freeNameRuns(unitsA, matched), freeNameRuns(unitsB, matched)];
  if (runsA.length === 0 || runsB.length === 0) return [];
  const gapsA = runsA.map((run) => gapOf(run.units[0] as Unit, stretch.matches, 'a'));
  const gapsB = runsB.map((run) => gapOf(run.units[0] as Unit, stretch.matches, 'b'));
  const pairs: NameSlotPair[] = [];
  runsA.forEach((a, i) => {
    const gapA = gapsA[i] as Gap;
    runsB.forEach((b, j) => {
      const gapB = gapsB[j] as Gap;
      if (!sameGap(gapA, gapB)) return;
      const [holdA, holdB] = [runHold(a, gapA, unitsA, 'a'), runHold(b, gapB, unitsB, 'b')];
      if (!holdA.held || !holdB.held) return;
      // Alone in the slot: no other name shares the gap on either side.
      const rivalA = gapsA.some((gap, k) => k !== i && sameGap(gap, gapA));
      const rivalB = gapsB.some((gap, k) => k !== j && sameGap(gap, gapB));
      if (!rivalA && !rivalB) pairs.push({ a, b, bounds: [gapA.before, gapA.after].filter((match) => match !== null), closed: holdA.closed && holdB.closed, strength: stretch.strength });
    });
  });
  return pairs;
}
