import { addMonths, dayOf, monthRange, weekRange, weekdayOf, yearRange, ymdOf } from './dates-calendar.ts';
import type { DateCandidate } from './dates-patterns.ts';
import { HEDGES_BEFORE, SMALL, TENS, WEEKDAY_NAMES, hedgeRange } from './quantities-lexicon.ts';
import { keyedMatches, keyedPattern, runsAtMost, type KeyedPattern } from './dates-keyed.ts';
import { afterRecord, futureAfter, futureClause } from './dates-clause.ts';

/**
 * Dates written relative to the article: `yesterday`, `last year`, `this week`, `Monday`,
 * `three years ago`, `in 2022`, `the 18th`. Resolved against the article date (a day number).
 */

const HEDGE = HEDGES_BEFORE.map(([phrase]) => phrase.replaceAll(' ', String.raw`\s+`)).join('|');
/** A digit's words (`SMALL`'s one to nine), after a ten's hyphen (`twenty-one`). */
const DIGIT_WORDS = [...SMALL].filter(([, value]) => value >= 1 && value <= 9).map(([word]) => word).join('|');
const AMOUNT = String.raw`\d{1,3}|an?|(?:${[...SMALL.keys(), ...TENS.keys()].join('|')})(?:-(?:${DIGIT_WORDS}))?|a\s+few|several|a\s+couple\s+of`;
const UNIT = String.raw`days?|weeks?|months?|years?|decades?`;
const B = String.raw`(?<![\p{L}\d])`;
const E = String.raw`(?![\p{L}\d])`;

/** What `N years ago` and `N years from now` hold before their keyword: a hedge, an amount and a unit. */
const OFFSET = String.raw`${B}(?:(?<hedge>${HEDGE})\s+)?(?<n>${AMOUNT})\s+(?<unit>${UNIT})`;
const AGO = new RegExp(String.raw`${OFFSET}\s+ago${E}`, 'giu');
const FROM_NOW = new RegExp(String.raw`${OFFSET}\s+from\s+(?:now|today)${E}`, 'giu');
/**
 * `in two weeks` / `in two weeks’ time`: a day ahead only in a clause about the future (`voters
 * will return … in two weeks`), and not after a record (`the first time in three years`).
 */
const IN_N = new RegExp(String.raw`${B}in\s+(?<n>${AMOUNT})\s+(?<unit>${UNIT})(?<time>['’]?\s+time)?(?![\p{L}\d]|\s+of\b)`, 'giu');
const PAST_N = new RegExp(String.raw`${B}the\s+(?:past|last)\s+(?:(?<n>${AMOUNT})\s+)?(?<unit>${UNIT})${E}`, 'giu');
/** What `late last month` holds before its period: an edge of it, and which. */
const PERIOD_LEAD = String.raw`${B}(?:(?<edge>earlier|later|early|mid-?|late|(?:at\s+)?the\s+(?:end|start|beginning)\s+of)(?:\s+|(?<=-)))?(?<which>this|last|next|coming|past)\s+`;
const PERIOD = new RegExp(String.raw`${PERIOD_LEAD}(?<period>week|month|year|weekend)${E}`, 'giu');
const WEEKEND = new RegExp(String.raw`${B}(?:over\s+)?the\s+weekend${E}`, 'giu');
const SIMPLE = new RegExp(String.raw`${B}(?<word>yesterday|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)${E}`, 'giu');
const WEEKDAY_LEAD = String.raw`${B}(?:(?<which>[Ll]ast|[Nn]ext|[Tt]his\s+coming|[Tt]his|[Cc]oming)\s+)?`;
const WEEKDAY = new RegExp(String.raw`${WEEKDAY_LEAD}(?<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?!\p{L})`, 'gu');
/** A quarter of a year (`the third quarter of 2025`, `the June quarter of 2024`, the quarter that ends in June): its months. */
const PART_OF_YEAR = String.raw`the\s+(?:first|second|third|fourth|march|june|september|december)\s+quarter\s+of`;
const PART_MONTHS: Readonly<Record<string, readonly [number, number]>> = { 'first quarter': [1, 3], 'march quarter': [1, 3], 'second quarter': [4, 6], 'june quarter': [4, 6], 'third quarter': [7, 9], 'september quarter': [7, 9], 'fourth quarter': [10, 12], 'december quarter': [10, 12] };
const YEAR_LEAD = String.raw`${B}(?<ctx>between|in|since|by|until|till|during|from|before|after|of|early|late|mid-?|the\s+(?:end|start|beginning)\s+of|the\s+year|${PART_OF_YEAR})\s*`;
const YEAR = new RegExp(String.raw`${YEAR_LEAD}(?<y>1[89]\d\d|20\d\d)(?:\s*(?:-|–|to|and|until)\s*(?<y2>1[89]\d\d|20\d\d))?(?![\p{L}\d]|,\d)`, 'giu');
const DECADE = new RegExp(String.raw`${B}the\s+(?<y>1[89]\d0|20\d0)s${E}`, 'giu');
/** What `on the 18th` holds before the ordinal's last digit. */
const DAY_OF_MONTH_LEAD = String.raw`${B}(?:on|by|until|since|from|before|after)\s+the\s+`;
const DAY_OF_MONTH = new RegExp(String.raw`${DAY_OF_MONTH_LEAD}(?<d>[12]?\d|3[01])(?:st|nd|rd|th)(?!\s+(?!and\b|when\b|at\b|in\b|to\b|through\b|but\b)\p{L})${E}`, 'giu');
const SINCE = /\bsince\s+$/iu;

