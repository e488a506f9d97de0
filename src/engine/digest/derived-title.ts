import { cutBetweenCharacters } from '../text/characters.ts';
import { datelineLength } from '../text/dateline.ts';
import { splitSentences } from '../text/sentences.ts';

const MAX_TITLE_CHARS = 90;

/**
 * An agency's dateline that names the place in ordinary case, as AFP, EFE, dpa and others write
 * it (`Asuncion (AFP) - `, `Rio de Janeiro (AFP) – `, `Kraków (Poland) (AFP) – `,
 * `Madrid (EFE).- `, `Taichung, Nov. 11 (CNA) — `, `BRUSSELS, 15/10 (BELGA) - `). The shared
 * recogniser (text/dateline.ts) wants the place in capitals, and the overlap engine relies on it
 * as it is; a title needs only this looser reading, made safe by the agency in brackets and the
 * dash after it: a name in ordinary case before a bare dash is the sentence's own.
 */
const PLACE_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
const PLACE = String.raw`${PLACE_WORD}(?:\s+(?:(?:de|del|da|do|dos|das|di|du|la|le|el|al|am|an|der|den|sur|upon|on)\s+)?${PLACE_WORD}){0,3}`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const FILED = String.raw`(?:,?\s+(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH}|\d{1,2}/\d{1,2}))?`;
/** `(AFP)`, `(Reuters)`, `(Anadolu Agency)`, and in lower case only a short name (`(dpa)`), not `(pictured)`. */
const AGENCY = String.raw`\((?:\p{Lu}[\p{L}.&/-]*(?:\s\p{L}[\p{L}.&/-]*){0,2}|\p{Ll}{2,3})\)`;
/** A hyphen needs a space after it (`(ACM)-backed` is a word); a dash may touch the text. */
const AFTER_AGENCY = String.raw`\.?\s*(?:[—–]{1,2}\s*|-{1,2}\s+)`;
const AGENCY_DATELINE = new RegExp(
  String.raw`^${PLACE}(?:,\s*${PLACE}){0,2}(?:\s*\(${PLACE}\))?${FILED}\s*${AGENCY}${AFTER_AGENCY}`,
  'u',
);
const MAX_DATELINE_CHARS = 60;

function titleDatelineLength(lede: string): number {
  const wire = datelineLength(lede);
  if (wire > 0) return wire;
  const match = AGENCY_DATELINE.exec(lede);
  return match !== null && match[0].length <= MAX_DATELINE_CHARS ? match[0].length : 0;
}

/** Shorter than this, the words before an open quotation make no title on their own. */
const MIN_TITLE_BEFORE_QUOTE = 30;
const WEAK_ENDINGS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'that', 'the', 'to', 'with', 'its', 'their', 'his', 'her']);

/**
 * A title for an article the digest gives no headline for: the lede's first sentence without
 * its dateline, cut at a word boundary when long. Callers must mark it as derived.
 */
export function deriveTitle(lede: string): string {
  const body = lede.slice(titleDatelineLength(lede));
  const first = splitSentences(body)[0];
  let title = (first === undefined ? body : body.slice(first.start, first.end)).trim();
  title = title.replace(/[.!?]$/u, '');
  // A lede of punctuation alone (“.”, “(CNN) — ?”) still gets a title: the lede as written.
  if (title === '') title = lede.trim();
  if (title.length <= MAX_TITLE_CHARS) {
    // A lede that ends inside a quotation (the quote goes on in the next paragraph) is cut short.
    if (!isQuoteOpen(title)) return title;
    return `${title.replace(/[\s,;:—–-]+$/u, '')}…”`;
  }

  const words = title.slice(0, MAX_TITLE_CHARS + 1).split(/\s+/);
  words.pop(); // the last word may be cut mid-way
  // One word longer than a title: cut it, between characters (never inside an emoji's surrogate pair).
  if (words.join('') === '') return `${title.slice(0, cutBetweenCharacters(title, MAX_TITLE_CHARS))}…`;
  while (words.length > 1 && WEAK_ENDINGS.has((words.at(-1) ?? '').toLowerCase().replace(/[^\p{L}]/gu, ''))) words.pop();
  const cut = words.join(' ').replace(/[,;:—–-]+$/u, '');
  if (!isQuoteOpen(cut)) return `${cut}…`;
  // Never leave a quotation open: stop before it, or, when the title is mostly the quotation
  // (a lede that opens with one), close it after the ellipsis.
  const beforeQuote = cut.slice(0, cut.lastIndexOf('“')).replace(/[\s,;:—–-]+$/u, '');
  return beforeQuote.length >= MIN_TITLE_BEFORE_QUOTE ? `${beforeQuote}…` : `${cut}…”`;
}


function isQuoteOpen(text: string): boolean {
  return (text.match(/“/gu) ?? []).length > (text.match(/”/gu) ?? []).length;
}
