import { unitSimilarity } from './align-similarity.ts';
import { datesOverlap, type DateMention } from './dates.ts';
import { draftOf, nameRunKeys, type ConflictDraft, type Side } from './conflicts-common.ts';
import { quantitiesAgree } from './quantities.ts';
import type { Unit } from './units.ts';
import { type Known } from './conflicts-figures.ts';
import { contextStrength, neighbours, sharedNeighbours } from './conflicts-neighbours.ts';
import { isPeriod, periodConflict } from './conflicts-periods.ts';
import { MONTH_STRETCH_JOINS } from './dates-patterns.ts';
import { oneEventVerbs, type EventVerb } from './event-verbs.ts';
import { namedEvent, ofAnEarlierFigure } from './dates-roles.ts';
import { plannedAndPutOff } from './dates-plans.ts';
import { inflectedVerb, likeWords } from './clock-events.ts';
export { inflectedVerb, likeWords } from './clock-events.ts';
import { MONTH_NAMES } from './quantities-lexicon.ts';

const MONTH_NAME = new RegExp(String.raw`^(?:(?:last|next|this)\s+)?(?:${MONTH_NAMES.join('|')}|(?:jan|feb|mar|apr|aug|sept?|oct|nov|dec)\.)(?:\s+\d{4})?$`, 'iu');
/** `Jan Sadowski`, `May Ling`: a month's name before a capitalised word is a first name. */
const beforeAName = (text: string, unit: Unit): boolean => /^\s+\p{Lu}/u.test(text.slice(unit.end, unit.end + 3));
const SPEAKERS_DAY = /^(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))$/iu;
export const countedFrom = (text: string, unit: Unit): boolean => /\bsince\s+$/iu.test(text.slice(Math.max(0, unit.start - 8), unit.start));
/**
 * A time of day counted from (`commuters who had waited since 5am`) says how long something
 * lasted, not when the event was: no time to set against the other report's. (A deadline, `By
 * midday`, `By 2:50 a.m.`, still times the event at its latest; it only gives no time that agrees
 * with another: conflicts-figures.ts `figuresReportedIn`.)
 */
export const sinceTime = (text: string, unit: Unit): boolean => unit.quantity !== null && (/^since\b/iu.test(unit.quantity.text) || countedFrom(text, unit));
/**
 * A day given with a time in a named zone (`shortly after 5 a.m. local time (2100 GMT on
 * Friday)`) is that zone's day, which may be the day before the local one the other report
 * gives: it is no day of the event to set against another.
 */
const ZONE_BEFORE = /\d\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|AEST|AEDT)\s+(?:on\s+)?$/u;
export const inAnotherZone = (text: string, unit: Unit): boolean => ZONE_BEFORE.test(text.slice(Math.max(0, unit.start - 16), unit.start));
/**
 * A date in a relative clause set off by commas (`The budget, which takes effect Jan. 1, lifts
 * …`) dates that aside's action, not the one the sentence reports: it is set only against a
 * date in such an aside.
 */
const RELATIVE_BEFORE = /,\s+(?:which|who|whose)\s[^,;:.()—–]*$/iu;
export const inRelativeAside = (text: string, unit: Unit): boolean =>
  RELATIVE_BEFORE.test(text.slice(Math.max(0, unit.start - 60), unit.start)) && /^[^,;:.()—–]*,/u.test(text.slice(unit.end, unit.end + 60));
/** Both dates stand beside words of their clause, and none of those words meet. */
export function datesOfDifferentActions(a: Unit, unitsA: readonly Unit[], b: Unit, unitsB: readonly Unit[]): boolean {
  const [nearA, nearB] = [neighbours(unitsA, a), neighbours(unitsB, b)];
  return nearA.length > 0 && nearB.length > 0 && !wordsMeet(nearA, unitsA, nearB, unitsB);
}
/** Whether a word of `nearA` meets one of `nearB`; a name meets a name only whole: `West` of `West Java` is not `West` of `West Bandung`. */
function wordsMeet(nearA: readonly Unit[], unitsA: readonly Unit[], nearB: readonly Unit[], unitsB: readonly Unit[]): boolean {
  const meet = (x: Unit, y: Unit): boolean => unitSimilarity(x, y) > 0 && (x.kind !== 'name' || y.kind !== 'name' || nameRunKeys(unitsA, x) === nameRunKeys(unitsB, y));
  return nearA.some((x) => nearB.some((y) => meet(x, y)));
}
/**
 * Whether two days dated by verbs of one event told in other words (event-verbs.ts) date one
 * thing: besides those verbs, the words beside the two dates meet (`the opening of the bridge …
 * postponed to May 8` / `the bridge opening … pushed back to May 1`). Related verbs alone do not
 * make one event: `A strike … began on Monday` / `Public hearings … started on Tuesday`.
 */