function amountOf(raw: string): [number, number] {
  const word = raw.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(word)) return [Number(word), Number(word)];
  if (word === 'a' || word === 'an') return [1, 1];
  if (word === 'a few') return [2, 5];
  if (word === 'several') return [3, 9];
  if (word === 'a couple of') return [2, 2];
  const [tens, unit] = word.split('-');
  const value = (TENS.get(tens ?? '') ?? SMALL.get(tens ?? '') ?? 0) + (SMALL.get(unit ?? '') ?? 0);
  return [value, value];
}

/**
 * `three years ago` (back) or `four years from now` (ahead): written amounts are rounded, so an
 * unhedged amount of weeks or more means N ± ½ unit; days are exact. A hedge replaces the
 * rounding with its own range: `nearly three years ago` → 2.55–3 years ago. An open-ended
 * `at least` is capped at 10× N.
 */
function offsetCandidate(match: RegExpExecArray, anchor: number, sign: 1 | -1, start = match.index): DateCandidate {
  const groups = match.groups ?? {};
  const unit = groups['unit'] ?? 'day';
  const [n1, n2] = amountOf(groups['n'] ?? '1');
  const hedge = HEDGES_BEFORE.find(([phrase]) => phrase === (groups['hedge'] ?? '').toLowerCase().replace(/\s+/g, ' '))?.[1];
  let [low, high] = [n1, n2];
  if (hedge !== undefined) [low, high] = [hedgeRange(hedge, n1)[0], Math.min(hedgeRange(hedge, n2)[1], n2 * 10)];
  else if (!/^days?$/i.test(unit)) [low, high] = [n1 - 0.5, n2 + 0.5];
  const [near, far] = [goBack(anchor, unit, sign * -low), goBack(anchor, unit, sign * -high)];
  const [from, to] = sign === 1 ? [near, far] : [far, near];
  return { start, end: match.index + match[0].length, from, to, precision: from === to ? 'day' : 'range', hedged: hedge !== undefined || n1 !== n2 };
}

/** Rounds halves away from zero (`Math.round(-10.5)` is -10), so going back and going ahead mirror each other. */
function roundAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/**
 * Go back `amount` units (fractions allowed; negative goes ahead) from the anchor. A part month
 * is counted in the days between the whole months' day and the next month's (`half a month`
 * after Jan 31 is half of the 28 days to Feb 28), not from the day a month-end is cut to.
 */
function goBack(anchor: number, unit: string, amount: number): number {
  const singular = unit.toLowerCase().replace(/s$/, '');
  if (singular === 'day') return anchor - roundAway(amount);
  if (singular === 'week') return anchor - roundAway(amount * 7);
  const months = -amount * (singular === 'month' ? 1 : singular === 'year' ? 12 : 120);
  const whole = Math.trunc(months);
  const part = months - whole;
  const base = addMonths(anchor, whole);
  if (part === 0) return base;
  const next = addMonths(anchor, whole + Math.sign(part));
  return base + Math.sign(part) * roundAway(Math.abs(part) * Math.abs(next - base));
}

