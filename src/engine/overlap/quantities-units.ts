import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, DURATION_DAYS, MEASURES, NATIONAL_CURRENCIES, singularize } from './quantities-lexicon.ts';
import type { TokenStream } from './quantities-tokens.ts';

export type Unit = 'percent' | 'percentage-point' | 'currency' | 'count' | 'ordinal' | 'year' | 'duration' | 'other';

/** A unit written after a number: the tokens it takes and what it does to the value. */
export interface UnitRead {
  unit: Unit;
  /** Index of the unit's last token. */
  last: number;
  /** Multiply the written value by this: basis points → 0.01 percentage points, weeks → 7 days. */
  factor: number;
  currency?: string;
  /** The unit as a noun, for durations and measures: `year`, `km`. */
  noun?: string;
}

/** A currency written before the number: `$`, `US$`, `€`, `USD `. Returns its first token. */
export function readCurrencyBefore(stream: TokenStream, first: number): { currency: string; first: number } | null {
  const before = first - 1;
  const symbol = stream.at(before);
  if (symbol?.kind === 'sym' && stream.touching(before, first)) {
    const currency = CURRENCY_SYMBOLS.get(symbol.text);
    if (currency === undefined) return null;
    const prefix = stream.at(before - 1);
    if (symbol.text === '$' && prefix?.kind === 'word' && stream.touching(before - 1, before) && prefix.text === prefix.text.toUpperCase()) {
      const local = DOLLAR_PREFIXES.get(prefix.lower);
      if (local !== undefined) return { currency: local, first: before - 1 };
    }
    return { currency, first: before };
  }
  // A code spaced from the figure or written against it (`USD 5m`, `DKK312`).
  if (symbol?.kind === 'word' && CURRENCY_CODES.has(symbol.text) && (stream.spaced(before, first) || stream.touching(before, first))) return { currency: symbol.text, first: before };
  return null;
}

function word(stream: TokenStream, index: number, previous: number): string | null {
  const token = stream.at(index);
  return token?.kind === 'word' && stream.spaced(previous, index) ? token.lower : null;
}

/** The unit after the number's last token, or null for a bare count. */
export function readUnitAfter(stream: TokenStream, last: number, vague: boolean): UnitRead | null {
  const next = last + 1;
  if (stream.isSym(next, '%') && (stream.touching(last, next) || stream.spaced(last, next))) return { unit: 'percent', last: next, factor: 1 };
  const hyphenated = stream.isSym(next, '-') && stream.touching(last, next) && stream.touching(next, next + 1);
  const at = hyphenated ? next + 1 : next;
  // A word touching the digits got here only if the digit reader let it (`50bps`).
  const first = hyphenated || (stream.touching(last, at) && stream.isWord(at)) ? stream.at(at)?.lower ?? null : word(stream, at, last);
  if (first === null) return null;
  const second = word(stream, at + 1, at);
  if (first === 'percent' || first === 'pct') {
    if (second === 'point' || second === 'points') return { unit: 'percentage-point', last: at + 1, factor: 1 };
    return { unit: 'percent', last: at, factor: 1 };
  }
  if (first === 'per' && second === 'cent') return { unit: 'percent', last: at + 1, factor: 1 };
  if (first === 'percentage' && (second === 'point' || second === 'points')) return { unit: 'percentage-point', last: at + 1, factor: 1 };
  if (first === 'basis' && (second === 'point' || second === 'points')) return { unit: 'percentage-point', last: at + 1, factor: 0.01 };
  if (first === 'bps' || first === 'bp') return { unit: 'percentage-point', last: at, factor: 0.01 };
  if (!hyphenated) {
    const currency = readCurrencyAfter(stream, at, last, vague);
    if (currency !== null) return currency;
  }
  const singular = singularize(first);
  const days = DURATION_DAYS.get(singular);
  if (days !== undefined) {
    // `12-year-old`: the age is a duration too; take `-old` into the mention.
    const old = hyphenated && stream.isSym(at + 1, '-') && stream.touching(at, at + 1) && stream.isWord(at + 2, 'old');
    return { unit: 'duration', last: old ? at + 2 : at, factor: days, noun: singular };
  }
  const measure = MEASURES.get(singular);
  if (measure !== undefined) return { unit: 'other', last: at, factor: 1, noun: measure };
  return null;
}

/** `dollars`, `US dollars`, `euros`, `USD`, and after a vague amount `of dollars` (`billions of dollars`). */
function readCurrencyAfter(stream: TokenStream, at: number, last: number, vague: boolean): UnitRead | null {
  let index = at;
  if (vague && stream.isWord(index, 'of') && stream.spaced(index, index + 1)) index += 1;
  if (stream.isWord(index, 'us') && stream.spaced(index, index + 1) && stream.isWord(index + 1, 'dollars', 'dollar')) index += 1;
  const token = stream.at(index);
  if (token?.kind !== 'word' || !stream.spaced(index === at ? last : index - 1, index)) return null;
  const next = stream.at(index + 1);
  const national = next?.kind === 'word' && stream.spaced(index, index + 1) ? NATIONAL_CURRENCIES.get(`${token.lower} ${next.lower}`) : undefined;
  if (national !== undefined) return { unit: 'currency', last: index + 1, factor: 1, currency: national };
  const currency = CURRENCY_WORDS.get(token.lower) ?? (CURRENCY_CODES.has(token.text) ? token.text : undefined);
  if (currency === undefined) return null;
  // `won` is also a verb ("of the 40 seats, 23 won"): money only before `(` or in/of/for/worth.
  if (token.lower === 'won' && !stream.isWord(index + 1, 'in', 'of', 'for', 'worth') && !stream.isSym(index + 1, '(')) return null;
  return { unit: 'currency', last: index, factor: 1, currency };
}
