import type { CharRange } from './ranges.ts';
import { charRange } from './ranges.ts';

/** Words that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'st', 'mt', 'ft', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'vs', 'etc', 'approx', 'est', 'dept',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'rev', 'hon', 'pres', 'ave', 'blvd',
]);

/** `No. 5`, `Nos. 3 and 4`: abbreviations only before a number; elsewhere “no.” ends a sentence. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos']);

const BOUNDARY = /[.!?…]+[”"’')\]]*(?=\s+[“"‘'([]?[\p{Lu}\p{N}])/gu;

function endsWithAbbreviation(text: string, periodIndex: number): boolean {
  if (text[periodIndex] !== '.') return false;
  // The word before the full stop, found by looking back only as far as the last space.
  let from = periodIndex;
  while (from > 0 && !/\s/u.test(text[from - 1] ?? '')) from -= 1;
  const before = text.slice(from, periodIndex);
  const word = before.replace(/^[“"‘'([]+/u, '');
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && word.replace(/\./g, '').length <= 3 && word.length <= 5) {
    // Initials and dotted abbreviations: U.S., U.N., J. (as in John J. Smith).
    return /\p{Lu}/u.test(word);
  }
  const lower = word.toLowerCase();
  if (NUMBER_ABBREVIATIONS.has(lower)) return /^\s+\p{N}/u.test(text.slice(periodIndex + 1));
  return ABBREVIATIONS.has(lower);
}

/**
 * Split text into sentence ranges (half-open, trimmed of surrounding whitespace). Knows
 * common abbreviations and initials so that "U.S. Secretary" stays one sentence.
 */
export function splitSentences(text: string): CharRange[] {
  const ranges: CharRange[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    // A closing quotation mark or bracket after the full stop ends the sentence whatever precedes it.
    const closed = /[”"’')\]]$/u.test(match[0]);
    if (!closed && endsWithAbbreviation(text, match.index)) continue;
    pushTrimmed(text, start, end, ranges);
    start = end;
  }
  pushTrimmed(text, start, text.length, ranges);
  return ranges;
}

function pushTrimmed(text: string, start: number, end: number, into: CharRange[]): void {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to -= 1;
  if (to > from) into.push(charRange(from, to));
}
