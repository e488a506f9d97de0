import { cutBetweenCharacters } from './characters.ts';
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

/**
 * After a time of day (`2 a.m.`, `8 p.m.`), what carries on the same sentence: a bracket (`2 a.m.
 * (1900 GMT)`), a time zone in capitals (`8 p.m. ET`), a weekday or a month (`4 a.m. Monday`).
 * Any other capital starts a new sentence, as after any full stop.
 */
const TIME_OF_DAY = /(?<![\p{L}.])[ap]\.m$/iu;
const AFTER_A_TIME =
  /^\s+(?:\(|(?:[A-Z]{2,4}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)/u;

function continuesAfterTime(text: string, periodIndex: number): boolean {
  return text[periodIndex] === '.' && TIME_OF_DAY.test(text.slice(Math.max(0, periodIndex - 4), periodIndex)) && AFTER_A_TIME.test(text.slice(periodIndex + 1, periodIndex + 14));
}

const BOUNDARY = /[.!?…]+[”"’')\]]*(?=\s+[“"‘'([]?[\p{Lu}\p{N}])/gu;

/** Whether the full stop at `periodIndex` ends an abbreviation or an initial (`Dr.`, `Sen.`, `U.S.`, `No.` before a number), not a sentence. */
export function endsWithAbbreviation(text: string, periodIndex: number): boolean {
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
 * Longer than this, a "sentence" is a run of text with no sentence ends (a pasted table, a
 * line of hashtags, an attack): it is cut into pieces of at most this many characters and
 * words, so that work done per sentence (the comparison aligns sentence with sentence, word
 * with word) stays bounded. The longest sentence in the bundled and development digests has
 * 324 characters and 55 words.
 */
export const MAX_SENTENCE_CHARS = 600;
export const MAX_SENTENCE_WORDS = 60;

/**
 * Split text into sentence ranges (half-open, trimmed of surrounding whitespace). Knows
 * common abbreviations and initials so that "U.S. Secretary" stays one sentence. A run longer
 * than MAX_SENTENCE_CHARS or MAX_SENTENCE_WORDS is cut before a word (a word longer than the
 * limit, between two characters).
 */
export function splitSentences(text: string): CharRange[] {
  const ranges: CharRange[] = [];
  // One search for sentence ends runs across all paragraphs, so each character is read once. (A
  // search restarted at each paragraph would read on to the next sentence end anywhere in the
  // text, once per paragraph: quadratic on many paragraphs with none.) A match holds only
  // punctuation and its lookahead consumes nothing, so no match straddles a paragraph break.
  const boundaries = text.matchAll(BOUNDARY);
  let next = boundaries.next();
  const splitParagraph = (start: number, end: number): void => {
    let from = start;
    for (; !next.done && next.value.index < end; next = boundaries.next()) {
      const match = next.value;
      const stop = match.index + match[0].length;
      // A closing quotation mark or bracket after the full stop ends the sentence whatever precedes it.
      const closed = /[”"’')\]]$/u.test(match[0]);
      if (!closed && (endsWithAbbreviation(text, match.index) || continuesAfterTime(text, match.index))) continue;
      pushTrimmed(text, from, stop, ranges);
      from = stop;
    }
    pushTrimmed(text, from, end, ranges);
  };
  let from = 0;
  for (const paragraphBreak of text.matchAll(PARAGRAPH_BREAK)) {
    splitParagraph(from, paragraphBreak.index);
    from = paragraphBreak.index + paragraphBreak[0].length;
  }
  splitParagraph(from, text.length);
  return ranges;
}

/**
 * A blank line ends a paragraph, and a sentence never runs on into the next paragraph: one
 * that ends without a full stop (a heading, a list item, a quotation closed without one) is
 * a sentence of its own, not the start of the next paragraph's first sentence.
 */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/gu;

function pushTrimmed(text: string, start: number, end: number, into: CharRange[]): void {
  let from = start;
  while (from < end && /\s/u.test(text[from] ?? '')) from += 1;
  while (from < end) {
    const cut = pieceEnd(text, from, end);
    let to = cut;
    while (to > from && /\s/u.test(text[to - 1] ?? '')) to -= 1;
    if (to > from) into.push(charRange(from, to));
    from = cut;
    while (from < end && /\s/u.test(text[from] ?? '')) from += 1;
  }
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Where the piece of [from, end) that keeps within the limits ends: `end` when the whole does. */
function pieceEnd(text: string, from: number, end: number): number {
  if (end - from <= MAX_SENTENCE_CHARS && end - from <= MAX_SENTENCE_WORDS) return end;
  if (end - from <= MAX_SENTENCE_CHARS && mostWords(text, from, end) <= MAX_SENTENCE_WORDS) return end;
  // A piece is never longer than MAX_SENTENCE_CHARS, so one character more is all there is to
  // read, and only that window is searched: a search of the whole text from `from` would read on
  // to the next word anywhere (to the end of a text without letters), once per piece. The window
  // holds one character more again, so that a word of astral letters (𝒳) cut at its edge still
  // reads as running past MAX_SENTENCE_CHARS; a word starting in that extra character is not read.
  const limit = Math.min(end, from + MAX_SENTENCE_CHARS + 1);
  const window = text.slice(from, Math.min(end, limit + 1));
  let words = 0;
  for (const match of window.matchAll(WORD)) {
    const at = match.index;
    if (from + at >= limit) break;
    words += 1;
    if (words > MAX_SENTENCE_WORDS) return from + at;
    if (at + match[0].length > MAX_SENTENCE_CHARS) return at > 0 ? from + at : cutBetweenCharacters(text, from + MAX_SENTENCE_CHARS);
  }
  return end - from > MAX_SENTENCE_CHARS ? cutBetweenCharacters(text, from + MAX_SENTENCE_CHARS) : end;
}

/**
 * A bound on the words in [from, end), read without a regular expression: every word but the first
 * has a character before it that is no letter or digit, and no such character is an ASCII letter or
 * digit, so there are at most one more words than characters of any other kind. Most sentences have
 * far fewer than MAX_SENTENCE_WORDS by this count, and their words need not be read one by one.
 */
function mostWords(text: string, from: number, end: number): number {
  let others = 0;
  for (let i = from; i < end; i += 1) {
    const code = text.charCodeAt(i);
    const asciiWord = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    if (!asciiWord) others += 1;
  }
  return others + 1;
}
