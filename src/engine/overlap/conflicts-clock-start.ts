/**
 * The time the story's event began (round 26e): reports of one event say when it started in
 * their own words (`the fault began shortly before 7 a.m.`, `the system failed at 8am`, `the
 * ministers were sworn in at the palace at 10 a.m.` / `The ceremony began at 11 a.m.`), seldom in
 * sentences the aligner pairs and with no word beside both times, so the sentence pairs
 * (conflicts-dates.ts `clockConflicts`) never set them against each other.
 */
import { draftOf, type ConflictDraft, type Side } from './conflicts-common.ts';
import { sinceTime } from './conflicts-dates.ts';
import { likeWords, subjectBefore } from './clock-events.ts';
import { quantitiesAgree } from './quantities.ts';
import type { Unit } from './units.ts';

/** As sure as the effective-date reader's (conflicts-dates-effective.ts). */
const START_TIME_STRENGTH = 1;

/**
 * A verb of an event beginning or happening, then at most four words ending on `at` (`sworn in at
 * the palace at`), or nothing (`began shortly before`: the hedge is the time's own), right before
 * a time of day. No sentence end between.
 */
const STARTED_THEN = /\b(?:began|begun|started|struck|erupted|broke\s+out|occurred|happened|failed|went\s+down|crashed|collapsed|sworn\s+in|kicked\s+off)(?:(?:\s+[^\s.;!?]+){0,4}\s+at)?\s+$/iu;

/** A report's start time and its verb's subject (what started). */
interface StartTime {
  time: Unit;
  subject: readonly Unit[];
}

/**
 * The one time of day a report gives its event's start: null when it gives none, or times that
 * cannot be one (a report that starts two events, `the storm began at 6 a.m. and the evacuation
 * started at 9 a.m.`, tells two starts). Not in quotations, nor counted from (`since 5am`).
 */
function startTime(side: Side): StartTime | null {
  const starts: StartTime[] = [];
  for (const unit of side.units) {
    if (unit.quantity?.unit !== 'clock' || unit.quoted || sinceTime(side.text, unit)) continue;
    const from = Math.max(0, unit.start - 60);
    const verb = STARTED_THEN.exec(side.text.slice(from, unit.start));
    if (verb !== null) starts.push({ time: unit, subject: subjectBefore(side, unit.sentence, from + verb.index) });
  }
  const [first] = starts;
  if (first?.time.quantity == null) return null;
  return starts.every(({ time }) => time.quantity !== null && first.time.quantity !== null && quantitiesAgree(time.quantity, first.time.quantity)) ? first : null;
}

/**
 * Two reports that each give one start time, in one zone (or none named on either), that cannot
 * be one moment (`shortly before 7 a.m.` / `8am`; not `06:40` / `shortly before 7 a.m.`). Two
 * zones are left alone: the day's clock of each is not known here.
 */
export function startTimeConflicts(A: Side, B: Side): ConflictDraft[] {
  const [a, b] = [startTime(A), startTime(B)];
  if (a?.time.quantity == null || b?.time.quantity == null || a.time.quantity.noun !== b.time.quantity.noun || quantitiesAgree(a.time.quantity, b.time.quantity)) return [];
  // One event's start: the two verbs' subjects share a word or like words (`The fire broke out` /
  // `The fire started`). Not `The fire broke out` / `The evacuation started`, `Part of the roof
  // collapsed`, `Phone lines failed`: two events of one story (review 21a, mend F). It costs
  // `were sworn in` / `The ceremony began` and `The fault began` / `the system failed`.
  if (!a.subject.some((x) => b.subject.some((y) => likeWords(x, y)))) return [];
  return [draftOf('date', 'time', a.time, b.time, A, B, START_TIME_STRENGTH)];
}
