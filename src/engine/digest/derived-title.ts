import { datelineLength } from '../text/dateline.ts';
import { splitSentences } from '../text/sentences.ts';

const MAX_TITLE_CHARS = 90;
/** Shorter than this, the words before an open quotation make no title on their own. */
const MIN_TITLE_BEFORE_QUOTE = 30;
const WEAK_ENDINGS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'that', 'the', 'to', 'with', 'its', 'their', 'his', 'her']);

/**
 * A title for an article the digest gives no headline for: the lede's first sentence without
 * its dateline, cut at a word boundary when long. Callers must mark it as derived.
 */
export function deriveTitle(lede: string): string {
  const body = lede.slice(datelineLength(lede));
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
  if (words.join('') === '') return `${cutAtCharacter(title, MAX_TITLE_CHARS)}…`;
  while (words.length > 1 && WEAK_ENDINGS.has((words.at(-1) ?? '').toLowerCase().replace(/[^\p{L}]/gu, ''))) words.pop();
  const cut = words.join(' ').replace(/[,;:—–-]+$/u, '');
  if (!isQuoteOpen(cut)) return `${cut}…`;
  // Never leave a quotation open: stop before it, or, when the title is mostly the quotation
  // (a lede that opens with one), close it after the ellipsis.
  const beforeQuote = cut.slice(0, cut.lastIndexOf('“')).replace(/[\s,;:—–-]+$/u, '');
  return beforeQuote.length >= MIN_TITLE_BEFORE_QUOTE ? `${beforeQuote}…` : `${cut}…”`;
}

function cutAtCharacter(text: string, limit: number): string {
  const code = text.charCodeAt(limit - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit);
}

function isQuoteOpen(text: string): boolean {
  return (text.match(/“/gu) ?? []).length > (text.match(/”/gu) ?? []).length;
}
