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

/** The ranges of `text` whose word, normalised, is one of `terms` (the index terms a result matched). */
export function highlightRanges(text: string, terms: readonly string[]): TextRange[] {
  if (terms.length === 0) return [];
  const wanted = new Set(terms.map(normalizeTerm));
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(WORD)) {
    if (wanted.has(normalizeTerm(match[0]))) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
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
  const first = highlightRanges(flat, terms)[0];
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