function ofOneThing(a: Unit, unitsA: readonly Unit[], verbsA: readonly EventVerb[], b: Unit, unitsB: readonly Unit[], verbsB: readonly EventVerb[]): boolean {
  const besides = (units: readonly Unit[], unit: Unit, verbs: readonly EventVerb[]): Unit[] => neighbours(units, unit).filter((word) => !verbs.some((v) => word.start < v.end && v.start < word.end));
  return wordsMeet(besides(unitsA, a, verbsA), unitsA, besides(unitsB, b, verbsB), unitsB);
}

/** One value written alike in both reports (`on Wednesday`, read as two weeks' Wednesdays) is one value. */
export const writtenAlike = (a: Unit, A: Side, b: Unit, B: Side): boolean => A.text.slice(a.start, a.end).toLowerCase() === B.text.slice(b.start, b.end).toLowerCase();

/** A date gone by (-1), to come (1), or neither (0: the publication day, or no date) for a report published on `published`. */
export const tense = (date: DateMention | null, published: string): number => (date === null ? 0 : date.to < published ? -1 : date.from > published ? 1 : 0);
/** Whether a date is written at its precision: a year as its digits, a month by its name, a period as its two years. */
export const writtenAt = (unit: Unit, precision: 'day' | 'month' | 'year' | 'range', text: string): boolean =>
  precision === 'day' ||
  (precision === 'year' && /^\d{4}$/u.test(unit.date?.text ?? '')) ||
  (precision === 'month' && MONTH_NAME.test(unit.date?.text ?? '') && !beforeAName(text, unit)) ||
  (precision === 'range' && isPeriod(unit));
/** A unit that tells a date (module-level: made once, not per sentence pair). */
const isDated = (unit: Unit): boolean => unit.date !== null;
/**
 * Dates of one precision (two days, or two years: `in 2022` / `in 2023`) in sentences that
 * share enough besides them; a sentence with dates of both kinds compares its days.
 */
