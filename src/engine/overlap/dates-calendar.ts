/**
 * Calendar arithmetic on day numbers (whole days since 1970-01-01, UTC). Only Date's UTC methods
 * are used, so the result never depends on the machine's time zone or locale.
 */

const DAY_MS = 86_400_000;

export function dayOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Parse `YYYY-MM-DD`; throws on anything else, since the article date comes from our own parser. */
export function parseIsoDay(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) throw new Error(`Not an ISO date (YYYY-MM-DD): ${iso}`);
  return dayOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isoOf(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function ymdOf(dayNumber: number): Ymd {
  const date = new Date(dayNumber * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(dayNumber: number): number {
  return new Date(dayNumber * DAY_MS).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether year-month-day is a real calendar day (no 31 April, no 29 February 2025). */
export function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function monthRange(year: number, month: number): [number, number] {
  return [dayOf(year, month, 1), dayOf(year, month, daysInMonth(year, month))];
}

export function yearRange(year: number): [number, number] {
  return [dayOf(year, 1, 1), dayOf(year, 12, 31)];
}

/** Shift by whole months, keeping the day of month where it exists (31 March − 1 month → 28/29 February). */
export function addMonths(dayNumber: number, months: number): number {
  const { year, month, day } = ymdOf(dayNumber);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayOf(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Monday-to-Sunday week containing the day: news weeks as a reader means "this week". */
export function weekRange(dayNumber: number): [number, number] {
  const monday = dayNumber - ((weekdayOf(dayNumber) + 6) % 7);
  return [monday, monday + 6];
}

/** Of the candidate days, the one nearest the anchor; ties go to the earlier (news looks back). */
export function nearestDay(candidates: readonly number[], anchor: number): number | null {
  let best: number | null = null;
  for (const candidate of candidates) {
    if (best === null || Math.abs(candidate - anchor) < Math.abs(best - anchor)) best = candidate;
  }
  return best;
}
