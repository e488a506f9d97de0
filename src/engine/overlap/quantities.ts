import { DURATION_DAYS, HEDGES_BEFORE, hedgeRange, PERCENT_APPROX_SPREAD, RANGE_DASHES, type HedgeKind } from './quantities-lexicon.ts';
import { findNoun, findNounAfterOf, isYearContext, looksCounted } from './quantities-nouns.ts';
import { afterBy, readNumber, type NumberRead } from './quantities-read.ts';
import { readScore, readScoreInWords, readSlashScore, readTally, readVoteTo, votedAgainst } from './quantities-scores.ts';
import { TokenStream, tokenize } from './quantities-tokens.ts';
import { isTemperatureChange, measureRead, readCurrencyBefore, readUnitAfter, speedRead, type Unit, type UnitRead } from './quantities-units.ts';
import { findClockTimes } from './quantities-clock.ts';
import { BARE_CROWNS, CROWN_CURRENCIES, CUSTOMARY_ROUNDING } from './quantities-lexicon.ts';

export { quantitiesAgree } from './quantities-agree.ts';
export type { Unit } from './quantities-units.ts';

/**
 * A number as a report states it.
 *
 * The span is what a reader would highlight: hedge + currency + number + scale + unit, and for
 * counts and ordinals the noun phrase right after it ("nearly 1,000 homes", "89th minute",
 * "more than $1.2 billion", "52.3%"). A noun reached only through "of the" is not in the span
 * ("79 of the 128 drones" → "79" and "128 drones", both with noun `drone`).
 */
export interface Quantity {
  start: number;
  end: number;
  /**
   * Normalised value: percent as written (52.3), percentage points (25 basis points → 0.25),
   * currency in whole units (`$1.2bn` → 1.2e9), durations in days (`two weeks` → 14),
   * years as the year. For a range it is the midpoint; for a vague amount, its lower bound.
   */
  value: number;
  /** The range the mention allows; see `hedgeRange` for the hedges. `high` may be Infinity. */
  low: number;
  high: number;
  /** Inexact: a hedge, a range or a vague amount ("dozens"). */
  hedged: boolean;
  unit: Unit;
  currency?: string;
  /** Lowercase singular head noun after the number (or after "of the"); for durations and measures, the unit. */
  noun: string | null;
  /**
   * The bound a `just under` (high) or `just over` (low) hedge makes strict: the value lies on
   * that side of the written figure, so no rounding slack is added past it.
   */
  strict?: 'low' | 'high';
  /** Bounded only from above by its hedge (`up to 10%`, `as much as $500 million`, `fewer than 50`). */
  ceiling?: true;
  /** An age read from the words before it (`aged 38`, `older than 65`, `children under 15`; round 15v). */
  age?: true;
  /** Place value of the last written digit in normalised units (`1.2bn` → 1e8, `2.7%` → 0.1); 0 for words like `half`, `dozens`. */
  resolution: number;
  text: string;
}

/**
 * Words after which `over` gives the matter in dispute, not a lower bound: `sued over five videos`,
 * `a row over three contracts`, `concerns over two reactors`.
 */
const OVER_A_MATTER = [
  'sue', 'sues', 'sued', 'suing', 'suit', 'lawsuit', 'row', 'rows', 'dispute', 'disputes', 'clash', 'clashed', 'feud',
  'quarrel', 'protest', 'protests', 'protested', 'concern', 'concerns', 'fears', 'anger', 'outrage', 'criticism',
  'probe', 'inquiry', 'investigation', 'complaint', 'complaints', 'resigned', 'apologised', 'apologized',
];
/**
 * Verbs that take their object before `over` the matter (`arrested two men over three killings`,
 * `fined the club over two incidents`); straight after them `over` is a bound (`arrested over 300
 * fans`).
 */
const OVER_AFTER_AN_OBJECT = ['sue', 'sues', 'sued', 'suing', 'charged', 'arrested', 'fined', 'jailed', 'convicted', 'detained', 'investigated', 'questioned', 'criticised', 'criticized', 'blamed', 'attacked'];

/** A word of dispute just before `over`, or a verb of one before its object (`sued the blogger over`). */
function overAMatter(stream: TokenStream, over: number): boolean {
  if (stream.isWord(over - 1, ...OVER_A_MATTER)) return true;
  for (let at = over - 1; at >= Math.max(0, over - 4); at -= 1) {
    if (!stream.isWord(at) || !stream.spaced(at, at + 1)) return false;
    if (at < over - 1 && stream.isWord(at, ...OVER_AFTER_AN_OBJECT)) return true;
  }
  return false;
}

