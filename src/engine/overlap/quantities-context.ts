import { MONTH_ABBREVIATIONS, MONTH_NAMES, RANGE_DASHES, WEEKDAY_NAMES, type HedgeKind } from './quantities-lexicon.ts';
import { hedgeBefore, round } from './quantities-hedges.ts';
import { afterBy, readNumber, type NumberRead } from './quantities-read.ts';
import { RESULT_VERBS } from './quantities-scores.ts';
import type { TokenStream } from './quantities-tokens.ts';
import { measureRead, readCurrencyBefore, readUnitAfter, type UnitRead } from './quantities-units.ts';

/**
 * What the words around a number make of it, for the quantity finder (`quantities-draft.ts`): a
 * range's second end, list numbering, a fraction's unit, a sign below zero, metres not millions,
 * an age, a decade of someone's life, a place in an order.
 */

/** `20 to 30`, `20-30`, `between 20 and 30`, `$1-2 billion`, `2020-21`: the second number, or null. */
export function readRangeEnd(stream: TokenStream, first: NumberRead): { end: NumberRead; low: number; between: boolean } | null {
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

export function isListNumber(stream: TokenStream, read: NumberRead): boolean {
  const token = stream.at(read.first);
  if (token === undefined || read.kind !== 'cardinal') return false;
  if (stream.isSym(read.first - 1, '(') && stream.isSym(read.last + 1, ')')) return true;
  const marker = stream.isSym(read.last + 1, '.', ')') && stream.touching(read.last, read.last + 1);
  if (!marker) return false;
  const lineStart = stream.text.lastIndexOf('\n', token.start - 1) + 1;
  return /^\s*$/.test(stream.text.slice(lineStart, token.start));
}

/** Fractions need what follows: `a quarter of a percentage point`, `half an hour`, `half of voters`. */
export function readFractionUnit(stream: TokenStream, read: NumberRead): UnitRead | null {
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

/**
 * `-4°F`, `−20 °C`, `minus 4 degrees Fahrenheit`, `4°F below zero`: a temperature below zero,
 * its sign part of the figure (tokens `first`..`last`). A `-` or `−` is a sign only against the
 * digits with a space or nothing before it: `mid-20°C` and `20-25°C` have none.
 */
export function temperatureSign(stream: TokenStream, first: number, last: number): { first: number; last: number } | null {
  const sign = stream.at(first - 1);
  const before = sign === undefined ? undefined : stream.text[sign.start - 1];
  const symbol = stream.isSym(first - 1, '-', '−') && stream.touching(first - 1, first) && (before === undefined || /\s/u.test(before));
  const word = stream.isWord(first - 1, 'minus') && stream.spaced(first - 1, first);
  const belowZero = stream.spaced(last, last + 1) ? stream.phraseAt(last + 1, 'below zero') : null;
  if (!symbol && !word && belowZero === null) return null;
  return { first: symbol || word ? first - 1 : first, last: belowZero ?? last };
}

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
export function metresNotMillions(stream: TokenStream, read: NumberRead): NumberRead | null {
  if (!read.needsCurrency || read.kind !== 'cardinal' || stream.at(read.last)?.lower !== 'm' || read.last !== read.first + 1) return null;
  if (readUnitAfter(stream, read.last, false)?.unit === 'currency') return null;
  const written = (stream.at(read.first)?.text ?? '').replace(/[,\u00A0\u202F\u2009]/gu, '');
  const metres: NumberRead = { ...read, value: round(read.value / 1e6), resolution: round(read.resolution / 1e6), needsCurrency: false };
  delete metres.scale;
  const large = /^\d{4,}$/u.test(written);
  const hyphen = stream.isSym(read.last + 1, '-') && stream.touching(read.last, read.last + 1) ? read.last + 2 : read.last + 1;
  const next = stream.at(hyphen);
  return large || (next?.kind === 'word' && AFTER_A_LENGTH.has(next.lower)) || lengthBefore(stream, read.first) || convertedLength(stream, read.last) ? metres : null;
}

/**
 * `around 5m (16ft)`, `5m (16 feet)`: the conversion in brackets after the figure is a length,
 * so the figure is one too (round 25g).
 */
function convertedLength(stream: TokenStream, last: number): boolean {
  if (!stream.isSym(last + 1, '(')) return false;
  const converted = readNumber(stream, last + 2);
  if (converted === null || converted.kind !== 'cardinal') return false;
  const unit = converted.measure !== undefined ? measureRead(converted.measure, converted.last) : readUnitAfter(stream, converted.last, false);
  return unit !== null && unit.noun === 'metre';
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
export function agedBefore(stream: TokenStream, first: number): number | null {
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
/**
 * `Luca Ferrandi, 17, was grabbed`, `Thomas Brenninger, 56, was paid`: a whole number written
 * bare, set off by commas (or closed by a bracket) right after a capitalised name, is that
 * person's age, as `a 17-year-old` is (round 24c). Not after a month or a weekday standing alone
 * (`Friday, 17`; `Theresa May, 62,` is a person), a number or an amount (`March 3, 17`,
 * `£4.3million, 17`), `No` (`No, 17`), nor after a place or a rival a preposition or a verb of a
 * result stands before (`in Brescia, 17,`, `In Brescia, 17,`, `beat Leeds, 3,`). A run of names
 * with figures (`Maria Rossi, 45, Luca Bianchi, 37, and Anna Verdi, 52.`) is judged whole (mend A,
 * session 18): every figure of it is an age when every name is a person's (two capitalised words
 * or more, or a title before: `Mr. Smith`), none when one is not (`Verona, 21, Padua, 17`,
 * `Smith, 5, Jones, 7`: a tally). A score written without commas (`Arsenal 2, Chelsea 1`) has none
 * before its figure. So is a figure told of `who` (`toldOfWho`).
 */
export function apposedAge(stream: TokenStream, read: NumberRead): boolean {
  if (!ageFigure(read)) return false;
  if (toldOfWho(stream, read)) return true;
  const item = apposedItem(stream, read.first);
  if (item === null || item === NO_ITEM) return false;
  const run = [item];
  for (let before = itemBefore(stream, item); before !== null; before = itemBefore(stream, before)) {
    if (before === NO_ITEM) return false; // a figure before the name that is no age (`2019, Smith, 45,`)
    run.unshift(before);
  }
  for (let after = itemAfter(stream, item); after !== null; after = itemAfter(stream, after)) run.push(after);
  const [first, last] = [run[0] as ApposedItem, run.at(-1) as ApposedItem];
  if (stream.isWord(first.name - 1, ...PLACE_OR_RIVAL_BEFORE)) return false;
  if (run.length === 1) return stream.isSym(item.figure + 1, ',', ')') && stream.touching(item.figure, item.figure + 1);
  return stream.isSym(last.figure + 1, ',', ')', '.', ';') && stream.touching(last.figure, last.figure + 1) && run.every((x) => x.person);
}
/** One line of `Name, N`: the token of the name's first word (or its title's: `Mr. Smith`), of its figure, and whether the name is a person's. */
interface ApposedItem {
  name: number;
  figure: number;
  person: boolean;
}
/** A figure where a line of a run would stand that is no age (`2019` in `2019, Smith, 45,`). */
const NO_ITEM: ApposedItem = { name: -1, figure: -1, person: false };
/** A whole number an age may be: bare, 1 to `MAX_AGE` - 1. */
const ageFigure = (read: NumberRead): boolean =>
  read.kind === 'cardinal' && read.vague === undefined && read.bare && read.last === read.first && Number.isInteger(read.value) && read.value >= 1 && read.value < MAX_AGE;
/**
 * The line `Name, N` whose figure is token `figure`: null when no capitalised name stands right
 * before its comma; `NO_ITEM` when the figure is no age or the name is a month, a weekday or `No`
 * alone. The name runs back over capitalised words, and stops at a word that is no name's
 * (`In Brescia`, `Last Friday`).
 */
function apposedItem(stream: TokenStream, figure: number): ApposedItem | null {
  const last = figure - 2;
  const word = stream.at(last);
  if (word?.kind !== 'word' || !/^\p{Lu}/u.test(word.text) || !stream.isSym(figure - 1, ',') || !stream.touching(last, figure - 1) || !stream.spaced(figure - 1, figure)) return null;
  const read = readNumber(stream, figure);
  if (read === null || read.first !== figure || !ageFigure(read)) return NO_ITEM;
  let name = last;
  while (nameWord(stream, name - 1) && stream.spaced(name - 1, name)) name -= 1;
  if (name === last && NOT_A_PERSON.has(word.lower)) return NO_ITEM;
  const titled = titleBefore(stream, name);
  return { name: titled ? name - 2 : name, figure, person: name < last || titled };
}
/** A capitalised word that may be part of a name: not a preposition, a verb of a result or a word of time (`In`, `Last`). */
const nameWord = (stream: TokenStream, at: number): boolean =>
  stream.at(at)?.kind === 'word' && /^\p{Lu}/u.test(stream.at(at)?.text ?? '') && !stream.isWord(at, ...PLACE_OR_RIVAL_BEFORE, ...NOT_IN_A_NAME);
/** A title and its full stop right before token `name` (`Mr. Smith`). */
const titleBefore = (stream: TokenStream, name: number): boolean => stream.isSym(name - 1, '.') && stream.touching(name - 2, name - 1) && stream.isWord(name - 2, ...PERSON_TITLES);
/** The line of a run before `item` (`Maria Rossi, 45,` before `Luca Bianchi, 37`), after `,`, `, and` or `and`. */
function itemBefore(stream: TokenStream, item: ApposedItem): ApposedItem | null {
  const and = stream.isWord(item.name - 1, 'and') ? item.name - 1 : item.name;
  const figure = stream.isSym(and - 1, ',') ? and - 2 : and !== item.name ? and - 1 : -1;
  return figure >= 0 && stream.at(figure)?.kind === 'num' ? apposedItem(stream, figure) ?? NO_ITEM : null;
}
/** The line of a run after `item`: `, Name, N`, `, and Name, N` or ` and Name, N`, its name of five words at most. */
function itemAfter(stream: TokenStream, item: ApposedItem): ApposedItem | null {
  let at = stream.isSym(item.figure + 1, ',') && stream.touching(item.figure, item.figure + 1) ? item.figure + 2 : item.figure + 1;
  if (stream.isWord(at, 'and')) at += 1;
  else if (at === item.figure + 1) return null;
  const words = titleBefore(stream, at + 2) ? at + 2 : at;
  for (let last = words; last < words + 5 && nameWord(stream, last); last += 1) {
    if (!stream.isSym(last + 1, ',')) continue;
    const next = apposedItem(stream, last + 2);
    return next !== null && next !== NO_ITEM && next.name === at ? next : null;
  }
  return null;
}
/**
 * `Delaney, who is 51 and from Dalkey`: a bare figure a relative clause of a person gives (`who
 * is`, `who was`, `who turns`, `who turned`), with no noun after it (`who was 3 points behind`
 * counts points), is that person's age too.
 */
function toldOfWho(stream: TokenStream, read: NumberRead): boolean {
  const verb = read.first - 1;
  if (!stream.isWord(verb, 'is', 'was', 'turns', 'turned') || !stream.isWord(verb - 1, 'who') || !stream.spaced(verb, read.first)) return false;
  const next = stream.at(read.last + 1);
  return next === undefined || (next.kind === 'sym' && /^[,.;)]$/u.test(next.text)) || stream.isWord(read.last + 1, 'and');
}
/** An age above this is no age (a figure after a name: `Lövgren, 271,` a total). */
const MAX_AGE = 120;
/** Capitalised words that, written alone, are no one a bare figure after them is the age of: months, weekdays, `No`. */
const NOT_A_PERSON: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAY_NAMES, 'no']);
/** Words before a name that make it a place or a rival (`in Brescia`, `beat Leeds`), not a person an age is given to. */
const PLACE_OR_RIVAL_BEFORE = ['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'into', 'towards', 'toward', 'against', 'v', 'vs', 'versus', ...RESULT_VERBS];
/** Capitalised words of time that open a sentence before a name of a day (`Last Friday, 17,`): no part of a name. */
const NOT_IN_A_NAME = ['last', 'next', 'this', 'the'];
/** Titles written with a full stop before a surname (`Mr. Smith`): the name is a person's. */
const PERSON_TITLES = ['mr', 'mrs', 'ms', 'dr', 'prof', 'rev'];

/** People a bound on an age follows (`children under 15`, `adults over 65`). */
const PEOPLE_OF_AN_AGE = ['children', 'kids', 'people', 'adults', 'teenagers', 'teens', 'youngsters', 'minors', 'users', 'pupils', 'students', 'women', 'men', 'patients', 'those', 'anyone', 'everyone', 'residents', 'citizens', 'drivers', 'workers', 'girls', 'boys'];

/** Bounds on an age and the hedge each is (`older than 65` as `more than 65`). */
const AGE_BOUNDS: readonly (readonly [string, HedgeKind])[] = [
  ['older than', 'more'], ['younger than', 'upTo'], ['over the age of', 'more'], ['under the age of', 'upTo'], ['above the age of', 'more'], ['below the age of', 'upTo'],
];
/** The hedge an age bound before the figure makes (`agedBefore`), or null. */
export function ageBound(stream: TokenStream, aged: number): { kind: HedgeKind; first: number } | null {
  const bound = AGE_BOUNDS.find(([phrase]) => stream.phraseAt(aged, phrase) !== null);
  return bound === undefined ? null : { kind: bound[1], first: aged };
}

const POSSESSIVES = ['his', 'her', 'their'];

/**
 * `in his 70s`, `in her late 50s`: a decade of someone's life, not the 1970s (round 15v). It is
 * left unread: read as an age range it agreed with the right ages, but the conflict readers then
 * set two people's decades against each other (`her 40s` / `his 70s`), and it gained no fact.
 */
export function decadeOfLife(stream: TokenStream, read: NumberRead): boolean {
  if (read.kind !== 'decade' || read.value < 10 || read.value > 90) return false;
  let at = read.first - 1;
  if (stream.isWord(at, 'early', 'mid', 'late')) at -= 1;
  return stream.isWord(at, ...POSSESSIVES) && stream.isWord(at - 1, 'in');
}

/**
 * `world number six`, `No. 14`, `the number 3 seed`: a place in an order, as `sixth` and `14th`
 * are (decision 004, round 14r).
 */
export function isRankNumber(stream: TokenStream, read: NumberRead): boolean {
  if (read.kind !== 'cardinal' || read.vague !== undefined) return false;
  const at = stream.isSym(read.first - 1, '.') && stream.touching(read.first - 2, read.first - 1) ? read.first - 2 : read.first - 1;
  const token = stream.at(at);
  // `No6`: written against the figure, as sports pages do (round 15v).
  if (at === read.first - 1 && token?.text === 'No' && stream.touching(at, read.first)) return true;
  if (!stream.spaced(at === read.first - 1 ? at : at + 1, read.first)) return false;
  return token?.kind === 'word' && (token.lower === 'number' || token.text === 'No');
}