function periodRange(period: string, day: number): [number, number] {
  const { year, month } = ymdOf(day);
  if (period === 'week') return weekRange(day);
  if (period === 'month') return monthRange(year, month);
  if (period === 'weekend') return lastWeekend(day);
  return yearRange(year);
}

/** The Saturday–Sunday on or before the day (the weekend in progress if it is one). */
function lastWeekend(day: number): [number, number] {
  const weekday = weekdayOf(day);
  const saturday = weekday === 0 ? day - 1 : day - ((weekday + 1) % 7);
  return [saturday, saturday + 1];
}

/** Which part of a month or year `early` / `mid` / `late` / `the end of` / `the start of` name, as shares of its length. */
function partOf(edge: string): [number, number] | null {
  if (edge === 'early') return [0, 1 / 3];
  if (edge === 'mid' || edge === 'mid-') return [1 / 3, 2 / 3];
  if (edge === 'late') return [2 / 3, 1];
  if (edge === 'the end of') return [3 / 4, 1];
  if (edge === 'the start of' || edge === 'the beginning of') return [0, 1 / 4];
  return null;
}

function takePart(from: number, to: number, [low, high]: [number, number]): [number, number] {
  const length = to - from + 1;
  return [from + Math.floor(length * low), from + Math.ceil(length * high) - 1];
}

function periodCandidate(match: RegExpExecArray, anchor: number): DateCandidate {
  const groups = match.groups ?? {};
  const which = (groups['which'] ?? '').toLowerCase();
  const period = (groups['period'] ?? '').toLowerCase();
  const edge = (groups['edge'] ?? '').toLowerCase();
  let day = anchor;
  if (which === 'last' || which === 'past') day = period === 'week' ? anchor - 7 : period === 'month' ? addMonths(anchor, -1) : period === 'year' ? addMonths(anchor, -12) : anchor;
  if (which === 'next' || which === 'coming') day = period === 'week' || period === 'weekend' ? anchor + 7 : period === 'month' ? addMonths(anchor, 1) : addMonths(anchor, 12);
  let [from, to] = periodRange(period, day);
  // "this weekend" is the one of this Monday-to-Sunday week, even when it is still to come.
  if (period === 'weekend' && which === 'this') [from, to] = [weekRange(anchor)[1] - 1, weekRange(anchor)[1]];
  if (edge === 'earlier') to = Math.min(to, anchor);
  if (edge === 'later') from = Math.max(from, anchor);
  // `late last month`, `early next year`, `the end of this month`: a third of the month or year
  // (a quarter for its end or start), hedged like `late 2022`.
  const part = partOf(edge.replace(/^at\s+/u, '').replace(/\s+/gu, ' '));
  if (part !== null && period === 'month') [from, to] = takePart(from, to, part);
  if (part !== null && period === 'year') {
    // Of a year, whole months, as `late 2022` reads: Jan–Apr, May–Aug, Sep–Dec, Oct–Dec, Jan–Mar.
    const { year } = ymdOf(from);
    const [first, last] = part[0] === 0 ? (part[1] === 1 / 4 ? [1, 3] : [1, 4]) : part[0] === 3 / 4 ? [10, 12] : part[0] === 1 / 3 ? [5, 8] : [9, 12];
    [from, to] = [dayOf(year, first, 1), monthRange(year, last)[1]];
  }
  const precision = period === 'year' && edge === '' ? 'year' : period === 'month' && edge === '' ? 'month' : 'range';
  return { start: match.index, end: match.index + match[0].length, from, to, precision, hedged: part !== null };
}