function hedgeBefore(stream: TokenStream, first: number): { kind: HedgeKind; first: number } | null {
  if (stream.isSym(first - 1, '~')) return { kind: 'approx', first: first - 1 };
  for (const [phrase, kind] of HEDGES_BEFORE) {
    const start = stream.phraseBefore(first - 1, phrase);
    if (start === null || !stream.spaced(first - 1, first)) continue;
    if (phrase === 'over' && overAMatter(stream, start)) return null;
    return { kind, first: start };
  }
  return null;
}

function hedgeAfter(stream: TokenStream, last: number): { kind: HedgeKind; last: number } | null {
  if (stream.isSym(last + 1, '+') && stream.touching(last, last + 1)) return { kind: 'more', last: last + 1 };
  if (stream.isSym(last + 1, '-') && stream.touching(last, last + 1) && stream.isWord(last + 2, 'plus', 'odd') && stream.touching(last + 1, last + 2)) {
    return { kind: 'more', last: last + 2 };
  }
  if (!stream.spaced(last, last + 1)) return null;
  if (stream.phraseAt(last + 1, 'or so') !== null) return { kind: 'approx', last: last + 2 };
  if (stream.phraseAt(last + 1, 'or more') !== null) return { kind: 'atLeast', last: last + 2 };
  if (stream.isWord(last + 1, 'odd')) return { kind: 'more', last: last + 1 };
  return null;
}

/** `20 to 30`, `20-30`, `between 20 and 30`, `$1-2 billion`, `2020-21`: the second number, or null. */
function readRangeEnd(stream: TokenStream, first: NumberRead): { end: NumberRead; low: number; between: boolean } | null {
  // `20%-30%`: the first unit is written twice; the second one is read after the range.
  const percentFirst = stream.isSym(first.last + 1, '%') && stream.touching(first.last, first.last + 1);
  const at = first.last + (percentFirst ? 2 : 1);
  const dash = RANGE_DASHES.some((d) => stream.isSym(at, d));
  const between = stream.isWord(first.first - 1, 'between') || stream.isWord(readCurrencyBefore(stream, first.first)?.first ?? first.first, 'between');
  const connector = dash || (stream.isWord(at, 'to') && stream.spaced(first.last, at)) || (between && stream.isWord(at, 'and'));
  if (!connector || first.kind !== 'cardinal' || first.vague !== undefined) return null;
  let secondAt = at + 1;
  if (stream.at(secondAt)?.kind === 'sym' && !dash) secondAt += 1; // `$1 billion to $2 billion`
  else if (stream.at(secondAt)?.kind === 'sym' && stream.at(secondAt + 1)?.kind === 'num') secondAt += 1;
  const end = readNumber(stream, secondAt);
  if (end === null || end.kind !== 'cardinal' || end.vague !== undefined) return null;
  if (percentFirst && !stream.isSym(end.last + 1, '%')) return null;
  let low = first.value;
  let high = end.value;
  const endScale = end.scale ?? 1;
  if (first.scale === undefined && endScale > 1 && first.value < end.value / endScale) low = first.value * endScale;
  if (first.bare && end.bare && first.value >= 1800 && stream.at(secondAt)?.text.length === 2) high = Math.floor(first.value / 100) * 100 + end.value;
  if (!(low < high)) return null;
  return { end: { ...end, value: high }, low, between };
}

function isListNumber(stream: TokenStream, read: NumberRead): boolean {
  const token = stream.at(read.first);
  if (token === undefined || read.kind !== 'cardinal') return false;
  if (stream.isSym(read.first - 1, '(') && stream.isSym(read.last + 1, ')')) return true;
  const marker = stream.isSym(read.last + 1, '.', ')') && stream.touching(read.last, read.last + 1);
  if (!marker) return false;
  const lineStart = stream.text.lastIndexOf('\n', token.start - 1) + 1;
  return /^\s*$/.test(stream.text.slice(lineStart, token.start));
}

/** A quantity while it is read: token positions instead of character offsets. */
export type Draft = Omit<Quantity, 'start' | 'end' | 'text'> & {
  first: number;
  last: number;
  spanLast: number;
};

