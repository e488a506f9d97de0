/**
 * Matching words in text, the same way the search index saw them: runs of letters and digits,
 * lowercased, accents removed (`Kraków` is found by `krakow`). Pure: the worker uses it to cut
 * snippets, the results list to put <mark> around the words that matched.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const NOT_ASCII = /[^\u0020-\u007e]/u;

/** The form a word is indexed and searched under. */
export function normalizeTerm(term: string): string {
  // Most words are plain ASCII: lowercasing is all they need (the index calls this per word).
  return !NOT_ASCII.test(term) ? term.toLowerCase() : term.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The words of a text, as the index sees them. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Calls `visit` with each word of `text` and where it starts, until `visit` returns true. One
 * shared expression and `exec`: `matchAll` copies its expression (a Unicode one) on every call,
 * and the results list calls this for every title, outlet and snippet it shows.
 */
const WORD_AT = /[\p{L}\p{N}]+/gu;
function eachWord(text: string, visit: (word: string, start: number) => boolean): void {
  WORD_AT.lastIndex = 0;
  for (let match = WORD_AT.exec(text); match !== null; match = WORD_AT.exec(text)) {
    if (visit(match[0], match.index)) break;
  }
  WORD_AT.lastIndex = 0;
}

/** The ranges of `text` whose word, normalised, is one of `terms` (the index terms a result matched). */
export function highlightRanges(text: string, terms: readonly string[]): TextRange[] {
  if (terms.length === 0) return [];
  const wanted = new Set(terms.map(normalizeTerm));
  const ranges: TextRange[] = [];
  eachWord(text, (word, start) => {
    if (wanted.has(normalizeTerm(word))) ranges.push({ start, end: start + word.length });
    return false;
  });
  return ranges;
}

/** The first range of `text` whose word is one of `terms` (what a snippet is cut around), without finding the rest. */
export function firstRange(text: string, terms: readonly string[]): TextRange | undefined {
  if (terms.length === 0) return undefined;
  const wanted = new Set(terms.map(normalizeTerm));
  let first: TextRange | undefined;
  eachWord(text, (word, start) => {
    if (wanted.has(normalizeTerm(word))) first = { start, end: start + word.length };
    return first !== undefined;
  });
  return first;
}

/** Text split into plain and marked pieces, in order, covering it exactly. */
export function splitByRanges(text: string, ranges: readonly TextRange[]): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start < at) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/**
 * A window of about `length` characters of `text` around its first matched word, cut at word
 * boundaries, with an ellipsis where it was cut; the start of the text when nothing matched.
 */
export function makeSnippet(text: string, terms: readonly string[], length = 180): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= length) return flat;
  const first = firstRange(flat, terms);
  let start = first === undefined ? 0 : Math.max(0, first.start - Math.floor(length / 3));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space === -1 || space > (first?.start ?? start) ? start : space + 1;
  }
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start + length / 2) end = space;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).replace(/[\s,;:—–-]+$/u, '')}${end < flat.length ? '…' : ''}`;
}