function weekdayCandidate(match: RegExpExecArray, text: string, anchor: number): DateCandidate {
  const groups = match.groups ?? {};
  const target = WEEKDAY_NAMES.indexOf((groups['day'] ?? '').toLowerCase());
  const which = (groups['which'] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const back = (weekdayOf(anchor) - target + 7) % 7;
  const ahead = (target - weekdayOf(anchor) + 7) % 7;
  // The words before the weekday in its clause (looking back at most 300 characters): a future
  // in another clause (`voters will return … after no candidate won … in Sunday’s election`)
  // says nothing of this day.
  const future = futureClause(text, match.index);
  let day: number;
  if (which === 'last') day = anchor - (back === 0 ? 7 : back);
  // `this Sunday` is the Sunday of the article's Monday-to-Sunday week (`walking out from 22:00
  // this Sunday` in a Friday's report is two days ahead), or the next one if the clause is future
  // and that day has passed.
  else if (which === 'this') day = thisWeekday(anchor, target, future);
  else if (which === 'next' || which === 'coming' || which === 'this coming') day = anchor + (ahead === 0 ? 7 : ahead);
  else day = future ? anchor + ahead : anchor - back;
  // `since Monday` starts a stretch that runs to the article's day: no day of an event.
  if (which === '' && SINCE.test(text.slice(Math.max(0, match.index - 12), match.index)) && day < anchor) {
    return { start: match.index, end: match.index + match[0].length, from: day, to: anchor, precision: 'range', hedged: false };
  }
  const start = which === 'this' || which === '' ? match.index + match[0].indexOf(groups['day'] ?? '') : match.index;
  // `next Sunday` is the coming Sunday to some writers and the Sunday of next week to others:
  // the day is read as the coming one, but as a guess, never set against another report's day.
  const ambiguous = which === 'next';
  return { start, end: match.index + match[0].length, from: day, to: day, precision: 'day', hedged: ambiguous };
}

function thisWeekday(anchor: number, target: number, future: boolean): number {
  const day = weekRange(anchor)[0] + ((target + 6) % 7);
  return future && day < anchor ? day + 7 : day;
}

/** `early 2022` → Jan–Apr, `mid-2022` → May–Aug, `late 2022` → Sep–Dec, `the end of 2022` → Oct–Dec; `the June quarter of 2022` → Apr–Jun. */
function yearCandidate(match: RegExpExecArray): DateCandidate | null {
  const groups = match.groups ?? {};
  const context = (groups['ctx'] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const y = Number(groups['y']);
  const y2 = groups['y2'] === undefined ? y : Number(groups['y2']);
  if (y2 < y) return null;
  let [from, to] = [yearRange(y)[0], yearRange(y2)[1]];
  let hedged = false;
  if (y === y2 && ['early', 'mid', 'mid-', 'late', 'the end of', 'the start of', 'the beginning of'].includes(context)) {
    hedged = true;
    const [first, last] = context === 'early' ? [1, 4] : context.startsWith('mid') ? [5, 8] : context === 'late' ? [9, 12] : context === 'the end of' ? [10, 12] : [1, 3];
    [from, to] = [dayOf(y, first, 1), monthRange(y, last)[1]];
  }
  const part = PART_MONTHS[context.replace(/^the (.*) of$/u, '$1')];
  if (y === y2 && part !== undefined) [from, to] = [dayOf(y, part[0], 1), monthRange(y, part[1])[1]];
  const keepsContext = hedged || context === 'the year' || part !== undefined;
  const start = keepsContext ? match.index : match.index + match[0].search(/\d/);
  return { start, end: match.index + match[0].length, from, to, precision: y === y2 && !hedged && part === undefined ? 'year' : 'range', hedged };
}

function dayOfMonthCandidate(match: RegExpExecArray, anchor: number): DateCandidate | null {
  const d = Number(match.groups?.['d']);
  const candidates = [-1, 0, 1].map((shift) => ymdOf(addMonths(dayOf(ymdOf(anchor).year, ymdOf(anchor).month, 1), shift)))
    .filter(({ year, month }) => d <= monthRange(year, month)[1] - monthRange(year, month)[0] + 1)
    .map(({ year, month }) => dayOf(year, month, d));
  const day = candidates.reduce<number | null>((best, c) => (best === null || Math.abs(c - anchor) < Math.abs(best - anchor) ? c : best), null);
  if (day === null || d < 1) return null;
  const start = match.index + match[0].toLowerCase().indexOf('the');
  return { start, end: match.index + match[0].length, from: day, to: day, precision: 'day', hedged: false };
}

/** The most words a hedge has (`a little more than`). */
const HEDGE_WORDS = Math.max(...HEDGES_BEFORE.map(([phrase]) => phrase.split(' ').length));
/** `N years ago`, `N years from now`: a hedge, an amount (`a couple of`) and a unit before the space before the keyword. */
const OFFSET_RUNS = HEDGE_WORDS + runsAtMost(AMOUNT) + 1;

/**
 * The patterns tried only a few words before their keyword (dates-keyed.ts), with where the
 * keyword is found in a match: the space before `ago` or `from now`, the last digit of the day's
 * ordinal, the weekday, the period (`week`), the (first) year.
 */
export const KEYED: ReadonlyMap<RegExp, KeyedPattern> = new Map(
  [
    keyedPattern(AGO, /\sago(?![\p{L}\d])/giu, OFFSET_RUNS),
    keyedPattern(FROM_NOW, /\sfrom\s+(?:now|today)(?![\p{L}\d])/giu, OFFSET_RUNS),
    // Before the ordinal's last digit: `on`, `the` and the day's first digit.
    keyedPattern(DAY_OF_MONTH, /\d(?:st|nd|rd|th)/giu, runsAtMost(DAY_OF_MONTH_LEAD) + 1),
    keyedPattern(PERIOD, /(?:week|month|year|weekend)(?![\p{L}\d])/giu, runsAtMost(PERIOD_LEAD)),
    keyedPattern(WEEKDAY, /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?!\p{L})/gu, runsAtMost(WEEKDAY_LEAD)),
    keyedPattern(YEAR, /1[89]\d\d|20\d\d/gu, runsAtMost(YEAR_LEAD)),
  ].map((keyed) => [keyed.pattern, keyed] as const),
);

function* each(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  const keyed = KEYED.get(pattern);
  if (keyed !== undefined) {
    yield* keyedMatches(keyed, text);
    return;
  }
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) yield match;
}