/** Fractions need what follows: `a quarter of a percentage point`, `half an hour`, `half of voters`. */
function readFractionUnit(stream: TokenStream, read: NumberRead): UnitRead | null {
  let at = read.last;
  if (stream.isWord(at + 1, 'of') && stream.isWord(at + 2, 'a', 'an')) at += 2;
  else if (stream.isWord(at + 1, 'a', 'an')) at += 1;
  else if (stream.isSym(at + 1, '-') && stream.isWord(at + 2, 'point') && stream.touching(at, at + 1)) {
    return { unit: 'percentage-point', last: at + 2, factor: 1 };
  }
  if (at !== read.last) {
    if (stream.isWord(at + 1, 'point')) return { unit: 'percentage-point', last: at + 1, factor: 1 };
    const unit = readUnitAfter(stream, at, false);
    if (unit !== null && unit.unit !== 'currency') return unit;
    return null;
  }
  if (stream.isWord(read.last + 1, 'of') && !stream.isWord(read.first, 'half') || stream.isWord(read.last + 1, 'of', 'the')) {
    return { unit: 'percent', last: read.last, factor: 100 };
  }
  // A change by a share is a percentage too: `fell by about two-fifths`, `cut by a third`.
  if (!stream.isWord(read.first, 'half') && afterBy(stream, read.first)) {
    return { unit: 'percent', last: read.last, factor: 100 };
  }
  return null;
}

/** A number that is not a quantity (list numbering, a score): skip to its last token. */
interface Skip {
  skipTo: number;
}

/** Verbs and nouns of a move: the figure after `fell to`, `a rise to` is the level reached. */
const MOVED_TO = new Set(['rose', 'rise', 'rises', 'risen', 'rising', 'climbed', 'climbing', 'fell', 'fall', 'falls', 'fallen', 'falling', 'dropped', 'drop', 'dropping', 'jumped', 'soared', 'plunged', 'plummeted', 'sank', 'dipped', 'slipped', 'warmed', 'cooled', 'increased', 'decreased']);

/** Verbs of deciding a new level (`cut to`, `raised to`, `set at`): not those a measure moves by (`fell to`). */
const DECIDED = new Set(['cut', 'cuts', 'reduce', 'reduces', 'reduced', 'lower', 'lowers', 'lowered', 'raise', 'raises', 'raised', 'slash', 'slashes', 'slashed', 'trim', 'trims', 'trimmed', 'hike', 'hikes', 'hiked', 'set', 'sets', 'fixed', 'capped']);
/** A decided value is exact: its rounding slack shrinks to this share of its last digit. */
const SET_VALUE_SLACK = 0.01;
/** The figure a decision sets: `cut to 2.5%`, `will be reduced to 2 per cent`, `set at €71`. */
const setByDecision = (stream: TokenStream, first: number): boolean => stream.isWord(first - 1, 'to', 'at') && stream.isWord(first - 2, ...DECIDED);

/**
 * `-4°F`, `−20 °C`, `minus 4 degrees Fahrenheit`, `4°F below zero`: a temperature below zero,
 * its sign part of the figure (tokens `first`..`last`). A `-` or `−` is a sign only against the
 * digits with a space or nothing before it: `mid-20°C` and `20-25°C` have none.
 */
function temperatureSign(stream: TokenStream, first: number, last: number): { first: number; last: number } | null {
  const sign = stream.at(first - 1);
  const before = sign === undefined ? undefined : stream.text[sign.start - 1];
  const symbol = stream.isSym(first - 1, '-', '−') && stream.touching(first - 1, first) && (before === undefined || /\s/u.test(before));
  const word = stream.isWord(first - 1, 'minus') && stream.spaced(first - 1, first);
  const belowZero = stream.spaced(last, last + 1) ? stream.phraseAt(last + 1, 'below zero') : null;
  if (!symbol && !word && belowZero === null) return null;
  return { first: symbol || word ? first - 1 : first, last: belowZero ?? last };
}

/**
 * `one in four jars`, `1 in 10`, `three out of five voters`, `one in every three`: a share, as
 * `a quarter` or `25%` is (with a hedge before it: `almost one in four`).
 */
