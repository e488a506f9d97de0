import { BIG_SCALES, CURRENCY_CODES, CURRENCY_ONLY_SCALES, DURATION_DAYS, LETTER_CURRENCIES, FEW, FRACTIONS, MEASURES, ORDINAL_FRACTIONS, ORDINALS, SCALES, SMALL, TENS, VAGUE, withoutPossessive } from './quantities-lexicon.ts';
import type { TokenStream } from './quantities-tokens.ts';

/** A number as written, before hedges and units: tokens `first`..`last` inclusive. */
export interface NumberRead {
  first: number;
  last: number;
  value: number;
  /** Place value of the last written digit: `1.2 million` → 100,000, `2.7` → 0.1, `23` → 1. */
  resolution: number;
  /** For vague amounts (`dozens`, `several hundred`): the range they allow. */
  vague?: readonly [number, number];
  kind: 'cardinal' | 'ordinal' | 'fraction' | 'decade';
  /** Digits alone, no separators, decimals or scale: may be a year. */
  bare: boolean;
  /** `£40m`: the scale is a million only if a currency is written. */
  needsCurrency: boolean;
  /** The scale word's factor (`million` → 1e6), 1 without one. */
  scale?: number;
  /** Digits written after the decimal point (`2.70` → 2): every one of them is significant. */
  decimals?: number;
  /** `5km`: a unit written against the digits. */
  measure?: string;
}

/** Words that can stand right before a compound `-19` without making it part of a name. */
const HYPHEN_PREFIXES = new Set(['mid', 'pre', 'post', 'early', 'late', 'top', 'under', 'over', 'about']);
/** Unit words that may touch the digits and are read as units afterwards: `50bps`, `3pct`. */
const UNITS_AGAINST_DIGITS = new Set(['bps', 'bp', 'pct', 'hr', 'hrs', 'min', 'mins', 'sec', 'secs']);
/** `40C`, `104F`: a temperature written against the digits, as headlines do. */
const TEMPERATURE_AGAINST_DIGITS: ReadonlyMap<string, string> = new Map([['c', 'celsius'], ['f', 'fahrenheit']]);
const NOT_ONE_AFTER = new Set(['no', 'the', 'this', 'that', 'any', 'every', 'each', 'which', 'last', 'only']);

