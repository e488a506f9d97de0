import { MAX_DIGEST_CHARS } from '../limits.ts';
import type { ParsedDigest } from '../schema.ts';
import { buildDigest } from './assemble.ts';
import { looksLikeCaption } from './captions.ts';
import { parseHeaderDate } from './dates.ts';
import { DigestError, excerptOf, type DigestProblem } from './digest-error.ts';
import { READ_FULL, RELATED, SOURCE, SOURCE_VALUE, isSourceLine, isTailMarker, type ArticleDraft, type Header, type Lead, type Line } from './lines.ts';

export interface ParseOptions {
  /** The digest's file name, used in error messages and for the story id. */
  file?: string | null;
}

export type ParseResult = { ok: true; value: ParsedDigest } | { ok: false; error: DigestError };

const HEADER = /^(?<label>[^|｜]{1,80}?)\s*[|｜]\s*(?:(?<kind>Published|Updated)\b(?:\s+on\b)?\s*:?\s*)?(?<date>.*)$/iu;
const TRAILER = /^(?:(?<none>be the first to comment|no comments(?: yet)?)|(?<count>\d[\d,]*)\s+comments?)\s*\.?$/iu;
/** Characters that do not occur in text: a digest with many of them is a binary file. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const BINARY_CHAR = /[\u0000-\u0008\u000E-\u001F\uFFFD]/gu;
const SPACE_AT_ENDS = /^[\s\uFEFF]+|[\s\uFEFF]+$/gu;

const EXPECTED_HEADER = 'an article header such as “CNN | Published January 6, 2025”';

class Problems {
  readonly list: DigestProblem[] = [];
  add(line: Line | null, problem: string, expected: string): void {
    this.list.push({ line: line?.number ?? 0, problem, expected, excerpt: line === null ? null : excerptOf(line.text) });
  }
}

function splitLines(input: string): Line[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const lines: Line[] = [];
  text.split(/\r\n|\r|\n/u).forEach((raw, index) => {
    const trimmed = raw.replace(SPACE_AT_ENDS, '');
    if (trimmed !== '') lines.push({ number: index + 1, text: trimmed });
  });
  return lines;
}

function readHeader(line: Line, problems: Problems): Header | null {
  const match = HEADER.exec(line.text.replace(/\u00A0/gu, ' '));
  const label = match?.groups?.['label']?.trim() ?? '';
  if (match === null || !/\p{L}/u.test(label) || label.split(/\s+/).length > 8) return null;
  const kindWord = match.groups?.['kind'];
  const dateText = match.groups?.['date']?.trim() ?? '';
  const date = parseHeaderDate(dateText);
  if (!date.ok) {
    // `LABEL | text` without Published/Updated and without a date is prose with a bar in it.
    if (kindWord === undefined) return null;
    problems.add(
      line,
      dateText === '' ? `the header for ${label} has no date` : `unreadable date in the header for ${label}: ${date.reason}`,
      'a date such as “January 6, 2025”, “Jan. 6, 2025” or “6 January 2025”, optionally followed by a time',
    );
    return { line, label, kind: 'published', date: { iso: '1970-01-01', text: dateText || '?', time: null } };
  }
  return { line, label, kind: kindWord?.toLowerCase() === 'updated' ? 'updated' : 'published', date: date.value };
}


/**
 * Take the lines that introduce the next article off the end of `lines`: its photo caption
 * (the line just before its header) and a `RELATED:` headline before that.
 */
function takeLead(lines: Line[], hasBodyBefore: boolean): Lead {
  let caption: Line | null = null;
  const last = lines.at(-1);
  if (last !== undefined && !isTailMarker(last)) {
    const before = lines.at(-2);
    const bodyEnded = !hasBodyBefore || (before !== undefined && isTailMarker(before));
    // Without a marker between them, the line could be the previous article's last paragraph;
    // it is a caption only when it reads like one and the article keeps a paragraph.
    if (bodyEnded || (lines.length > 1 && looksLikeCaption(last.text))) caption = lines.pop() ?? null;
  }
  let related: Line | null = null;
  const maybeRelated = lines.at(-1);
  if (maybeRelated !== undefined && RELATED.test(maybeRelated.text)) related = lines.pop() ?? null;
  return { caption, related };
}

/** Take the trailing `READ FULL ARTICLE` and `SOURCE:` lines, in either order, off an article. */
function takeEnding(lines: Line[], problems: Problems): Line | null {
  let source: Line | null = null;
  let readFull = false;
  for (;;) {
    const last = lines.at(-1);
    if (last === undefined) break;
    if (!readFull && READ_FULL.test(last.text)) {
      readFull = true;
    } else if (source === null && isSourceLine(last)) {
      source = last;
      const value = SOURCE.exec(last.text)?.groups?.['value'] ?? '';
      if (!SOURCE_VALUE.test(value)) {
        problems.add(last, value === '' ? 'the SOURCE line gives no site' : `the SOURCE line gives “${excerptOf(value)}”, which is not a web address`, 'a host such as “SOURCE: www.voanews.com”');
      }
    } else {
      break;
    }
    lines.pop();
  }
  return source;
}