function readOneIn(stream: TokenStream, read: NumberRead): Draft | null {
  if (read.kind !== 'cardinal' || read.vague !== undefined || read.resolution !== 1 || !Number.isInteger(read.value) || read.value < 1) return null;
  let at = read.last + 1;
  if (!stream.spaced(read.last, at)) return null;
  // `12 out of 40 passengers` counts people; `nine out of ten` (a whole of ten or less) is a share.
  const outOf = stream.isWord(at, 'out') && stream.isWord(at + 1, 'of');
  if (stream.isWord(at, 'in')) at += 1;
  else if (outOf) at += 2;
  else return null;
  if (stream.isWord(at, 'every')) at += 1;
  const whole = readNumber(stream, at);
  if (whole === null || whole.kind !== 'cardinal' || whole.vague !== undefined || whole.resolution !== 1 || whole.scale !== undefined) return null;
  if (!(whole.value > read.value) || whole.value > (outOf ? 10 : 1000) || stream.isSym(whole.last + 1, '%') || readUnitAfter(stream, whole.last, false) !== null) return null;
  const value = round((read.value / whole.value) * 100);
  const direct = findNoun(stream, whole.last + 1);
  const noun = direct?.noun ?? findNounAfterOf(stream, whole.last + 1);
  // `seven in 10`, `nine out of ten` round a share to tenths: 70% give or take a tenth of its value
  // (it meets `71%`). `one in five`, `one in four` may be exact (`a sample of one in five
  // households`) and stay to the point (round 15v).
  const resolution = whole.value === 10 && read.value >= 2 ? round(value / 10) : 1;
  const draft: Draft = { first: read.first, last: whole.last, spanLast: whole.last, value, low: value, high: value, hedged: false, unit: 'percent', noun, resolution };
  // The hedge, as on a fraction (`almost a quarter`): its step is the share itself.
  const before = hedgeBefore(stream, read.first);
  if (before !== null) {
    const [low, high] = hedgeRange(before.kind, value, stepOf(value, value, false), PERCENT_APPROX_SPREAD);
    [draft.first, draft.low, draft.high, draft.hedged] = [before.first, round(low), round(high), true];
    if (before.kind === 'justUnder' || before.kind === 'justOver') draft.strict = before.kind === 'justUnder' ? 'high' : 'low';
    if (before.kind === 'upTo') draft.ceiling = true;
  }
  return draft;
}

