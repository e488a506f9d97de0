/**
 * Periods (`between January 2021 and June 2024`, `from 2019 to 2024`): a sentence's one period,
 * and two periods that share one end and not the other (split from conflicts-dates.ts, round 20d,
 * which asks here only whether a date is written as a period and sets a sentence's period first).
 */
import { datesOverlap, type DateMention } from './dates.ts';
import { draftOf, type ConflictDraft, type Side } from './conflicts-common.ts';
import type { Unit } from './units.ts';
import { contextStrength } from './conflicts-neighbours.ts';

/** A period of years written as one (`from 2006 to 2021`, `between 2006 and 2022`, `2006-2021`): its two years. */
const PERIOD_YEARS = /^(\d{4})\s*(?:(?:to|and|until|through)\s+|[-–]\s*)(\d{4})$/iu;
/** A quarter of a year, written as one (`the third quarter of 2025`, `the June quarter of 2024`). */
const PART_OF_YEAR_TEXT = /^the\s+\p{L}+\s+quarter\s+of\s+\d{4}$/iu;
export const isPeriod = (unit: Unit): boolean => PERIOD_YEARS.test(unit.date?.text ?? '') || PART_OF_YEAR_TEXT.test(unit.date?.text ?? '');

/**
 * A date a report tells as one: with a figure, a month or a day of the week (`on Sunday`, `last
 * September`, `in 2029`), not the report's own way of telling time (`this week`, `last year`).
 */
export const toldAsADate = (date: DateMention): boolean => /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/iu.test(date.text);

/** A period's two ends, each a date, and the units that give them (one unit for `between 2019 and 2024`). */
interface Period {
  start: DateMention;
  end: DateMention;
  startUnit: Unit;
  endUnit: Unit;
}
const yearOf = (date: DateMention, year: string): DateMention => ({ ...date, from: `${year}-01-01`, to: `${year}-12-31`, precision: 'year' });
/**
 * The one period a sentence gives, outside quotations: two years written as one (`between 2019
 * and 2024`, `from 2018 to 2024`), or a month or year after `from` or `between` and the next
 * month or year of its clause (`between January 2021 and June 2024`, `ran from October 2025
 * until Atlantic TV pulled the programme in April 2026`). Null when it gives none or several.
 */
function periodOf(units: readonly Unit[], text: string): Period | null {
  const dated = units.filter((unit) => unit.date !== null && !unit.quoted && !unit.date.hedged && unit.date.precision !== 'day');
  const found: Period[] = [];
  dated.forEach((unit, i) => {
    const date = unit.date;
    if (date === null) return;
    const years = PERIOD_YEARS.exec(date.text);
    if (years !== null) {
      found.push({ start: yearOf(date, years[1] ?? ''), end: yearOf(date, years[2] ?? ''), startUnit: unit, endUnit: unit });
      return;
    }
    const next = dated[i + 1];
    if (date.precision === 'range' || next?.date == null || next.date.precision === 'range' || !toldAsADate(date) || !toldAsADate(next.date)) return;
    // The start follows `from` or `between` and runs on into `to`, `and` or `until`; the end is the
    // sentence's next date, with no clause break between (`since 1981, and … in 2022` is no period).
    const opens = /\b(?:from|between)\s+$/iu.test(text.slice(Math.max(0, unit.start - 9), unit.start));
    const runsOn = /^\s*(?:to|and|until|till|through|[-–])\s[^,;:.()—–]*$/iu.test(text.slice(unit.end, next.start));
    if (opens && runsOn && next.date.from > date.to) found.push({ start: date, end: next.date, startUnit: unit, endUnit: next });
  });
  return found.length === 1 ? (found[0] ?? null) : null;
}
/** A sentence's one period, with the sentence it stands in. */
interface PeriodIn {
  region: number;
  units: readonly Unit[];
  period: Period;
}
/**
 * Two periods that share one end and not the other: a conflict at the other end, where the
 * sentences share `bar` of content besides their dates and figures; else null.
 */
function sharedEndConflict(a: PeriodIn, b: PeriodIn, A: Side, B: Side, bar: number): ConflictDraft | null {
  const [startsAgree, endsAgree] = [datesOverlap(a.period.start, b.period.start), datesOverlap(a.period.end, b.period.end)];
  if (startsAgree === endsAgree) return null;
  const context = contextStrength(a.region, a.units, b.region, b.units, (unit) => unit.date !== null || unit.quantity !== null);
  if (context === null || context.content < bar) return null;
  return endsAgree ? draftOf('date', 'date', a.period.startUnit, b.period.startUnit, A, B, context.strength) : draftOf('date', 'date', a.period.endUnit, b.period.endUnit, A, B, context.strength);
}
/**
 * Two periods that share one end and not the other (`between January 2021 and June 2024` /
 * `between March 2020 and June 2024`, `from 2019 to 2024` / `from 2018 to 2024`): the end they
 * share says they are one period, told with two different bounds at the other. So the sentences
 * need share little besides (a content word); two periods that differ at both ends may be two.
 */
export function periodConflict(regionA: number, unitsA: readonly Unit[], regionB: number, unitsB: readonly Unit[], A: Side, B: Side): ConflictDraft | null {
  const [a, b] = [periodOf(unitsA, A.text), periodOf(unitsB, B.text)];
  if (a === null || b === null) return null;
  return sharedEndConflict({ region: regionA, units: unitsA, period: a }, { region: regionB, units: unitsB, period: b }, A, B, PERIOD_CONTEXT);
}
const PERIOD_CONTEXT = 1;
/** A period whose two ends are months (`between March 2024 and August 2025`), not years. */
const ofMonths = ({ start, end }: Period): boolean => start.precision === 'month' && end.precision === 'month';
/**
 * Two periods that share one end and not the other, in any two sentences of the reports, not only
 * the ones the aligner sets side by side (`vehicles built … between March 2024 and August 2025` /
 * `models made between May 2024 and August 2025`): where each report gives one period, of months
 * at both ends, a shared end month is rare enough to say the periods are one, so the sentences
 * need share only a word besides. Not years (mend, session 16): periods that end in the current
 * year are common (`output fell between 2019 and 2024` / `invested from 2021 to 2024`), and a month
 * inside a year (`between 2019 and 2025` / `from March 2024 to August 2025`) is no shared end.
 */
export function lonePeriodConflicts(A: Side, B: Side): ConflictDraft[] {
  const periods = (side: Side): PeriodIn[] =>
    side.unitsBySentence.flatMap((units, region) => {
      if (!units.some((unit) => unit.date !== null && unit.date.precision !== 'day')) return [];
      const period = periodOf(units, side.text);
      return period === null ? [] : [{ region, units, period }];
    });
  const [pa, pb] = [periods(A), periods(B)];
  const [a, b] = [pa[0], pb[0]];
  if (pa.length !== 1 || pb.length !== 1 || a === undefined || b === undefined || !ofMonths(a.period) || !ofMonths(b.period)) return [];
  const conflict = sharedEndConflict(a, b, A, B, LONE_PERIOD_CONTEXT);
  return conflict === null ? [] : [conflict];
}
/**
 * Half of `PERIOD_CONTEXT`: with months at both ends, 0.5 keeps vantor's conflict (content 0.65,
 * unaligned) and adds no unmatched conflict on development (mend, session 16); at 1 vantor's is lost.
 */
const LONE_PERIOD_CONTEXT = 0.5;