export function findRelativeDates(text: string, anchor: number): DateCandidate[] {
  const found: DateCandidate[] = [];
  const push = (candidate: DateCandidate | null): void => {
    if (candidate !== null) found.push(candidate);
  };
  for (const match of each(AGO, text)) push(offsetCandidate(match, anchor, -1));
  for (const match of each(FROM_NOW, text)) push(offsetCandidate(match, anchor, 1));
  for (const match of each(IN_N, text)) {
    // `for the first time in three years` is the stretch a record is counted over: no date.
    if (afterRecord(text, match.index)) continue;
    if (futureClause(text, match.index) || futureAfter(text, match.index + match[0].length)) push(offsetCandidate(match, anchor, 1));
  }
  for (const match of each(PAST_N, text)) {
    const [, n] = amountOf(match.groups?.['n'] ?? '1');
    const from = goBack(anchor, match.groups?.['unit'] ?? 'day', n);
    push({ start: match.index, end: match.index + match[0].length, from, to: anchor, precision: 'range', hedged: false });
  }
  for (const match of each(PERIOD, text)) push(periodCandidate(match, anchor));
  for (const match of each(WEEKEND, text)) {
    const [from, to] = lastWeekend(anchor);
    push({ start: match.index + match[0].toLowerCase().indexOf('the'), end: match.index + match[0].length, from, to, precision: 'range', hedged: false });
  }
  for (const match of each(SIMPLE, text)) {
    const word = (match.groups?.['word'] ?? '').toLowerCase();
    const day = word.startsWith('yesterday') || word.startsWith('last') ? anchor - 1 : word === 'tomorrow' ? anchor + 1 : anchor;
    push({ start: match.index, end: match.index + match[0].length, from: day, to: day, precision: 'day', hedged: false });
  }
  for (const match of each(WEEKDAY, text)) push(weekdayCandidate(match, text, anchor));
  for (const match of each(YEAR, text)) push(yearCandidate(match));
  for (const match of each(DECADE, text)) {
    const y = Number(match.groups?.['y']);
    push({ start: match.index, end: match.index + match[0].length, from: yearRange(y)[0], to: yearRange(y + 9)[1], precision: 'range', hedged: false });
  }
  for (const match of each(DAY_OF_MONTH, text)) push(dayOfMonthCandidate(match, anchor));
  return found;
}