function draftAt(stream: TokenStream, index: number): Draft | Skip | null {
  const slashScore = readSlashScore(stream, index);
  if (slashScore !== null) return slashScore;
  const read = readNumber(stream, index);
  if (read === null) return null;
  if (decadeOfLife(stream, read)) return { skipTo: read.last };
  if (isListNumber(stream, read)) return { skipTo: read.last };
  const share = readOneIn(stream, read) ?? readVoteTo(stream, read);
  if (share !== null) return share;
  const score = readScore(stream, read) ?? readScoreInWords(stream, read);
  if (score !== null) return score;
  const currencyBefore = read.kind === 'cardinal' ? readCurrencyBefore(stream, read.first) : null;
  const range = readRangeEnd(stream, read);
  if (range === null && RANGE_DASHES.some((d) => stream.isSym(read.last + 1, d)) && stream.touching(read.last, read.last + 1) && stream.at(read.last + 2)?.kind === 'num') {
    return readTally(stream, read) ?? { skipTo: read.last + 2 }; // a score or a code: 3-0, 9-11
  }
  let number = range?.end ?? read;
  let unitRead = read.kind === 'fraction' ? readFractionUnit(stream, read) : read.kind === 'cardinal' ? readUnitAfter(stream, number.last, number.vague !== undefined) : null;
  // `two years and a half`, `a year and a half`: the half follows the unit.
  const half = unitRead?.unit === 'duration' && range === null && number.vague === undefined && stream.spaced(unitRead.last, unitRead.last + 1) ? stream.phraseAt(unitRead.last + 1, 'and a half') : null;
  if (unitRead !== null && half !== null && number.resolution >= 1) {
    number = { ...number, value: number.value + 0.5, resolution: 0.5 };
    unitRead = { ...unitRead, last: half };
  }
  if (read.kind === 'fraction' && unitRead === null) return { skipTo: read.last };
  if (read.measure !== undefined) {
    const squared = stream.isSym(read.last + 1, '²') && stream.touching(read.last, read.last + 1);
    unitRead = speedRead(measureRead(read.measure, squared ? read.last + 1 : read.last, squared ? 2 : 1), stream);
  }
  const metres = range === null && unitRead === null && currencyBefore === null ? metresNotMillions(stream, read) : null;
  if (metres !== null) [number, unitRead] = [metres, measureRead('metre', metres.last)];
  const aged = range === null && unitRead === null && currencyBefore === null && read.kind === 'cardinal' && read.vague === undefined ? agedBefore(stream, read.first) : null;
  if (aged !== null) unitRead = { unit: 'duration', last: read.last, factor: DURATION_DAYS.get('year') ?? YEAR_DAYS, noun: 'year' };
  const sign = unitRead?.noun === 'celsius' ? temperatureSign(stream, read.first, unitRead.last) : null;
  if (sign !== null && range !== null) return { skipTo: number.last }; // `-4 to -10°F`: which ends are below zero is unclear
  if (sign !== null && unitRead !== null) unitRead = { ...unitRead, last: sign.last };
  const signed = sign === null ? 1 : -1;
  const currency = currencyBefore?.currency ?? unitRead?.currency;
  if ((number.needsCurrency || (metres === null && read.needsCurrency)) && currency === undefined) return { skipTo: number.last }; // 40m: metres or millions? (`metresNotMillions`)
  let unit: Unit = currency !== undefined ? 'currency' : unitRead?.unit ?? (read.kind === 'ordinal' || isRankNumber(stream, read) ? 'ordinal' : 'count');
  let first = sign?.first ?? currencyBefore?.first ?? read.first;
  let last = unitRead?.last ?? number.last;
  const factor = unitRead?.factor ?? 1;
  // A temperature below zero is a reading (a change is written with a word: `fell 4°F`), and so
  // is the level a move reaches (`fell to 14°F`); any other temperature after a word of change
  // is a difference, with no offset.
  const reachedFirst = hedgeBefore(stream, first)?.first ?? first;
  const reading = sign !== null || (stream.isWord(reachedFirst - 1, 'to') && stream.isWord(reachedFirst - 2, ...MOVED_TO));
  const offset = unitRead?.offset === undefined || (!reading && isTemperatureChange(stream, reachedFirst, unitRead.last)) ? 0 : unitRead.offset;
  const [lowFactor, highFactor] = unitRead?.between ?? [factor, factor];
  let low = (range?.low ?? read.vague?.[0] ?? number.value) * lowFactor * signed + offset;
  let high = (number.vague?.[1] ?? number.value) * highFactor * signed + offset;
  let hedged = range !== null || read.vague !== undefined;
  if (range?.between === true) first = stream.isWord(first - 1, 'between') ? first - 1 : first;
  const after = hedgeAfter(stream, last);
  const before = range?.between === true ? null : hedgeBefore(stream, first) ?? (aged === null ? null : ageBound(stream, aged));
  // A hedge on a temperature below zero widens its distance from zero (`nearly -20°C`, `about
  // 14°F`), and no bound of it is strict or a ceiling.
  const belowZero = low < 0 && high < 0;
  for (const hedge of [before, after]) {
    if (hedge === null) continue;
    const step = stepOf(number.value, number.resolution, number.decimals !== undefined) * factor;
    const spread = unit === 'percent' ? PERCENT_APPROX_SPREAD : Infinity;
    if (belowZero) [low, high] = [-hedgeRange(hedge.kind, -low, step, spread)[1], -hedgeRange(hedge.kind, -high, step, spread)[0]];
    else [low, high] = [hedgeRange(hedge.kind, low, step, spread)[0], hedgeRange(hedge.kind, high, step, spread)[1]];
    hedged = true;
  }
  const strict = belowZero ? undefined : before?.kind === 'justUnder' ? 'high' : before?.kind === 'justOver' ? 'low' : undefined;
  const ceiling = !belowZero && (before?.kind === 'upTo' || after?.kind === 'upTo');
  first = aged ?? before?.first ?? first;
  last = after?.last ?? last;
  if (read.kind === 'decade') [unit, low, high] = ['year', read.value < 100 ? 1900 + read.value : read.value, (read.value < 100 ? 1900 + read.value : read.value) + 9];
  // A bare four-digit number is a year unless it plainly counts something: `killed 2000 people`.
  const yearLike = unit === 'count' && read.bare && number.bare && before === null && after === null && read.value >= 1800 && read.value <= 2100;
  if (yearLike && (isYearContext(stream, first - 1) || !looksCounted(stream, last + 1))) unit = 'year';
  let value = number.value * factor * signed + offset;
  if (read.vague !== undefined) value = low;
  else if (range !== null || read.kind === 'decade') value = Number.isFinite(high) ? (low + high) / 2 : low;
  const against = unit === 'count' && unitRead === null && after === null ? votedAgainst(stream, last) : null;
  const direct = unitRead?.noun === undefined && against === null ? findNoun(stream, last + 1) : null;
  let noun = against === null ? unitRead?.noun ?? direct?.noun ?? null : 'dissent';
  if (noun === null && (unit === 'percent' || unit === 'currency' || unit === 'count')) noun = findNounAfterOf(stream, last + 1);
  const spanLast = (unit === 'count' || unit === 'ordinal') && direct !== null ? direct.last : last;
  const draft: Draft = { first, last, spanLast, value: round(value), low: round(low), high: round(high), hedged, unit, noun, resolution: round(number.resolution * factor) };
  if (unit === 'percent' && read.kind === 'fraction') draft.resolution = 1;
  // `a quarter of an hour`, `half an hour`: a round fraction of a unit is a figure to a tenth
  // either way, so it meets `14 minutes` and `28 minutes` (round 15v).
  if (unit === 'duration' && read.kind === 'fraction' && range === null) draft.resolution = round(Math.abs(draft.value) * FRACTION_OF_A_UNIT_ROUNDING);
  // A rate or price set by a decision (`the 3% rate will be cut to 2.5%`, `reduced to 2 per cent`)
  // is the value decided, written whole: no rounding of a nearby value, so `2 per cent` is not `2.5%`.
  if (!hedged && before === null && after === null && (unit === 'percent' || unit === 'currency') && setByDecision(stream, first)) draft.resolution = round(draft.resolution * SET_VALUE_SLACK);
  if (unitRead?.customary === true) draft.resolution = round(Math.max(draft.resolution, Math.abs(draft.value) * CUSTOMARY_ROUNDING));
  if (currency !== undefined) draft.currency = currency;
  if (strict !== undefined) draft.strict = strict;
  if (ceiling) draft.ceiling = true;
  if (aged !== null) draft.age = true;
  return draft;
}

