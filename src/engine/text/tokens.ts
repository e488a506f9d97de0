import { memoByText } from './memo.ts';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** Half-open UTF-16 offsets into the text. */
  start: number;
  end: number;
  kind: TokenKind;
  /** The token as written. */
  text: string;
  /** Lowercase, possessive `’s` removed, curly apostrophes made straight: for lookups. */
  norm: string;
}

// Initialisms with dots (U.S., U.N.), words with inner apostrophes or hyphens, numbers with
// separators and decimals, and any other single non-space character as punctuation.
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’‑-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/gu;
const POSSESSIVE = /['’]s$/u;

/** Characters normaliseWord rewrites or strips: apostrophes and the non-breaking hyphen. */
const NEEDS_NORMALISING = /['’‑]/u;

export function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words hold no apostrophe or non-breaking hyphen: nothing to replace.
  if (!NEEDS_NORMALISING.test(lower)) return lower;
  return lower.replace(/’/gu, "'").replace(/‑/gu, '-').replace(/'s$/u, '').replace(/s'$/u, 's');
}

const isAsciiLetter = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);

/**
 * Split text into word, number and punctuation tokens with exact offsets. Linear time. A text's
 * tokens are read once while it is among the texts recently compared (see memo.ts): the array and
 * its tokens are shared, never to be changed. (Not frozen: a frozen array made the comparison
 * measurably slower, about 10% of its time.)
 */
export function tokenize(text: string): Token[] {
  return memoByText(text, 'tokens', () => readTokens(text));
}

function readTokens(text: string): Token[] {
  const tokens: Token[] = [];
  // `exec`, not `matchAll`: no iterator result per token (decision 004, round 19s). TOKEN never
  // matches the empty string, so the loop ends as `matchAll` does.
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const first = raw.codePointAt(0) ?? 0;
    const isNumber = first >= 0x30 && first <= 0x39 ? true : !isAsciiLetter(first) && /^\p{N}/u.test(raw);
    const isWord = !isNumber && (isAsciiLetter(first) || /^\p{L}/u.test(raw));
    tokens.push({
      start,
      end: start + raw.length,
      kind: isWord ? 'word' : isNumber ? 'number' : 'punct',
      text: raw,
      norm: isWord ? normaliseWord(raw) : raw,
    });
  }
  return tokens;
}

export function isPossessive(token: Token): boolean {
  return token.kind === 'word' && POSSESSIVE.test(token.text);
}

/** Whether the word at `range` of `text` is written in the possessive, its `'s` inside the range or right after it (`Sunday’s`, `Delaney's`). */
export function writtenPossessive(text: string, range: { start: number; end: number }): boolean {
  return POSSESSIVE.test(text.slice(range.start, range.end)) || /^['’]s\b/u.test(text.slice(range.end, range.end + 3));
}
