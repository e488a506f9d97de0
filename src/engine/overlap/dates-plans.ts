/**
 * A date a thing was due on before it was put off (round 26d, review 19a's open case): `The levy
 * was due to take effect on 1 March 2027 but has been pushed back`, `The bridge was scheduled to
 * open in May before the delay`. That day is no longer when the thing happens: another report's
 * `will now take effect on 1 June` tells the new day, not another value of the same.
 */
import type { Unit } from './units.ts';

/** A plan told in the past right before the date, a few words of its verb between (`was due to take effect on`, `had been scheduled to open in`). */
const PAST_PLAN_THEN = /\b(?:was|were|had\s+been)\s+(?:(?:originally|initially|first|previously)\s+)?(?:(?:due|set|scheduled|expected|supposed|meant|planned|slated)\s+)?to\s+(?:[\p{L}’'-]+\s+){1,5}$/iu;
/**
 * A word of putting off later in the sentence. Without one, a plan told in the past may be only
 * reported speech (`the minister said the levy was due to take effect on 1 March`): still the plan.
 * A bare `but` is no such word (mend C, session 20): `was set to take effect on 1 March, but
 * critics vowed to fight it` tells the plan still standing.
 */
const PUT_OFF_AFTER = /\b(?:postponed|delayed|pushed\s+back|put\s+(?:back|off)|deferred|rescheduled|shelved|scrapped)\b/iu;
/** The sentence's rest after a date: up to its full stop (a few hundred characters at most). */
const REST_OF_SENTENCE = /^[^]*?(?:[.!?](?=\s|$)|$)/u;

export function plannedAndPutOff(text: string, date: Unit): boolean {
  if (!PAST_PLAN_THEN.test(text.slice(Math.max(0, date.start - 64), date.start))) return false;
  const rest = REST_OF_SENTENCE.exec(text.slice(date.end, date.end + 240))?.[0] ?? '';
  return PUT_OFF_AFTER.test(rest);
}
