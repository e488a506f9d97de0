import { dayOf, isRealDay, monthRange, nearestDay, ymdOf } from './dates-calendar.ts';
import { keyedMatches, keyedPattern, runsAtMost, type KeyedPattern } from './dates-keyed.ts';

/**
 * Calendar dates written with a month name (`January 6, 2025`, `Jan. 6`, `18 December`,
 * `the 18th of December`, `January 2025`, `in March`) or as ISO (`2025-01-06`). Month names must
 * be capitalised so that `may` and `march` as words are not read as months.
 */

export interface DateCandidate {
  start: number;
  end: number;
  from: number;
  to: number;
  precision: 'day' | 'month' | 'year' | 'range';
  hedged: boolean;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `Jan`, `Jan.`, `January`; `Sep`, `Sept`, `Sept.`, `September`. */
const MONTH = String.raw`(?<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?!\p{L})`;
const WEEKDAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?)?`;
const DAY = (name: string): string => String.raw`(?<${name}>\d{1,2})(?:st|nd|rd|th)?(?![\d\p{L}])`;
const DAYS = String.raw`${DAY('d1')}(?:\s*[-–]\s*${DAY('d2')})?`;
const YEAR = String.raw`(?<y>\d{4})(?![\d\p{L}])`;

/** The year told relative to the article's (`July 1st next year`, `on 3 March last year`). */
const RELATIVE_YEAR = String.raw`\s+(?<rel>next|last|this)\s+year(?![\p{L}\d])`;
const MONTH_DAY_LEAD = String.raw`(?<![\p{L}\d])${WEEKDAY}`;
const MONTH_DAY = new RegExp(String.raw`${MONTH_DAY_LEAD}${MONTH}\s+${DAYS}(?:,?\s+${YEAR}|${RELATIVE_YEAR})?`, 'gu');
const DAY_MONTH_LEAD = String.raw`(?<![\p{L}\d])${WEEKDAY}(?:the\s+)?${DAYS}\s+(?:of\s+)?`;
const DAY_MONTH = new RegExp(String.raw`${DAY_MONTH_LEAD}${MONTH}(?:,?\s+${YEAR}|${RELATIVE_YEAR})?`, 'gu');
const MONTH_YEAR_LEAD = String.raw`(?<![\p{L}\d])`;
/** A month and its year, written (`March 2022`) or told relative to the article's (`July last year`). */
const MONTH_YEAR = new RegExp(String.raw`${MONTH_YEAR_LEAD}${MONTH}(?:,?\s+(?:of\s+)?${YEAR}|${RELATIVE_YEAR})`, 'gu');
const CONTEXT = String.raw`(?<ctx>[Ii]n|[Ll]ast|[Tt]his|[Nn]ext|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ee]arly|[Ll]ate|[Mm]id-?|[Dd]uring|[Ff]rom|[Bb]efore|[Aa]fter|[Oo]f|[Tt]hrough(?:out)?)`;
const MONTH_ALONE_LEAD = String.raw`(?<![\p{L}\d])${CONTEXT}(?:\s+|(?<=-))`;
const MONTH_ALONE = new RegExp(String.raw`${MONTH_ALONE_LEAD}${MONTH}`, 'gu');
const ISO = /(?<![\d-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\d-])/gu;
/** Clock times, so their digits are not counted as quantities: `3:05 p.m.`, `10 a.m.`, `15:05`. */
const TIME = /(?<![\d:.])\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?!\p{L})|(?<![\d:.])\d{1,2}:\d{2}(?![\d:])/gu;

function monthNumber(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((full) => full.slice(0, 3).toLowerCase() === prefix) + 1;
}

/** The distance in days from the anchor to a range (0 inside it). */
function distance([from, to]: readonly [number, number], anchor: number): number {
  return anchor < from ? from - anchor : anchor > to ? anchor - to : 0;
}

/** A day written without a year: the real occurrence nearest the article date. */
function nearestOccurrence(month: number, day: number, anchor: number): number | null {
  const { year } = ymdOf(anchor);
  const candidates = [year - 1, year, year + 1].filter((y) => isRealDay(y, month, day)).map((y) => dayOf(y, month, day));
  return nearestDay(candidates, anchor);
}

function dayCandidate(match: RegExpExecArray, anchor: number): DateCandidate | null {
  const groups = match.groups ?? {};
  const month = monthNumber(groups['mon'] ?? '');
  const d1 = Number(groups['d1']);
  const d2 = groups['d2'] === undefined ? d1 : Number(groups['d2']);
  if (d2 < d1) return null;
  let first: number | null;
  if (groups['y'] === undefined && groups['rel'] === undefined) {
    first = nearestOccurrence(month, d1, anchor);
  } else {
    const shift = groups['rel'] === 'next' ? 1 : groups['rel'] === 'last' ? -1 : 0;
    const year = groups['y'] === undefined ? ymdOf(anchor).year + shift : Number(groups['y']);
    first = isRealDay(year, month, d1) ? dayOf(year, month, d1) : null;
  }
  if (first === null) return null;
  const { year } = ymdOf(first);
  if (!isRealDay(year, month, d2)) return null;
  const end = match.index + match[0].length;
  return { start: match.index, end, from: first, to: first + (d2 - d1), precision: d2 === d1 ? 'day' : 'range', hedged: false };
}

/**
 * The words that join two months into one stretch of time (`March and April`, `June to July`,
 * `May through August`, `March until April`, `March–April`): conflicts-dates.ts (`joinedMonths`)
 * reads two months so joined as dating one thing.
 */
export const MONTH_STRETCH_JOINS = String.raw`and|to|through|until|[-–]`;
/**
 * After a month alone, a word of a stretch or `or`, then another month and its year: the year both
 * share. `or` joins two months of one year as well (`in March or April 2026`), though they are two
 * months a thing may have happened in, not one stretch: so it is here and not in `MONTH_STRETCH_JOINS`.
 */
const JOINED_YEAR = new RegExp(String.raw`^\s*(?:or|${MONTH_STRETCH_JOINS})\s*${MONTH},?\s+${YEAR}`, 'u');

/** `early March` → 1–10, `mid-March` → 11–20, `late March` → 21–end: a hedged part of the month. */
function partOfMonth(context: string, [from, to]: readonly [number, number]): [number, number] {
  if (context === 'early') return [from, from + 9];
  if (context.startsWith('mid')) return [from + 10, from + 19];
  if (context === 'late') return [from + 20, to];
  return [from, to];
}

function monthAloneCandidate(match: RegExpExecArray, anchor: number, text: string): DateCandidate {
  const groups = match.groups ?? {};
  const context = (groups['ctx'] ?? '').toLowerCase();
  const month = monthNumber(groups['mon'] ?? '');
  const { year, month: anchorMonth } = ymdOf(anchor);
  // A month joined to the next one's year (`in March and April 2026`, `between June and August 2025`)
  // is of that year, or of the year before for a later month (`in December and January 2026`).
  const joined = JOINED_YEAR.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 24));
  const sharedYear = joined?.groups?.['y'] === undefined ? null : Number(joined.groups['y']) - (month > monthNumber(joined.groups['mon'] ?? '') ? 1 : 0);
  let chosen: [number, number];
  if (context === 'last') chosen = monthRange(month < anchorMonth ? year : year - 1, month);
  else if (context === 'next') chosen = monthRange(month > anchorMonth ? year : year + 1, month);
  else if (context === 'this') chosen = monthRange(year, month);
  else if (sharedYear !== null) chosen = monthRange(sharedYear, month);
  else {
    const options = [year - 1, year, year + 1].map((y) => monthRange(y, month));
    chosen = options.reduce((best, option) => (distance(option, anchor) < distance(best, anchor) ? option : best));
  }
  const [from, to] = partOfMonth(context, chosen);
  const keepsContext = ['last', 'next', 'this', 'early', 'late', 'mid', 'mid-'].includes(context);
  const monthStart = match.index + match[0].length - (groups['mon'] ?? '').length;
  const start = keepsContext ? match.index : monthStart;
  const hedged = context === 'early' || context === 'late' || context.startsWith('mid');
  return { start, end: match.index + match[0].length, from, to, precision: hedged ? 'range' : 'month', hedged };
}

/**
 * Every pattern with a month name is tried only a few words before each month name written
 * (dates-keyed.ts): where the name starts (`Jan`, `Sept`, `June` all start with a month's first
 * three letters), after the words of its lead.
 */
const MONTH_START = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/gu;
export const KEYED_CALENDAR: ReadonlyMap<RegExp, KeyedPattern> = new Map(
  (
    [
      [MONTH_DAY, MONTH_DAY_LEAD],
      [DAY_MONTH, DAY_MONTH_LEAD],
      [MONTH_YEAR, MONTH_YEAR_LEAD],
      [MONTH_ALONE, MONTH_ALONE_LEAD],
    ] as const
  ).map(([pattern, lead]) => [pattern, keyedPattern(pattern, MONTH_START, runsAtMost(lead))] as const),
);

function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  const keyed = KEYED_CALENDAR.get(pattern);
  if (keyed !== undefined) {
    yield* keyedMatches(keyed, text);
    return;
  }
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) yield match;
}

/** Dates with a month name or in ISO form, resolved against the article date (a day number). */
export function findCalendarDates(text: string, anchor: number): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const pattern of [MONTH_DAY, DAY_MONTH]) {
    for (const match of matches(pattern, text)) {
      const candidate = dayCandidate(match, anchor);
      if (candidate !== null) found.push(candidate);
    }
  }
  for (const match of matches(MONTH_YEAR, text)) {
    const rel = match.groups?.['rel'];
    const year = rel === undefined ? Number(match.groups?.['y']) : ymdOf(anchor).year + (rel === 'next' ? 1 : rel === 'last' ? -1 : 0);
    const [from, to] = monthRange(year, monthNumber(match.groups?.['mon'] ?? ''));
    found.push({ start: match.index, end: match.index + match[0].length, from, to, precision: 'month', hedged: false });
  }
  for (const match of matches(MONTH_ALONE, text)) found.push(monthAloneCandidate(match, anchor, text));
  for (const match of matches(ISO, text)) {
    const [y, m, d] = [Number(match.groups?.['y']), Number(match.groups?.['m']), Number(match.groups?.['d'])];
    if (!isRealDay(y, m, d)) continue;
    const day = dayOf(y, m, d);
    found.push({ start: match.index, end: match.index + match[0].length, from: day, to: day, precision: 'day', hedged: false });
  }
  return found;
}

/**
 * Where calendar dates and clock times are written, without resolving them: the quantity finder
 * skips numbers inside these (`January 6, 2025` holds no count of 6 or 2025 things).
 */
export function findCalendarSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const pattern of [MONTH_DAY, DAY_MONTH, MONTH_YEAR, ISO, TIME]) {
    for (const match of matches(pattern, text)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
