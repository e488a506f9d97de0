import type { Article } from '../schema.ts';

/** What a digest says about one article: the parser's output, without the derived fields. */
export type DigestArticle = Pick<Article, 'dateline' | 'headline' | 'caption' | 'credit' | 'source' | 'paragraphs'> & {
  outlet: Pick<Article['outlet'], 'label'>;
};

export interface FormatDigestOptions {
  /** The trailer's comment count; null (the default) writes no trailer. */
  comments?: number | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-01-06` → `January 6, 2025`, the form the parser reads in a header. */
export function spellIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  const month = MONTHS[Number(match?.[2] ?? 0) - 1];
  if (match === null || month === undefined) throw new RangeError(`not an ISO date: ${iso}`);
  return `${month} ${Number(match[3])}, ${match[1] ?? ''}`;
}

function trailer(comments: number): string {
  if (comments === 0) return 'Be the first to comment';
  return comments === 1 ? '1 comment' : `${comments} comments`;
}

/**
 * Write articles back as one digest that `parseDigest` reads into the same articles (ids, text,
 * outlets, dates, captions, credits, headlines, sources). Only `headerLine` differs: it is the
 * line in the text written here. Every article ends with `READ FULL ARTICLE`, so the line after
 * it is never mistaken for a paragraph or a caption; the first article's headline goes on a
 * `RELATED:` line before it, which the parser accepts in the preamble.
 */
export function formatDigest(articles: readonly DigestArticle[], { comments = null }: FormatDigestOptions = {}): string {
  if (articles.length === 0) throw new RangeError('a digest needs at least one article');
  const lines: string[] = [];
  for (const article of articles) {
    if (article.headline !== null) lines.push(`RELATED: ${article.headline}`);
    const caption = [article.caption, article.credit].filter((part) => part !== null).join(' ');
    if (caption !== '') lines.push(caption);
    const kind = article.dateline.kind === 'updated' ? 'Updated' : 'Published';
    const time = article.dateline.time === null ? '' : `, ${article.dateline.time}`;
    lines.push(`${article.outlet.label} | ${kind} ${article.dateline.text}${time}`);
    lines.push(...article.paragraphs);
    lines.push('READ FULL ARTICLE');
    if (article.source !== null) lines.push(`SOURCE: ${article.source}`);
  }
  if (comments !== null) lines.push(trailer(comments));
  return `${lines.join('\n')}\n`;
}

/** One digest of several in a file, with the file name it is parsed under. */
export interface DigestPart {
  file: string;
  text: string;
  /** Lines of the whole file before this part: add it to a problem's line to point into the file. */
  lineOffset: number;
}

const SEPARATOR = /^=====\s*digest:\s*(?<file>\S.*?)\s*=====\s*$/u;

/** The line that starts each digest in a collection: `===== digest: name.txt =====`. */
export function digestSeparator(file: string): string {
  return `===== digest: ${file} =====`;
}

/** Several digests in one file, each introduced by its separator line (see `digestSeparator`). */
export function formatDigestCollection(digests: readonly { file: string; articles: readonly DigestArticle[]; comments?: number | null }[]): string {
  return digests.map(({ file, articles, comments = null }) => `${digestSeparator(file)}\n${formatDigest(articles, { comments })}`).join('\n');
}

/**
 * Split a file into the digests it holds. A file without separator lines is one digest under
 * its own name; with them, each separator starts a digest named by it (text before the first
 * separator, if any, is a digest under the file's name).
 */
export function splitDigestCollection(text: string, file: string): DigestPart[] {
  const lines = text.split(/\r\n|\r|\n/u);
  const parts: DigestPart[] = [];
  let current: { file: string; start: number; lines: string[] } = { file, start: 0, lines: [] };
  const close = (): void => {
    const body = current.lines.join('\n');
    if (parts.length === 0 && current.start === 0 && body.trim() === '' && lines.some((line) => SEPARATOR.test(line))) return;
    parts.push({ file: current.file, text: body, lineOffset: current.start });
  };
  lines.forEach((line, index) => {
    const match = SEPARATOR.exec(line.replace(/^\uFEFF/u, ''));
    if (match === null) {
      current.lines.push(line);
      return;
    }
    close();
    current = { file: match.groups?.['file'] ?? file, start: index + 1, lines: [] };
  });
  close();
  return parts;
}