function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** Digits: `1,200`, `12,000.5`, `1.2bn`, `89th`, `1990s`, `1.2 million`. Null when part of a word. */
function readDigits(stream: TokenStream, index: number): NumberRead | null {
  const token = stream.at(index);
  if (token?.kind !== 'num') return null;
  const prev = index - 1;
  if (stream.touching(prev, index)) {
    // G7, A320; but a currency code written against the figure is money (`DKK312`, `RM12.2mil`),
    // and `No6` is a place (`world No6`, round 15v).
    const glued = stream.at(prev)?.text ?? '';
    if (stream.isWord(prev) && !CURRENCY_CODES.has(glued) && !LETTER_CURRENCIES.has(glued) && glued !== 'No') return null;
    if (stream.isSym(prev, '/', ':', '.', '_', '@', '#', '\\', '^')) return null;
    const name = stream.isSym(prev, '-') && stream.touching(prev - 1, prev) && stream.isWord(prev - 1);
    if (name && !HYPHEN_PREFIXES.has(stream.at(prev - 1)?.lower ?? '')) return null; // F-16, COVID-19
  }
  const next = index + 1;
  if (stream.isSym(next, '/', ':', '.', ',', '_') && stream.touching(index, next) && stream.touching(next, next + 1) && stream.at(next + 1)?.kind === 'num') {
    return null; // 24/7, 1.2.3, 1,2345
  }
  const fraction = VULGAR_FRACTIONS.get(token.text.at(-1) ?? '');
  const digits = (fraction === undefined ? token.text : token.text.slice(0, -1)).replace(/[,\u00A0\u202F\u2009]/gu, '');
  const decimals = digits.includes('.') ? (digits.split('.')[1] ?? '').length : 0;
  let value = (digits === '' ? 0 : Number(digits)) + (fraction ?? 0);
  let resolution = fraction === undefined ? 10 ** -decimals : 0.01;
  let last = index;
  let kind: NumberRead['kind'] = 'cardinal';
  let needsCurrency = false;
  let measure: string | undefined;
  let scaled = false;
  if (stream.touching(index, next) && stream.at(next)?.kind === 'word') {
    const suffix = stream.at(next)?.lower ?? '';
    const scale = SCALES.get(suffix) ?? CURRENCY_ONLY_SCALES.get(suffix);
    if (['th', 'st', 'nd', 'rd'].includes(suffix) && decimals === 0) kind = 'ordinal';
    else if (suffix === 's' && decimals === 0 && /^(?:\d\d)?\d0$/.test(digits)) kind = 'decade';
    else if (scale !== undefined && suffix !== 'hundred') {
      needsCurrency = CURRENCY_ONLY_SCALES.has(suffix);
      [value, resolution, scaled] = [value * scale, resolution * scale, true];
    } else if (MEASURES.has(suffix)) measure = MEASURES.get(suffix);
    else if (TEMPERATURE_AGAINST_DIGITS.has(suffix) && decimals <= 1) measure = TEMPERATURE_AGAINST_DIGITS.get(suffix);
    else if (!UNITS_AGAINST_DIGITS.has(suffix)) return null; // 4x4, 3D
    if (!UNITS_AGAINST_DIGITS.has(suffix)) last = next;
  }
  if (kind === 'cardinal' && !scaled && measure === undefined && stream.spaced(last, last + 1)) {
    const scale = SCALES.get(stream.at(last + 1)?.lower ?? '');
    if (scale !== undefined) {
      [value, resolution, scaled] = [value * scale, resolution * scale, true];
      last += 1;
    }
  }
  // `a $5-million grant`, `a 400-million-krone grant`: a large scale joined by a hyphen (round 17n).
  if (kind === 'cardinal' && !scaled && measure === undefined && stream.isSym(last + 1, '-') && stream.touching(last, last + 1) && stream.touching(last + 1, last + 2)) {
    const scaleWord = stream.at(last + 2)?.lower ?? '';
    const scale = BIG_SCALES.has(scaleWord) ? SCALES.get(scaleWord) : undefined;
    if (scale !== undefined) {
      [value, resolution, scaled] = [value * scale, resolution * scale, true];
      last += 2;
    }
  }
  const bare = !scaled && decimals === 0 && !token.text.includes(',') && kind === 'cardinal';
  const read: NumberRead = { first: index, last, value: clean(value), resolution: clean(resolution), kind, bare, needsCurrency };
  if (measure !== undefined) read.measure = measure;
  if (decimals > 0) read.decimals = decimals;
  if (scaled) read.scale = clean(value / Number(digits));
  return read;
}

/** A word-number below a thousand: `twenty-three`, `twelve hundred`, `a hundred and five`. */
function readGroup(stream: TokenStream, index: number): { value: number; last: number; endsInScale: boolean } | null {
  const word = stream.at(index)?.lower ?? '';
  let value: number;
  let last = index;
  if (word === 'a' || word === 'an') {
    if (!stream.spaced(index, index + 1) || !['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen'].includes(stream.at(index + 1)?.lower ?? '')) return null;
    value = 1;
  } else if (TENS.has(word)) {
    value = TENS.get(word) ?? 0;
    const unitAt = stream.isSym(index + 1, '-') && stream.touching(index, index + 1) && stream.touching(index + 1, index + 2) ? index + 2 : index + 1;
    const unit = SMALL.get(stream.at(unitAt)?.lower ?? '');
    const linked = unitAt === index + 2 || stream.spaced(index, unitAt);
    if (unit !== undefined && unit > 0 && unit < 10 && linked) [value, last] = [value + unit, unitAt];
  } else if (SMALL.has(word)) {
    if (word === 'one' && (NOT_ONE_AFTER.has(stream.at(index - 1)?.lower ?? '') || stream.isWord(index + 1, 'another'))) return null;
    value = SMALL.get(word) ?? 0;
  } else return null;
  if (stream.spaced(last, last + 1) && stream.isWord(last + 1, 'hundred')) {
    value *= 100;
    last += 1;
    const andAt = stream.isWord(last + 1, 'and') && stream.spaced(last, last + 1) ? last + 2 : last + 1;
    const rest = stream.spaced(andAt - 1, andAt) ? readGroup(stream, andAt) : null;
    if (rest !== null && rest.value < 100 && !rest.endsInScale) return { value: value + rest.value, last: rest.last, endsInScale: false };
    return { value, last, endsInScale: true };
  }
  return { value, last, endsInScale: false };
}