const YEAR_DAYS = 365.25;
/** A duration written as a fraction of a unit (`half an hour`) is known to this share of its value either way, as a resolution. */
const FRACTION_OF_A_UNIT_ROUNDING = 0.2;

/** Words after a figure that say it is a length, not millions of something (`2,500m above sea level`, `250m out`). */
const AFTER_A_LENGTH = new Set([
  'out', 'from', 'above', 'below', 'beneath', 'under', 'underwater', 'deep', 'high', 'long', 'wide', 'tall', 'away', 'up',
  'down', 'short', 'ahead', 'behind', 'off', 'across', 'into', 'further', 'farther', 'freestyle', 'backstroke', 'breaststroke',
  'butterfly', 'medley', 'hurdles', 'relay', 'sprint', 'race', 'final', 'mark', 'altitude', 'elevation', 'depth', 'dash',
]);

/**
 * `2,500m`, `7190m`, `250m out`, `a 100m-high wall`: a figure with `m` against it and no currency is
 * metres when it is too large to be millions written without a currency (four digits or more) or
 * a word of length, height or a race follows it (round 15v), or a noun of length and `of` stand
 * before it (`a main span of 460m`, round 17n). `5m people` and `raised 5m.` stay
 * unread, as before.
 * Returns the figure as written, in metres.
 */
function metresNotMillions(stream: TokenStream, read: NumberRead): NumberRead | null {
  if (!read.needsCurrency || read.kind !== 'cardinal' || stream.at(read.last)?.lower !== 'm' || read.last !== read.first + 1) return null;
  if (readUnitAfter(stream, read.last, false)?.unit === 'currency') return null;
  const written = (stream.at(read.first)?.text ?? '').replace(/[,\u00A0\u202F\u2009]/gu, '');
  const metres: NumberRead = { ...read, value: round(read.value / 1e6), resolution: round(read.resolution / 1e6), needsCurrency: false };
  delete metres.scale;
  const large = /^\d{4,}$/u.test(written);
  const hyphen = stream.isSym(read.last + 1, '-') && stream.touching(read.last, read.last + 1) ? read.last + 2 : read.last + 1;
  const next = stream.at(hyphen);
  return large || (next?.kind === 'word' && AFTER_A_LENGTH.has(next.lower)) || lengthBefore(stream, read.first) ? metres : null;
}

/** Nouns of a length told before its figure: `a main span of 460m`, `at a depth of 200m`. */
const LENGTH_NOUNS = new Set(['span', 'length', 'height', 'depth', 'altitude', 'elevation', 'width', 'diameter', 'radius', 'distance']);
/** `a span of 460m`, `a depth of about 200m`: the figure is that length, in metres. */
function lengthBefore(stream: TokenStream, first: number): boolean {
  const at = hedgeBefore(stream, first)?.first ?? first;
  return stream.isWord(at - 1, 'of') && stream.isWord(at - 2, ...LENGTH_NOUNS);
}

/**
 * `aged 38`, `aged about 40`, `older than 65`: the figure is an age in years, as `38-year-old` is,
 * and `aged` is in its span (round 15v). Returns the first token of those words, or null.
 */
