import { findCalendarSpans } from './dates-patterns.ts';

/** A word, a number written in digits, or one other visible character. */
export interface Token {
  kind: 'word' | 'num' | 'sym' | 'blocked';
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * Digits with thousands separators only in groups of three, then an optional decimal part or a
 * vulgar fraction (3¼, ½). A separator is a comma or a space that does not break (no-break,
 * narrow no-break, thin), as typesetting writes `1 200` so the figure stays on one line; a
 * plain space does not join (`1 200-metre race`).
 */
const TOKEN = /(\p{L}+(?:['’]\p{L}+)*)|(\d+(?:[,\u00A0\u202F\u2009]\d{3}(?!\d))*(?:\.\d+)?[¼½¾⅓⅔⅛⅜⅝⅞]?|[¼½¾⅓⅔⅛⅜⅝⅞])|(\S)/gu;
/**
 * URLs, e-mail addresses and bare domains: numbers in them are not quantities. The address and
 * domain alternatives start only where a run of their characters starts: tried from every
 * position inside a long run, they were quadratic (a 100,000-letter word took about 50 s).
 */
const LINK =
  /(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|mil|io|co|uk|ua|ru|info|news|tv)(?![\w-])(?:\/\S*)?/giu;


/**
 * Split the text into tokens with UTF-16 offsets (regex indices, so emoji need no special care).
 * Tokens inside links, calendar dates and clock times become `blocked`: they can't be read as
 * numbers and they stop any phrase from running across them.
 */
export function tokenize(text: string): Token[] {
  const masked = [...text.matchAll(LINK)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  masked.push(...findCalendarSpans(text));
  masked.sort((a, b) => a.start - b.start);
  const tokens: Token[] = [];
  // Tokens come in text order, so one sweep finds the masked span (if any) each token meets.
  let span = 0;
  let reach = -1;
  // `exec`, not `matchAll`: no iterator result per token (decision 004, round 19s). TOKEN
  // never matches the empty string, so the loop ends as `matchAll` does.
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    for (; span < masked.length && (masked[span]?.start ?? Infinity) < end; span += 1) reach = Math.max(reach, masked[span]?.end ?? -1);
    const kind = reach > start ? 'blocked' : match[1] !== undefined ? 'word' : match[2] !== undefined ? 'num' : 'sym';
    tokens.push({ kind, text: match[0], lower: match[0].toLowerCase(), start, end });
  }
  return tokens;
}

const PHRASE_WORDS = new Map<string, readonly string[]>();

/** A phrase's words, split once: the hedge phrases are tried at every number. */
function wordsOf(phrase: string): readonly string[] {
  let words = PHRASE_WORDS.get(phrase);
  if (words === undefined) {
    words = phrase.split(' ');
    PHRASE_WORDS.set(phrase, words);
  }
  return words;
}

/** The tokens and the text they came from, with the small questions the readers ask of them. */
export class TokenStream {
  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
  ) {}

  at(index: number): Token | undefined {
    return this.tokens[index];
  }

  /** Whether token `index` is the word (any of the words) given. */
  isWord(index: number, ...words: string[]): boolean {
    const token = this.tokens[index];
    return token?.kind === 'word' && (words.length === 0 || words.includes(token.lower));
  }

  isSym(index: number, ...symbols: string[]): boolean {
    const token = this.tokens[index];
    return token?.kind === 'sym' && symbols.includes(token.text);
  }

  /** Nothing between the two tokens: `1.2` and `bn` in `1.2bn`. */
  touching(left: number, right: number): boolean {
    const a = this.tokens[left];
    const b = this.tokens[right];
    return a !== undefined && b !== undefined && a.end === b.start;
  }

  /** Only white space between them, and no blank line. */
  spaced(left: number, right: number): boolean {
    const a = this.tokens[left];
    const b = this.tokens[right];
    if (a === undefined || b === undefined) return false;
    const gap = this.text.slice(a.end, b.start);
    return /^\s+$/.test(gap) && !/\n\s*\n/.test(gap);
  }

  /** Next to each other, by white space or a hyphen token in between counted as its own token. */
  joined(left: number, right: number): boolean {
    return this.spaced(left, right) || this.touching(left, right);
  }

  /** The words from `index` on, joined by single spaces, match the phrase (`more than`). */
  phraseAt(index: number, phrase: string): number | null {
    const words = wordsOf(phrase);
    if (!this.isWord(index, words[0] ?? '')) return null;
    let at = index;
    for (const [n, word] of words.entries()) {
      if (n > 0 && !this.spaced(at - 1, at)) return null;
      if (!this.isWord(at, word)) return null;
      at += 1;
    }
    return at - 1;
  }

  /** The phrase ends exactly at token `last` (inclusive); returns the index of its first token. */
  phraseBefore(last: number, phrase: string): number | null {
    const length = wordsOf(phrase).length;
    const first = last - length + 1;
    return first >= 0 && this.phraseAt(first, phrase) === last ? first : null;
  }
}

/**
 * One stream kept for the module's life, so the object shape of every stream stays alive: V8
 * holds a shape no live object has only weakly, and a full garbage collection between two
 * comparisons (no stream alive then) discarded it and deoptimised the readers compiled for it
 * (`at`, `isWord`, `isSym`, `phraseBefore`, `hedgeBefore`: five recompilations per comparison).
 */
export const SHAPE_KEEPER = new TokenStream('', []);