/** `two-and-a-half-hour`: `-and-a-half` written with hyphens after the number word at `last` (round 15v). */
function hyphenatedHalf(stream: TokenStream, last: number): boolean {
  const words = ['and', 'a', 'half'];
  return words.every((word, i) => stream.isSym(last + 1 + 2 * i, '-') && stream.isWord(last + 2 + 2 * i, word) && stream.touching(last + 2 * i, last + 1 + 2 * i) && stream.touching(last + 1 + 2 * i, last + 2 + 2 * i));
}

/** Number words: `two thousand five hundred`, `a dozen`, `two and a half million`. */
function readWords(stream: TokenStream, index: number): NumberRead | null {
  const fraction = readFraction(stream, index);
  if (fraction !== null) return fraction;
  let group = readGroup(stream, index);
  let total = 0;
  while (group !== null) {
    let { value, last } = group;
    let resolution = group.endsInScale ? 100 : 1;
    if (stream.spaced(last, last + 1) && stream.phraseAt(last + 1, 'and a half') !== null) [value, last, resolution] = [value + 0.5, last + 3, 0.5];
    else if (hyphenatedHalf(stream, last)) [value, last, resolution] = [value + 0.5, last + 6, 0.5];
    const scaleWord = stream.at(last + 1)?.lower ?? '';
    const scale = scaleWord === 'dozen' ? 12 : BIG_SCALES.has(scaleWord) ? SCALES.get(scaleWord) : undefined;
    if (scale === undefined || !stream.spaced(last, last + 1)) {
      return { first: index, last, value: clean(total + value), resolution, kind: 'cardinal', bare: false, needsCurrency: false };
    }
    total += value * scale;
    last += 1;
    // a dozen is counted exactly; `two million` is known to the million.
    resolution = scale === 12 ? 1 : resolution * scale;
    const andAt = stream.isWord(last + 1, 'and') && stream.spaced(last, last + 1) ? last + 2 : last + 1;
    let more = scale !== 12 && stream.spaced(andAt - 1, andAt) ? readGroup(stream, andAt) : null;
    // A written-out figure sets its groups apart with commas, as digits do: `one thousand, one
    // hundred and eighty-seven`. Only a group of hundreds continues it (`two thousand, three
    // people` stays two figures), and not one that opens with `a` (`a million, a hundred …` lists two).
    if (more === null && scale !== 12 && stream.isSym(last + 1, ',') && stream.spaced(last + 1, last + 2) && stream.at(last + 2)?.lower !== 'a') {
      const hundreds = readGroup(stream, last + 2);
      if (hundreds !== null && hundreds.value >= 100) more = hundreds;
    }
    if (more === null || more.value >= scale) {
      return { first: index, last, value: clean(total), resolution: clean(resolution), kind: 'cardinal', bare: false, needsCurrency: false };
    }
    group = more;
  }
  return null;
}

/** Words that may follow a share after `by` (`cut by a third over five years`); any other word makes it an ordinal. */
const AFTER_A_SHARE = ['over', 'in', 'from', 'to', 'since', 'and', 'or', 'but', 'on', 'at', 'this', 'last', 'compared', 'while', 'after', 'before', 'between', 'within', 'during', 'year', 'years'];

/** A figure after `by`, perhaps through a hedge of up to two words: `cut by (about) a third`. */
export function afterBy(stream: TokenStream, first: number): boolean {
  for (let back = 1; back <= 3 && stream.isWord(first - back); back += 1) if (stream.isWord(first - back, 'by')) return true;
  return false;
}