function agedBefore(stream: TokenStream, first: number): number | null {
  const hedge = hedgeBefore(stream, first);
  const at = hedge?.first ?? first;
  if (!stream.spaced(at - 1, at)) return null;
  if (stream.isWord(at - 1, 'aged')) return at - 1;
  // `children under 15`, `people over 60`: a bound after people is on their age.
  if (hedge !== null && hedge.first === first - 1 && stream.isWord(at, 'under', 'over') && stream.isWord(at - 1, ...PEOPLE_OF_AN_AGE)) return at;
  // `older than 65`, `over the age of 65`: a bound on an age, read as the age it names.
  for (const [phrase] of AGE_BOUNDS) {
    const start = stream.phraseBefore(at - 1, phrase);
    if (start !== null) return start;
  }
  return null;
}
/** People a bound on an age follows (`children under 15`, `adults over 65`). */
const PEOPLE_OF_AN_AGE = ['children', 'kids', 'people', 'adults', 'teenagers', 'teens', 'youngsters', 'minors', 'users', 'pupils', 'students', 'women', 'men', 'patients', 'those', 'anyone', 'everyone', 'residents', 'citizens', 'drivers', 'workers', 'girls', 'boys'];

/** Bounds on an age and the hedge each is (`older than 65` as `more than 65`). */
const AGE_BOUNDS: readonly (readonly [string, HedgeKind])[] = [
  ['older than', 'more'], ['younger than', 'upTo'], ['over the age of', 'more'], ['under the age of', 'upTo'], ['above the age of', 'more'], ['below the age of', 'upTo'],
];
/** The hedge an age bound before the figure makes (`agedBefore`), or null. */
function ageBound(stream: TokenStream, aged: number): { kind: HedgeKind; first: number } | null {
  const bound = AGE_BOUNDS.find(([phrase]) => stream.phraseAt(aged, phrase) !== null);
  return bound === undefined ? null : { kind: bound[1], first: aged };
}

const POSSESSIVES = ['his', 'her', 'their'];

/**
 * `in his 70s`, `in her late 50s`: a decade of someone's life, not the 1970s (round 15v). It is
 * left unread: read as an age range it agreed with the right ages, but the conflict readers then
 * set two people's decades against each other (`her 40s` / `his 70s`), and it gained no fact.
 */
function decadeOfLife(stream: TokenStream, read: NumberRead): boolean {
  if (read.kind !== 'decade' || read.value < 10 || read.value > 90) return false;
  let at = read.first - 1;
  if (stream.isWord(at, 'early', 'mid', 'late')) at -= 1;
  return stream.isWord(at, ...POSSESSIVES) && stream.isWord(at - 1, 'in');
}

/**
 * One step of a written figure's last significant digit: `36` → 1, `2.7` → 0.1, `1,200` → 100,
 * `82,000` → 1,000 (trailing zeros of a whole number are rounding, not digits; `2.70` → 0.01). Infinity for
 * words without a place (`half`, `dozens`).
 */
function stepOf(value: number, resolution: number, decimalsWritten: boolean): number {
  if (!(resolution > 0) || !Number.isFinite(value)) return Infinity;
  if (decimalsWritten) return resolution; // `2.70`, `10.0%`, `1.20 million`: the zeros were written on purpose
  let step = resolution;
  let digits = Math.round(value / resolution);
  while (digits !== 0 && digits % 10 === 0) {
    digits /= 10;
    step *= 10;
  }
  return step;
}

function round(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}

/** Every quantity in the text, in order. Pure and deterministic. */
export function findQuantities(text: string): Quantity[] {
  const stream = new TokenStream(text, tokenize(text));
  const quantities: Quantity[] = [];
  for (let index = 0; index < stream.tokens.length; index += 1) {
    const draft = draftAt(stream, index);
    if (draft === null) continue;
    if ('skipTo' in draft) {
      index = Math.max(index, draft.skipTo);
      continue;
    }
    const startToken = stream.at(draft.first);
    const endToken = stream.at(draft.spanLast);
    if (startToken === undefined || endToken === undefined) continue;
    const { value, low, high, hedged, unit, noun, resolution } = draft;
    const quantity: Quantity = { start: startToken.start, end: endToken.end, value, low, high, hedged, unit, noun, resolution, text: text.slice(startToken.start, endToken.end) };
    if (draft.currency !== undefined) quantity.currency = draft.currency;
    if (draft.strict !== undefined) quantity.strict = draft.strict;
    if (draft.ceiling === true) quantity.ceiling = true;
    if (draft.age === true) quantity.age = true;
    quantities.push(quantity);
    index = Math.max(index, draft.last);
  }
  fillNounsAcrossOf(text, quantities);
  settleBareCrowns(quantities);
  return withClockTimes(joinDurations(text, quantities), findClockTimes(text));
}

