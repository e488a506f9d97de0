import { datelineLength } from '../text/dateline.ts';
import { splitSentences } from '../text/sentences.ts';

const MAX_TITLE_CHARS = 90;
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
  if (title.length <= MAX_TITLE_CHARS) return title;

  const words = title.slice(0, MAX_TITLE_CHARS + 1).split(/\s+/);
  words.pop(); // the last word may be cut mid-way
  while (words.length > 1 && WEAK_ENDINGS.has((words.at(-1) ?? '').toLowerCase().replace(/[^\p{L}]/gu, ''))) words.pop();
  let cut = words.join(' ').replace(/[,;:—–-]+$/u, '');
  // Never leave a quotation open.
  const opened = (cut.match(/[“]/g) ?? []).length;
  const closed = (cut.match(/[”]/g) ?? []).length;
  if (opened > closed) cut = cut.slice(0, cut.lastIndexOf('“')).trimEnd();
  return `${cut}…`;
}