/** `half`, `a quarter`, `three-quarters`, `two thirds`; `half a million` and `half a dozen` become cardinals. */
function readFraction(stream: TokenStream, index: number): NumberRead | null {
  let at = index;
  let numerator = 1;
  const word = stream.at(at)?.lower ?? '';
  if ((word === 'a' || word === 'one') && stream.spaced(at, at + 1)) at += 1;
  else if (SMALL.has(word) && (stream.spaced(at, at + 1) || stream.isSym(at + 1, '-') && stream.touching(at, at + 1))) {
    numerator = SMALL.get(word) ?? 1;
    at += stream.isSym(at + 1, '-') ? 2 : 1;
  }
  const base = FRACTIONS.get(stream.at(at)?.lower ?? '');
  if (base === undefined || (numerator > 1) !== /s$/.test(stream.at(at)?.lower ?? '')) return null;
  // `a third time`, `by a third party`: an ordinal; `cut by a third`, `a third of`: a share.
  const share = stream.isWord(at + 1, 'of') || (afterBy(stream, index) && !(stream.isWord(at + 1) && !stream.isWord(at + 1, ...AFTER_A_SHARE)));
  if (ORDINAL_FRACTIONS.has(stream.at(at)?.lower ?? '') && !share) return null;
  const value = numerator * base;
  if (stream.isWord(at + 1, 'a', 'an') && stream.spaced(at, at + 1) && stream.spaced(at + 1, at + 2)) {
    const scaleWord = stream.at(at + 2)?.lower ?? '';
    const scale = scaleWord === 'dozen' ? 12 : SCALES.get(scaleWord);
    if (scale !== undefined && scaleWord !== 'k') {
      // `half a million` is a round figure: known to a tenth of the scale.
      return { first: index, last: at + 2, value: clean(value * scale), resolution: scale === 12 ? 1 : clean(scale / 10), kind: 'cardinal', bare: false, needsCurrency: false };
    }
  }
  return { first: index, last: at, value: clean(value), resolution: 0, kind: 'fraction', bare: false, needsCurrency: false };
}

/** `dozens`, `hundreds`, `tens of thousands`, `several hundred`, `a few dozen`. */
function readVague(stream: TokenStream, index: number): NumberRead | null {
  const word = stream.at(index)?.lower ?? '';
  const make = (last: number, low: number, high: number): NumberRead => ({
    first: index, last, value: low, resolution: 0, vague: [low, high], kind: 'cardinal', bare: false, needsCurrency: false,
  });
  if ((word === 'tens' || word === 'hundreds') && stream.phraseAt(index + 1, 'of') !== null) {
    const plural = stream.at(index + 2)?.lower ?? '';
    const scale = SCALES.get(plural.replace(/s$/, ''));
    if (plural.endsWith('s') && scale !== undefined && scale >= 1000) {
      const [low, high] = word === 'tens' ? [20, 99] : [200, 999];
      return make(index + 2, low * scale, (high + 1) * scale - 1);
    }
  }
  const range = VAGUE.get(word);
  if (range !== undefined) {
    if (word === 'scores' && !stream.isWord(index + 1, 'of')) return null;
    return make(index, range[0], range[1]);
  }
  const fewAt = word === 'a' && stream.isWord(index + 1, 'few') ? index + 1 : word === 'several' ? index : null;
  if (fewAt !== null && stream.spaced(fewAt, fewAt + 1)) {
    const scaleWord = stream.at(fewAt + 1)?.lower ?? '';
    const scale = scaleWord === 'dozen' ? 12 : scaleWord === 'k' ? undefined : SCALES.get(scaleWord);
    const [low, high] = FEW.get(stream.at(fewAt)?.lower ?? '') ?? [0, 0];
    if (scale !== undefined) return make(fewAt + 1, low * scale, high * scale);
  }
  return null;
}