const RELATED_WITHOUT_ARTICLE = 'a RELATED headline with no article after it';
const EXPECTED_AFTER_RELATED = `${EXPECTED_HEADER} after a RELATED line`;

/**
 * The shouted markers end an article; one left among its paragraphs means the digest is out of
 * shape (a missing header, two articles run together). Reported rather than kept as prose.
 */
function reportMisplacedMarkers(header: Header, paragraphs: readonly Line[], problems: Problems): void {
  for (const line of paragraphs) {
    if (/^RELATED\s*:/u.test(line.text)) {
      problems.add(line, RELATED_WITHOUT_ARTICLE, EXPECTED_AFTER_RELATED);
    } else if (/^READ\b/u.test(line.text) && READ_FULL.test(line.text)) {
      problems.add(line, `a “READ FULL ARTICLE” marker in the middle of the ${header.label} article`, 'it only after the article’s last paragraph, next to its SOURCE line');
    } else if (isSourceLine(line, true)) {
      problems.add(line, `a SOURCE line in the middle of the ${header.label} article`, 'it only after the article’s last paragraph, next to its READ FULL ARTICLE marker');
    }
  }
}

function readTrailer(lines: Line[]): number | null {
  const last = lines.at(-1);
  const match = last === undefined ? null : TRAILER.exec(last.text);
  if (match === null) return null;
  lines.pop();
  if (match.groups?.['none'] !== undefined) return 0;
  return Number((match.groups?.['count'] ?? '0').replace(/,/g, ''));
}

function checkInputSize(input: string, problems: Problems): boolean {
  if (input.length > MAX_DIGEST_CHARS) {
    const count = (n: number): string => n.toLocaleString('en-US');
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


/**
 * Parse a digest without throwing: the parsed story and articles, or a DigestError that lists
 * every problem found with its line.
 */
export function tryParseDigest(input: string, options: ParseOptions = {}): ParseResult {
  const file = options.file ?? null;
  const fileLabel = file ?? 'digest';
  const problems = new Problems();
  // Problems are found in passes, not in reading order; a reader wants them by line.
  const fail = (): ParseResult => ({ ok: false, error: new DigestError(fileLabel, [...problems.list].sort((a, b) => a.line - b.line)) });

  if (!checkInputSize(input, problems)) return fail();
  const lines = splitLines(input);
  if (lines.length === 0) {
    problems.add(null, input.length === 0 ? 'the file is empty' : 'the file holds only white space', `${EXPECTED_HEADER} followed by its paragraphs`);
    return fail();
  }

  const headers: Header[] = [];
  const headerIndexes: number[] = [];
  lines.forEach((line, index) => {
    const header = readHeader(line, problems);
    if (header !== null) {
      headers.push(header);
      headerIndexes.push(index);
    }
  });
  if (headers.length === 0) {
    problems.add(lines[0] ?? null, 'no article header found in the digest', EXPECTED_HEADER);
    return fail();
  }

  const tail = lines.slice((headerIndexes.at(-1) ?? 0) + 1);
  const comments = readTrailer(tail);

  // Lines before the first header may only introduce the first article.
  const preamble = lines.slice(0, headerIndexes[0]);
  let lead = takeLead(preamble, false);
  for (const stray of preamble) {
    problems.add(stray, 'unexpected text before the first article header', `at most a “RELATED:” headline and one photo-caption line before ${EXPECTED_HEADER}`);
  }

  const drafts: ArticleDraft[] = headers.map((header, index) => {
    const isLast = index === headers.length - 1;
    const body = isLast ? tail : lines.slice((headerIndexes[index] ?? 0) + 1, headerIndexes[index + 1]);
    const nextLead = takeLead(body, true);
    if (isLast && nextLead.related !== null) {
      problems.add(nextLead.related, RELATED_WITHOUT_ARTICLE, EXPECTED_AFTER_RELATED);
    } else if (isLast && nextLead.caption !== null) {
      body.push(nextLead.caption); // no article follows: the line was this one's last paragraph
    }
    const source = takeEnding(body, problems);
    if (body.length === 0) {
      problems.add(header.line, `the article header for ${header.label} has no body`, 'at least one paragraph line after the header');
    }
    reportMisplacedMarkers(header, body, problems);
    const draft: ArticleDraft = { header, lead, paragraphs: body, source };
    lead = nextLead;
    return draft;
  });

  if (problems.list.length > 0) return fail();
  return { ok: true, value: buildDigest(drafts, comments, file) };
}

/** Parse a digest, or throw a DigestError naming the file, the line and what was expected. */
export function parseDigest(input: string, options: ParseOptions = {}): ParsedDigest {
  const result = tryParseDigest(input, options);
  if (!result.ok) throw result.error;
  return result.value;
}
