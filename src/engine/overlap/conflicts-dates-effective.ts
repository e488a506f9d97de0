/**
 * The day a measure takes effect (round 25n): reports of one law, rule or rate say when it starts
 * to apply in a phrase of its own (`takes effect on 1 April 2027`, `kicks in from April 6`, `will
 * take effect next January`, `come into force on 1 July 2027`), often in a sentence the other
 * report has no counterpart for, in an aside, or at another precision: the sentence pairs and the
 * lone rule (conflicts-dates.ts, conflicts-dates-lone.ts) never set them against each other.
 */
import { datesOverlap } from './dates.ts';
import { draftOf, type ConflictDraft, type Side } from './conflicts-common.ts';
import { countedFrom, inAnotherZone, tense, writtenAlike } from './conflicts-dates.ts';
import type { Unit } from './units.ts';

/**
 * A phrase of starting to apply right before a date, its preposition between: `take(s) effect`,
 * `come(s) / came into force`, `enter(s) into force`, `kick(s) in`.
 */
const EFFECT_THEN = /\b(?:(?:tak(?:e|es|en|ing)|took)\s+effect|(?:come|comes|came|coming)\s+into\s+force|(?:enter|enters|entered|entering)\s+into\s+force|kick(?:s|ed|ing)?\s+in)(?:\s+(?:on|from|in|at))?\s+$/iu;

/**
 * The one date a report gives a measure's start by such a phrase: null when it gives none, or
 * dates that cannot be one (a report that starts two measures, or one in two phases, tells two
 * starts). Not in quotations, in another zone's day, or counted from.
 */
function effectiveDate(side: Side): Unit | null {
  const dates = side.units.filter(
    (unit) =>
      unit.date !== null &&
      unit.date.precision !== 'range' &&
      !unit.quoted &&
      EFFECT_THEN.test(side.text.slice(Math.max(0, unit.start - 40), unit.start)) &&
      !inAnotherZone(side.text, unit) &&
      !countedFrom(side.text, unit),
  );
  const [first] = dates;
  if (first?.date == null) return null;
  return dates.every((unit) => unit.date !== null && first.date !== null && datesOverlap(unit.date, first.date)) ? first : null;
}

/**
 * Two reports that each give a measure's start once, at dates that cannot be one at any precision
 * (`1 April 2027` / `April 6`, `next January` / `1 July 2027`): one gone by and one to come are
 * two measures' starts, not one told two ways.
 */
export function effectiveDateConflicts(A: Side, B: Side): ConflictDraft[] {
  const [a, b] = [effectiveDate(A), effectiveDate(B)];
  if (a?.date == null || b?.date == null || datesOverlap(a.date, b.date) || writtenAlike(a, A, b, B)) return [];
  if (tense(a.date, A.publishedAt) * tense(b.date, B.publishedAt) < 0) return [];
  return [draftOf('date', 'date', a, b, A, B, EFFECTIVE_DATE_STRENGTH)];
}
/** As sure as the lone rule's least (conflicts-dates-lone.ts `LONE_DATE_CONTEXT`). */
const EFFECTIVE_DATE_STRENGTH = 1;