/** `first`, `89th` (via digits), `twenty-third`. */
function readOrdinalWord(stream: TokenStream, index: number): NumberRead | null {
  const word = stream.at(index)?.lower ?? '';
  let value = ORDINALS.get(word);
  let last = index;
  if (value === undefined && TENS.has(word) && stream.isSym(index + 1, '-') && stream.touching(index, index + 1)) {
    const unit = ORDINALS.get(stream.at(index + 2)?.lower ?? '');
    if (unit !== undefined && unit < 10 && stream.touching(index + 1, index + 2)) [value, last] = [(TENS.get(word) ?? 0) + unit, index + 2];
  }
  if (value === undefined) return null;
  if (word === 'first' && stream.isWord(index - 1, 'at')) return null; // "at first"
  return { first: index, last, value, resolution: 1, kind: 'ordinal', bare: false, needsCurrency: false };
}

/** Read the number that starts at token `index`, if one does. */
/** 3¼% is 3.25%: the fractions typeset in financial copy. */
const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['¼', 0.25], ['½', 0.5], ['¾', 0.75], ['⅓', 1 / 3], ['⅔', 2 / 3], ['⅛', 0.125], ['⅜', 0.375], ['⅝', 0.625], ['⅞', 0.875],
]);

/**
 * Every word a number written in words can start with (the first words readVague,
 * readOrdinalWord and readWords accept): any other word starts none, and is passed at once.
 */
const NUMBER_STARTS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'tens', 'hundreds', 'several', ...VAGUE.keys(), ...ORDINALS.keys(), ...TENS.keys(), ...SMALL.keys(), ...FRACTIONS.keys()]);

export function readNumber(stream: TokenStream, index: number): NumberRead | null {
  const token = stream.at(index);
  if (token === undefined) return null;
  if (token.kind === 'num') return readDigits(stream, index);
  if (token.kind !== 'word' || !NUMBER_STARTS.has(token.lower)) return null;
  if (stream.isSym(index - 1, '-') && stream.touching(index - 1, index) && stream.touching(index - 2, index - 1)) return null; // "Su-thirty"
  return readVague(stream, index) ?? readOrdinalWord(stream, index) ?? readWords(stream, index) ?? readOneOfAPeriod(stream, index);
}

/**
 * `a year and a half`, `an hour and a half`: `a` is one of the unit, and the half after the
 * unit is added when the unit is read (`draftAt`). `a fortnight` (`a fortnight's delay`) is one
 * fortnight, 14 days, alone: it is how the word is counted, where `a week`, `a year` mostly
 * say when (`a year ago`, `twice a week`).
 */
function readOneOfAPeriod(stream: TokenStream, index: number): NumberRead | null {
  const period = withoutPossessive(stream.at(index + 1)?.lower ?? '');
  if (!stream.isWord(index, 'a', 'an') || !stream.spaced(index, index + 1) || !DURATION_DAYS.has(period)) return null;
  const andAHalf = stream.spaced(index + 1, index + 2) && stream.phraseAt(index + 2, 'and a half') !== null;
  const long = period !== 'fortnight' && !andAHalf;
  if (long && !howLong(stream, index, period)) return null;
  // `a year` is one year, not a figure rounded to the year: it reaches a quarter either way
  // (`12 months`, not `18 months`).
  return { first: index, last: index, value: 1, resolution: long ? 0.5 : 1, kind: 'cardinal', bare: false, needsCurrency: false };
}

/** Periods whose `a` says how long only where the words around it do (round 25g). */
const LONG_PERIODS: ReadonlySet<string> = new Set(['year', 'month', 'decade']);
/**
 * `for a year`, `within a month`, `gave the department a year to come up with rules`: a period
 * after `for` or `within`, or before `to` and a verb, is how long something lasts or is allowed
 * (round 25g), where `a year ago`, `twice a year` or `a decade earlier` say when or how often.
 */
function howLong(stream: TokenStream, index: number, period: string): boolean {
  if (!LONG_PERIODS.has(period) || stream.at(index + 1)?.lower !== period) return false;
  if (stream.isWord(index - 1, 'for', 'within') && stream.spaced(index - 1, index)) return true;
  const verb = stream.at(index + 3);
  return stream.isWord(index + 2, 'to') && stream.spaced(index + 1, index + 2) && verb?.kind === 'word' && /^\p{Ll}/u.test(verb.text) && !stream.isWord(index + 3, 'the', 'a', 'an', 'date', 'day');
}
