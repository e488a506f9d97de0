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

export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/’/gu, "'").replace(/‑/gu, '-').replace(/'s$/u, '').replace(/s'$/u, 's');
}

/** Split text into word, number and punctuation tokens with exact offsets. Linear time. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    const first = raw.codePointAt(0) ?? 0;
    const isNumber = first >= 0x30 && first <= 0x39 ? true : /^\p{N}/u.test(raw);
    const isWord = !isNumber && /^\p{L}/u.test(raw);
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