export function dateConflicts(regionA: number, unitsA: readonly Unit[], regionB: number, unitsB: readonly Unit[], A: Side, B: Side): ConflictDraft[] {
  const ofPeriods = periodConflict(regionA, unitsA, regionB, unitsB, A, B);
  if (ofPeriods !== null) return [ofPeriods];
  // Only dated units are compared below: a pair without a date on one side has none to read.
  if (!unitsA.some(isDated) || !unitsB.some(isDated)) return [];
  // A year counts when written (`in 2022`); `last year` / `this year` is how a report tells time.
  // A relative day inside a quotation (`“… voted for change today”`) is the speaker's day,
  // which the report need not give.
  // A month is written as a name (`since May`, `in March 2025`, `last October`); a period as its two years
  // (`from 2006 to 2021`, `between 2006 and 2022`).
  const precise = (units: readonly Unit[], precision: 'day' | 'month' | 'year' | 'range'): Unit[] => {
    const text = units === unitsA ? A.text : B.text;
    return units.filter(
      (unit) =>
        unit.date !== null &&
        unit.date.precision === precision &&
        !unit.date.hedged &&
        writtenAt(unit, precision, text) &&
        !(unit.quoted && SPEAKERS_DAY.test(unit.date.text)) &&
        !inAnotherZone(text, unit) &&
        !ofAnEarlierFigure(text, unit),
    );
  };
  let [da, db] = [precise(unitsA, 'day'), precise(unitsB, 'day')];
  // Months, years and periods compare only one to one: a sentence that gives two tells a sequence.
  for (const precision of ['month', 'year', 'range'] as const) if (da.length === 0 || db.length === 0) [da, db] = [precise(unitsA, precision), precise(unitsB, precision)];
  // Of several, the one a sentence gives as a point (`first power in 2033, with full operation by
  // 2035`) dates its action; a deadline or a start beside it (`by 2035`, `from 2030`) bounds another.
  if (da[0]?.date?.precision !== 'day' && (da.length > 1 || db.length > 1)) [da, db] = [da.filter((unit) => bound(A.text, unit) === 'point'), db.filter((unit) => bound(B.text, unit) === 'point')];
  // Two months joined as one stretch of time (`in March and April 2026`) date one thing, as one month does.
  const single = (units: readonly Unit[], text: string): boolean => units.length === 1 || joinedMonths(units, text);
  if (da.length === 0 || db.length === 0 || (da[0]?.date?.precision !== 'day' && (!single(da, A.text) || !single(db, B.text)))) return [];
  // Two periods are one when they start and end together; overlapping is not enough.
  const same = (a: DateMention, b: DateMention): boolean => (a.precision === 'range' ? a.from === b.from && a.to === b.to : datesOverlap(a, b));
  if (da.some((a) => db.some((b) => a.date !== null && b.date !== null && same(a.date, b.date)))) return [];
  // A day both write alike (`on Wednesday`, read as two weeks' Wednesdays) is one day.
  if (da.some((a) => db.some((b) => writtenAlike(a, A, b, B)))) return [];
  const [a, b] = [da[0], db[0]];
  if (a === undefined || b === undefined) return [];
  // Two dates by verbs of one event told in other words (`postponed to March 8` / `pushed back to
  // March 1`; event-verbs.ts), beside words that meet besides those verbs, are one action's: the
  // sentences need share only what a lone date's do.
  const [verbsA, verbsB] = oneEventVerbs(A.text, a, B.text, b);
  const oneEvent = verbsA.length > 0 && ofOneThing(a, unitsA, verbsA, b, unitsB, verbsB);
  const least = oneEvent ? ONE_EVENT_CONTEXT : DATE_CONTEXT;
  const context = contextStrength(regionA, unitsA, regionB, unitsB, (unit) => unit.date !== null);
  if (context === null || context.content < least.content || context.strength < least.strength) return [];
  // A year counted from (`a record that had stood since 1961`) says how long, not when.
  if (countedFrom(A.text, a) !== countedFrom(B.text, b)) return [];
  // A day dates the action told beside it (`start talks on Monday` / `told supporters early on
  // Sunday`): two days beside words that share nothing are days of two actions. So does a month
  // (`The recall effort began in February` / `cast the deciding vote in January`; round 24n); a
  // year is left to the context, as reports date one year's state in other words (the same test
  // on years lost four reference conflicts of development).
  if ((a.date?.precision === 'day' || a.date?.precision === 'month') && !oneEvent && datesOfDifferentActions(a, unitsA, b, unitsB)) return [];
  // A day in the possessive (`Sunday’s election`) dates the noun it names, not the other report's
  // action (`would start talks on Monday`), unless that day stands by the same noun.
  if (a.date?.precision === 'day' && !oneEvent && (namedEvent(A.text, a, unitsA, unitsB, b) || namedEvent(B.text, b, unitsB, unitsA, a))) return [];
  if (inRelativeAside(A.text, a) !== inRelativeAside(B.text, b)) return [];
  // A day a thing was due on before it was put off is not the day the other report says it now
  // happens (`was due to take effect on 1 March … but has been pushed back` / `will now take effect
  // on 1 June`; dates-plans.ts).
  if (plannedAndPutOff(A.text, a) !== plannedAndPutOff(B.text, b)) return [];
  // A month or year gone by and a start to come (`the invasion of Ukraine in 2022` / `produced
  // locally from 2028`) are two moments, not one told two ways.
  if (a.date?.precision !== 'day' && tense(a.date, A.publishedAt) * tense(b.date, B.publishedAt) < 0 && (bound(A.text, a) === 'start') !== (bound(B.text, b) === 'start')) return [];
  // A day gone by and a day to come (`voted Tuesday` / `shuts down the branch on April 1`) are
  // days of two actions: what happened and what is to happen.
  if (a.date?.precision === 'day' && tense(a.date, A.publishedAt) * tense(b.date, B.publishedAt) < 0) return [];
  return [draftOf('date', 'date', a, b, A, B, context.strength)];
}

const DATE_CONTEXT = { content: 1.2, strength: 2.2 };
/**
 * What two dates of one event told in other words ask of their sentences. Set just under the
 * lowest context of a pair it was made for (dutch's `take effect` / `come into force`, 0.55; round
 * 21t): "half of what `loneDateConflicts` asks (content 1, strength 1)" was written after that
 * figure was seen, not before. No other value was tried.
 */
const ONE_EVENT_CONTEXT = { content: 0.5, strength: 0.5 };

/**
 * Two months written as one stretch (`March and April 2026`, `June to July`): the first, a word of
 * a stretch (dates-patterns.ts, `MONTH_STRETCH_JOINS`; not `or`, which gives two months a thing may
 * have happened in), the next month.
 */
function joinedMonths(units: readonly Unit[], text: string): boolean {
  const [first, second] = units;
  if (units.length !== 2 || first?.date == null || second?.date == null || first.date.precision !== 'month' || second.date.precision !== 'month') return false;
  const [end, start] = [Date.parse(first.date.to), Date.parse(second.date.from)];
  return start > end && start - end <= 86_400_000 && STRETCH_BETWEEN.test(text.slice(first.end, second.start));
}
const STRETCH_BETWEEN = new RegExp(String.raw`^\s*(?:${MONTH_STRETCH_JOINS})\s*$`, 'iu');

/**
 * What the word before a date makes of it: the start of a period (`from January`, `since`), its
 * end or a deadline (`by 2030`, `until`, `before 2029`), or a point (`in December`, `between March
 * and November 2021`'s `and`): a start and a point are two different moments. Not
 * conflicts-common.ts `BOUND_TIME` on purpose: that says only whether a time of day bounds another.
 */
