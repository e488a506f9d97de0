const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

const WEEKDAY = String.raw`(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?`;
const MONTH = String.raw`([A-Za-z]{3,9})\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})`;

const MONTH_FIRST = new RegExp(String.raw`^${WEEKDAY}${MONTH}\s+${DAY},?\s+${YEAR}`, 'i');
const DAY_FIRST = new RegExp(String.raw`^${WEEKDAY}${DAY}\s+${MONTH},?\s+${YEAR}`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})/;
/**
 * What may follow the date: a time such as `, 3:05 PM ET`, `at 15:05 GMT`, `- 3 p.m.`, or with a
 * dot (`17.30 BST`, `3.05pm`, British house style), its zone or country after a comma
 * (`11:52, UK`, Sky News's style). A time
 * has minutes or an a.m./p.m., so that a stray number (`January 6, 20251`) is not read as one.
 */
const TIME =
  /^\s*(?:,|at|-|–|—|·|\|)?\s*((?<hour>\d{1,2})(?:[:.](?<minute>\d{2}))?\s*(?<meridiem>[ap]\.?\s?m\.?)?(?:,?\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?)\s*$/i;

function isClockTime(groups: Record<string, string | undefined>): boolean {
  const hour = Number(groups['hour']);
  const minute = groups['minute'] === undefined ? 0 : Number(groups['minute']);
  if (groups['minute'] === undefined && groups['meridiem'] === undefined) return false;
  if (minute > 59) return false;
  return groups['meridiem'] === undefined ? hour <= 23 : hour >= 1 && hour <= 12;
}

export interface HeaderDate {
  iso: string;
  /** The date part exactly as written. */
  text: string;
  /** The time exactly as written, or null. */
  time: string | null;
}

export type DateResult = { ok: true; value: HeaderDate } | { ok: false; reason: string };

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function toIso(year: number, month: number, day: number): DateResult {
  if (month < 1 || month > 12) return { ok: false, reason: `month ${month} does not exist` };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: `day ${day} does not exist in that month` };
  return { ok: true, value: { iso: `${year}-${pad(month)}-${pad(day)}`, text: '', time: null } };
}

/**
 * Read a header date such as `January 6, 2025`, `Sept. 3, 2024`, `6 January 2025` or
 * `January 6, 2025, 3:05 PM ET`. The ISO date is the date only; the time is kept as written.
 */
export function parseHeaderDate(input: string): DateResult {
  const text = input.trim();
  let match: RegExpExecArray | null;
  let year: number;
  let month: number | undefined;
  let day: number;
  let monthWord: string | undefined;
  if ((match = MONTH_FIRST.exec(text)) !== null) {
    monthWord = match[1];
    day = Number(match[2]);
    year = Number(match[3]);
  } else if ((match = DAY_FIRST.exec(text)) !== null) {
    day = Number(match[1]);
    monthWord = match[2];
    year = Number(match[3]);
  } else if ((match = ISO.exec(text)) !== null) {
    year = Number(match[1]);
    month = Number(match[2]);
    day = Number(match[3]);
  } else {
    return { ok: false, reason: `“${text}” is not a date like “January 6, 2025”, “Jan. 6, 2025” or “6 January 2025”` };
  }
  if (monthWord !== undefined) {
    month = MONTHS.get(monthWord.toLowerCase());
    if (month === undefined) return { ok: false, reason: `“${monthWord}” is not a month name` };
  }
  const resolved = toIso(year, month ?? 0, day);
  if (!resolved.ok) return { ok: false, reason: `“${text}”: ${resolved.reason}` };

  const dateText = match[0].trim();
  const rest = text.slice(match[0].length);
  if (rest.trim() === '') return { ok: true, value: { ...resolved.value, text: dateText, time: null } };
  const time = TIME.exec(rest);
  if (time === null || time[1] === undefined || !isClockTime(time.groups ?? {})) {
    return { ok: false, reason: `unexpected “${rest.trim()}” after the date “${dateText}” (expected nothing, or a time such as “3:05 PM ET”)` };
  }
  return { ok: true, value: { ...resolved.value, text: dateText, time: time[1].trim() } };
}