/** The figures and the times of day, in text order; a figure inside a time (`1900 GMT`) is the time's. */
function withClockTimes(quantities: readonly Quantity[], times: readonly Quantity[]): Quantity[] {
  if (times.length === 0) return [...quantities];
  const outside = quantities.filter((quantity) => !times.some((time) => quantity.start < time.end && time.start < quantity.end));
  return [...outside, ...times].sort((x, y) => x.start - y.start);
}

const DURATION_GLUE = /^(?:\s+|,\s*|,?\s+and\s+)$/u;

/**
 * `2 hours, 9 minutes, 18 seconds`, `2hr 09min 18sec`, `1 minute and 44 seconds`: one
 * elapsed time written in descending units is one figure, the sum of its parts, precise to its
 * last part. Read apart, `2 hours` would agree with any time between one and a half and two
 * and a half hours.
 */
function joinDurations(text: string, quantities: readonly Quantity[]): Quantity[] {
  const joined: Quantity[] = [];
  for (const quantity of quantities) {
    const previous = joined.at(-1);
    const continues =
      previous !== undefined && previous.unit === 'duration' && quantity.unit === 'duration' && quantity.value < previous.resolution * 1.001 && DURATION_GLUE.test(text.slice(previous.end, quantity.start));
    if (previous === undefined || !continues) {
      joined.push(quantity);
      continue;
    }
    joined[joined.length - 1] = {
      ...previous,
      end: quantity.end,
      value: round(previous.value + quantity.value),
      low: round(previous.low + quantity.low),
      high: round(previous.high + quantity.high),
      hedged: previous.hedged || quantity.hedged,
      resolution: quantity.resolution,
      text: text.slice(previous.start, quantity.end),
    };
  }
  return joined;
}

/**
 * `71 billion Danish crowns … the previous estimate of 59 billion crowns`: a report names its
 * crown currency once in full and then writes it bare. A bare crown takes the crown currency the
 * report names nearest before it (or, failing that, first after it); with none named, it stays
 * a count of crowns. The English `crown` is more than money (`three crowns` may be titles, or a
 * king's): it takes the currency only from a thousand (`2 billion crowns`); `kroner`, `kronor`
 * and the like are only money.
 */
function settleBareCrowns(quantities: Quantity[]): void {
  const named = quantities.filter((quantity) => quantity.unit === 'currency' && quantity.currency !== undefined && CROWN_CURRENCIES.has(quantity.currency));
  const first = named[0];
  if (first === undefined) return;
  for (const quantity of quantities) {
    if (quantity.unit !== 'count' || quantity.noun === null || !BARE_CROWNS.has(quantity.noun)) continue;
    if (quantity.noun === 'crown' && quantity.value < 1000) continue;
    const before = named.filter((other) => other.start < quantity.start).at(-1) ?? first;
    quantity.unit = 'currency';
    quantity.currency = before.currency as string;
    quantity.noun = null;
  }
}

/**
 * `world number six`, `No. 14`, `the number 3 seed`: a place in an order, as `sixth` and `14th`
 * are (decision 004, round 14r).
 */
function isRankNumber(stream: TokenStream, read: NumberRead): boolean {
  if (read.kind !== 'cardinal' || read.vague !== undefined) return false;
  const at = stream.isSym(read.first - 1, '.') && stream.touching(read.first - 2, read.first - 1) ? read.first - 2 : read.first - 1;
  const token = stream.at(at);
  // `No6`: written against the figure, as sports pages do (round 15v).
  if (at === read.first - 1 && token?.text === 'No' && stream.touching(at, read.first)) return true;
  if (!stream.spaced(at === read.first - 1 ? at : at + 1, read.first)) return false;
  return token?.kind === 'word' && (token.lower === 'number' || token.text === 'No');
}

const OF_GAP = /^\s+(?:out\s+)?of(?:\s+(?:the|its|their|his|her|our|these|those|a\s+total\s+of))?\s+$/i;

/** "79 of the 128 drones": the first number counts what the second does. */
function fillNounsAcrossOf(text: string, quantities: Quantity[]): void {
  for (let i = quantities.length - 2; i >= 0; i -= 1) {
    const [a, b] = [quantities[i], quantities[i + 1]];
    if (a === undefined || b === undefined || a.noun !== null || (a.unit !== 'count' && a.unit !== 'percent')) continue;
    const gap = text.slice(a.end, b.start);
    if (b.unit === 'count' && OF_GAP.test(gap)) a.noun = b.noun;
  }
}
