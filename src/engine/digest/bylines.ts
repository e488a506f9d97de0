/**
 * Bylines: a paragraph that only names who wrote the article (`By Priya Kandasamy`,
 * `By Jane Doe, Reuters`, `Julia Navarro in Santiago`). The digest keeps it as a paragraph like
 * any other line; it is only passed over when a title is derived from the lede.
 *
 * Read narrowly, so that a lede is never lost: every word must be a name (capitalised, an
 * initial) or one of the few small words names and bylines are built with. A lede that merely
 * opens with “By” (`By Tuesday, the floods had…`) has ordinary words and stays the lede.
 */

/** Name particles (`Tom de Vries`, `Rio de Janeiro`) and the joining words of a byline. */
const SMALL_WORDS = new Set([
  'and', 'in', 'of', 'for', 'the', 'at',
  'de', 'del', 'della', 'der', 'den', 'di', 'da', 'do', 'dos', 'das', 'du', 'la', 'le', 'el', 'al',
  'van', 'von', 'ter', 'bin', 'ibn', 'y', 'am',
  // `Staff and agencies`, `Jane Doe and agencies`: the Guardian’s way of crediting wires.
  'agencies', 'staff',
]);
/** A name's word: capitalised (`Kandasamy`, `O’Neill`, `al-Sayed`, `JANE`), or an initial (`J.`). */
const NAME_WORD = /^(?:\p{Ll}{1,3}[-’'])?\p{Lu}[\p{L}\p{M}’'.-]*$/u;
/** Separators between the names and the outlet: `,` `|` `-` `–` `—` `&` `/` `•` `·`. */
const SEPARATOR = /^[|\-–—&/•·]$/u;
/** Longer than this, a paragraph is prose, whatever its words. */
const MAX_BYLINE_CHARS = 120;

/** The paragraph names the article's author(s) and nothing else. */
export function isByline(paragraph: string): boolean {
  const text = paragraph.trim();
  if (text.length === 0 || text.length > MAX_BYLINE_CHARS) return false;
  // A sentence ends with a full stop (an initial's, `By J. Smith.`, is no byline's end either).
  if (/[.!?:;”"]$/u.test(text)) return false;
  const words = text.split(/[\s,]+/u).filter((word) => word !== '' && !SEPARATOR.test(word));
  const [first, ...rest] = words;
  if (first === undefined || !words.every(isBylineWord)) return false;
  if (/^by$/iu.test(first)) return rest.length > 0 && isNameWord(rest[0] ?? '');
  // Without “By”: a full name (two words or more) before `in` and a place (`Julia Navarro in
  // Santiago`), or before the wires it credits (`Jane Doe and agencies`).
  const place = words.indexOf('in');
  const end = place >= 0 ? place : words.length - 2;
  const names = words.slice(0, end);
  if (names.filter(isNameWord).length < 2 || !isNameWord(first)) return false;
  if (place >= 0) return isNameWord(words[place + 1] ?? '');
  return words.slice(end).join(' ') === 'and agencies';
}

/** The paragraph a title is derived from: the first that is not a byline (else the first). */
export function titleLede(paragraphs: readonly string[]): string {
  return paragraphs.find((paragraph) => !isByline(paragraph)) ?? paragraphs[0] ?? '';
}

function isNameWord(word: string): boolean {
  return NAME_WORD.test(word);
}

function isBylineWord(word: string): boolean {
  return isNameWord(word) || SMALL_WORDS.has(word) || /^by$/iu.test(word);
}
