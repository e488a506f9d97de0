import type { UnitMatch } from './align.ts';
import { isEntityUnit, type Unit } from './units.ts';

/**
 * What a stretch (align.ts `measure`) highlights on each side: from its first to its last match,
 * without the name that opens it and speaks, widened for a lone figure.
 */

/**
 * The stretch a fact highlights on one side. A figure shared alone (“39.7%”) takes the word
 * before it in its clause (“took 39.7%”, “Almonte 39.7%”), so the mark says what it is.
 */
export function spanOf(matches: readonly UnitMatch[], side: 'a' | 'b', units: readonly Unit[]): { start: number; end: number } {
  const matched = withoutSpeaker(matches, side, units);
  let start = Infinity;
  let end = -Infinity;
  for (const unit of matched) {
    if (unit.start < start) start = unit.start;
    if (unit.end > end) end = unit.end;
  }
  const [only] = matched;
  if (matched.length === 1 && only?.quantity !== null && only !== undefined) {
    const before = units[indexIn(units, only) - 1];
    if (before !== undefined && before.clause === only.clause) start = before.start;
  }
  return { start, end };
}

/**
 * Reporting verbs: what stands between a speaker and what the speaker said. Lemma keys, not
 * speakers.ts `SAYING_VERBS`' written forms: any form of each, and the verbs a source gives a fact by.
 */
export const SPEECH: ReadonlySet<string> = new Set(['lem:say', 'lem:tell', 'lem:announce', 'lem:add', 'lem:state', 'lem:confirm', 'lem:report', 'lem:write', 'lem:warn', 'lem:claim', 'lem:insist', 'lem:note', 'lem:explain']);

/**
 * `Quorvia Systems said Wednesday it will cut 3,000 jobs`: the name that opens a stretch and
 * speaks (a reporting verb follows it before anything else matched) is who said it, not what
 * was said, and stays out of the highlight.
 */
function withoutSpeaker(matches: readonly UnitMatch[], side: 'a' | 'b', units: readonly Unit[]): Unit[] {
  const sorted = [...matches].sort(side === 'a' ? byStartA : byStartB);
  // The leading name, possibly of several words (“Quorvia Systems”).
  let run = 0;
  while (isNameMatch(sorted[run]) && (run === 0 || positionIn(units, sorted[run], side) === positionIn(units, sorted[run - 1], side) + 1)) run += 1;
  const next = sorted[run];
  const matched = sorted.map(side === 'a' ? unitA : unitB);
  if (run === 0 || next === undefined) return matched;
  const speaks = units.slice(positionIn(units, sorted[run - 1], side) + 1, positionIn(units, next, side)).some(isSpeech);
  return speaks ? matched.slice(run) : matched;
}

// Module-level helpers of withoutSpeaker: closures made per call cost measurably here.
export const byStartA = (x: UnitMatch, y: UnitMatch): number => x.a.start - y.a.start;
const byStartB = (x: UnitMatch, y: UnitMatch): number => x.b.start - y.b.start;
const unitA = (match: UnitMatch): Unit => match.a;
const unitB = (match: UnitMatch): Unit => match.b;
const isSpeech = (unit: Unit): boolean => SPEECH.has(unit.key);

/** A name on either side makes the match a name (“Quorvia” opening a sentence is one). */
function isNameMatch(match: UnitMatch | undefined): boolean {
  return match !== undefined && (isEntityUnit(match.a) || isEntityUnit(match.b));
}

/** Where a match's unit stands among `units` (-1 when it is not there). */
function positionIn(units: readonly Unit[], match: UnitMatch | undefined, side: 'a' | 'b'): number {
  return match === undefined ? -1 : indexIn(units, match[side]);
}

/**
 * Where `unit` stands in `units`: a sentence's units are numbered in a row (`unit.index`), so
 * its place is found at once; any other list is searched.
 */
function indexIn(units: readonly Unit[], unit: Unit): number {
  const guess = unit.index - (units[0]?.index ?? 0);
  return units[guess] === unit ? guess : units.indexOf(unit);
}
