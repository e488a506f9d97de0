/**
 * Dates that tell another thing than the event a sentence reports (round 21t): the month of the
 * figure a change started from, and a day in the possessive that names an event by its day.
 * Read by conflicts-dates.ts before two dates are set against each other.
 */
import { writtenPossessive } from '../text/tokens.ts';
import { DATE_OF_A_CHANGES_START } from './change-verbs.ts';
import { neighbours } from './conflicts-neighbours.ts';
import type { Unit } from './units.ts';

/**
 * A date right after the figure a change started from (`climbed to 9.2% from 8.8% in December`,
 * `up from 5 million in 2024`) dates that earlier figure, not the event the sentence reports. As
 * `measures.ts` reads that figure: a verb of change in the clause, `from` and a figure, then
 * `in`/`on`; a clock time is no figure (`The strike runs from 6am on Monday`).
 */
export const ofAnEarlierFigure = (text: string, unit: Unit): boolean => DATE_OF_A_CHANGES_START.test(text.slice(Math.max(0, unit.start - 96), unit.start));
/**
 * Whether `unit` is a day in the possessive (`Sunday’s election`) whose noun phrase (the next one
 * to three units of its sentence, each right after the last: `Sunday’s presidential runoff`,
 * `Sunday’s snap parliamentary election`) has no word beside the other report's day `other`: the
 * day names an event the other sentence does not date.
 */
export function namedEvent(text: string, unit: Unit, units: readonly Unit[], otherUnits: readonly Unit[], other: Unit): boolean {
  if (!writtenPossessive(text, unit)) return false;
  const phrase: Unit[] = [];
  for (let at = units.indexOf(unit) + 1, last = unit; phrase.length < 3; at += 1) {
    const next = units[at];
    // Adjacent: only the possessive's `’s` or a space between (`Sunday’s snap parliamentary election`).
    if (next === undefined || !/^(?:['’]s)?\s+$/u.test(text.slice(last.end, next.start))) break;
    phrase.push(next);
    last = next;
  }
  const near = neighbours(otherUnits, other);
  return phrase.length > 0 && !phrase.some((noun) => near.some((word) => word.key === noun.key));
}
