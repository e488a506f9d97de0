/**
 * The checks that keep the parser fast and honest on hostile input: the size limits
 * (src/engine/limits.ts), binary files, and characters that are not text. Problems are
 * collected, not thrown, so that one DigestError can list them all by line.
 */
import { MAX_ARTICLE_CHARS, MAX_DIGEST_CHARS } from '../limits.ts';
import { excerptOf, type DigestProblem } from './digest-error.ts';
import type { Header, Line } from './lines.ts';

/** Characters that do not occur in text: a digest with many of them is a binary file. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const BINARY_CHAR = /[\u0000-\u0008\u000E-\u001F\uFFFD]/gu;
/**
 * Characters no text holds: control characters other than tab and the line breaks (a NUL is
 * the usual sign of a damaged or binary file), and a lone UTF-16 surrogate (half an emoji: a
 * string cut in the wrong place; the `u` flag makes a whole surrogate pair one character).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const NOT_TEXT = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]|[\uD800-\uDFFF]/u;
/** Lines with characters that are not text reported one by one, up to this many. */
const MAX_NOT_TEXT_LINES = 10;

/** The problems found so far, each with its line. */
export class Problems {
  readonly list: DigestProblem[] = [];
  add(line: Line | null, problem: string, expected: string): void {
    this.list.push({ line: line?.number ?? 0, problem, expected, excerpt: line === null ? null : excerptOf(line.text) });
  }
}

export function count(n: number): string {
  return n.toLocaleString('en-US');
}

function codePointName(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code >= 0xd800 && code <= 0xdfff) return `a lone surrogate (${hex}, half of a character such as an emoji)`;
  return code === 0 ? `a NUL character (${hex})` : `a control character (${hex})`;
}

/**
 * Report the lines that hold characters no text holds. Kept literally they would be invisible
 * in the app (or break the JSON it stores), so a reader could not see what the parser kept.
 */
export function reportNotText(lines: readonly Line[], problems: Problems): void {
  const bad = lines.filter((line) => NOT_TEXT.test(line.text));
  bad.slice(0, MAX_NOT_TEXT_LINES).forEach((line, index) => {
    const found = NOT_TEXT.exec(line.text)?.[0] ?? '';
    const more = index === MAX_NOT_TEXT_LINES - 1 && bad.length > MAX_NOT_TEXT_LINES ? ` (and ${bad.length - MAX_NOT_TEXT_LINES} more lines like it)` : '';
    problems.add(line, `the line holds ${codePointName(found)}, which is not text${more}`, 'plain text only (such characters come from a damaged file, or one saved in another format)');
  });
}

/** An article longer than the comparison takes is reported here, where the reader can find it. */
export function reportLongArticle(header: Header, paragraphs: readonly Line[], problems: Problems): void {
  const length = paragraphs.reduce((sum, line) => sum + line.text.length, 0) + 2 * Math.max(0, paragraphs.length - 1);
  if (length <= MAX_ARTICLE_CHARS) return;
  problems.add(
    header.line,
    `the ${header.label} article is ${count(length)} characters long, over the limit of ${count(MAX_ARTICLE_CHARS)} per article`,
    `articles of at most ${count(MAX_ARTICLE_CHARS)} characters (shorten the article or split it)`,
  );
}

/** The whole input: not over MAX_DIGEST_CHARS, not a binary file. False when parsing should stop. */
export function checkInputSize(input: string, problems: Problems): boolean {
  if (input.length > MAX_DIGEST_CHARS) {
    problems.add(
      null,
      `the digest is ${count(input.length)} characters long, over the limit of ${count(MAX_DIGEST_CHARS)}`,
      `a digest of at most ${count(MAX_DIGEST_CHARS)} characters (split larger collections into one digest per story)`,
    );
    return false;
  }
  const binary = input.slice(0, 64_000).match(BINARY_CHAR)?.length ?? 0;
  if (binary > 0 && binary >= Math.min(input.length, 64_000) / 100) {
    const firstBad = input.search(new RegExp(BINARY_CHAR.source, 'u'));
    const line = input.slice(0, firstBad).split(/\r\n|\r|\n/u).length;
    problems.add({ number: line, text: '' }, 'this looks like a binary file, not text', 'a plain-text digest (UTF-8)');
    return false;
  }
  return true;
}