export function bound(text: string, unit: Unit): string {
  const word = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, unit.start - 16), unit.start))?.[1]?.toLowerCase() ?? '';
  return /^(?:from|since|starting|beginning)$/u.test(word) ? 'start' : /^(?:by|until|till|before|through)$/u.test(word) ? 'end' : /^(?:after)$/u.test(word) ? 'after' : 'point';
}

/**
 * Times of day (`around 2 a.m.` / `shortly after 4am`), as `dateConflicts` sets days: one time
 * of a zone in each sentence (a sentence with two tells a sequence: `from 10 p.m. … until 6
 * a.m.`), sentences that share as much besides as days need, times that cannot be one (ranges
 * widened by their precision), and a time the other report gives nowhere. A time inside a
 * quotation is the speaker's.
 */
const CLOCK_CONTEXT = { content: 1.2, strength: 1.6 };
const LONE_CLOCK_CONTEXT = { content: 0.5, strength: 0.5 };
/**
 * Whether `time` is the only time of day the report gives beside a word like `word` (`capsized`,
 * `overturned`): a report that times one action twice tells two of them (`the first boat capsized
 * at 5 a.m. … the second capsized at 7 a.m.`). Reports time few things, so this reads them all.
 */
function timedOnce(side: Side, word: Unit): boolean {
  let timed = clockNeighbours.get(side);
  if (timed === undefined) {
    timed = side.unitsBySentence.flatMap((units) => units.filter((unit) => unit.quantity?.unit === 'clock' && !unit.quoted).map((unit) => neighbours(units, unit).filter((other) => inflectedVerb(side.text, other))));
    clockNeighbours.set(side, timed);
  }
  return timed.filter((near) => near.some((other) => likeWords(other, word))).length === 1;
}
/** The action words beside each time of day a report gives, read once per report and comparison. */
const clockNeighbours = new WeakMap<Side, Unit[][]>();
export function clockConflicts(regionA: number, unitsA: readonly Unit[], regionB: number, unitsB: readonly Unit[], A: Side, B: Side, { agreed }: Known): ConflictDraft[] {
  const times = (units: readonly Unit[], text: string): Unit[] => units.filter((unit) => unit.quantity?.unit === 'clock' && !unit.quoted && !sinceTime(text, unit));
  const [ta, tb] = [times(unitsA, A.text), times(unitsB, B.text)];
  for (const a of ta) {
    const zone = a.quantity?.noun ?? null;
    const [oneA, oneB] = [ta.filter((unit) => (unit.quantity?.noun ?? null) === zone), tb.filter((unit) => (unit.quantity?.noun ?? null) === zone)];
    const [x, y] = [oneA[0], oneB[0]];
    if (oneA.length !== 1 || oneB.length !== 1 || x === undefined || y === undefined || x.quantity === null || y.quantity === null) continue;
    if (agreed.has(x) || agreed.has(y) || quantitiesAgree(x.quantity, y.quantity)) continue;
    // The times stand by one word on both sides (`struck around 2 a.m.` / `struck shortly after
    // 4am`), and the sentences share a fact's worth besides: what numberConflicts asks of figures.
    const shared = sharedNeighbours(x, unitsA, y, unitsB);
    if (shared.length === 0) continue;
    const context = contextStrength(regionA, unitsA, regionB, unitsB, (unit) => unit.date !== null || unit.quantity !== null);
    // The time of the one thing each report times once (`The ferry capsized shortly after 5 a.m.` /
    // `The ship overturned around 7 a.m.`): the word both times stand by dates nothing else in
    // either report, so the sentences need share no more than a figure's do.
    const least = shared.some((word) => inflectedVerb(A.text, word) && timedOnce(A, word) && timedOnce(B, word)) ? LONE_CLOCK_CONTEXT : CLOCK_CONTEXT;
    if (context === null || context.content < least.content || context.strength < least.strength) return [];
    return [draftOf('date', 'time', x, y, A, B, context.strength)];
  }
  return [];
}

/**
 * Dates of one kind: two days, two months, two years (`in December` / `from January`, `in 2029` /
 * `in 2030`), or a part of a year against either (`by the end of 2027` / `in 2028`); a span of
 * several years (`in 1980 and 1995`, `the 1970s`) dates no one thing.
 */
export function comparableDates(a: DateMention, b: DateMention): boolean {
  if (a.precision === 'day' || b.precision === 'day') return a.precision === b.precision;
  const withinAYear = (date: DateMention): boolean => Date.parse(date.to) - Date.parse(date.from) <= 366 * 86_400_000;
  return withinAYear(a) && withinAYear(b) && (a.precision === b.precision || a.precision === 'range' || b.precision === 'range');
}
