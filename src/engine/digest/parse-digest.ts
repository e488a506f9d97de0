import { MAX_ARTICLES_PER_DIGEST } from '../limits.ts';
import type { ParsedDigest } from '../schema.ts';
import { buildDigest } from './assemble.ts';
import { looksLikeCaption } from './captions.ts';
import { parseHeaderDate } from './dates.ts';
import { DigestError, excerptOf } from './digest-error.ts';
import { Problems, checkInputSize, count, reportLongArticle, reportNotText } from './input-checks.ts';
import { READ_FULL, RELATED, SOURCE, isSourceLine, isWebAddress, isTailMarker, type ArticleDraft, type Header, type Lead, type Line } from './lines.ts';

export interface ParseOptions {
  /** The digest's file name, used in error messages and for the story id. */
  file?: string | null;
}

export type ParseResult = { ok: true; value: ParsedDigest } | { ok: false; error: DigestError };

const HEADER = /^(?<label>[^|｜]{1,80}?)\s*[|｜]\s*(?:(?<kind>Published|Updated)\b(?:\s+on\b)?\s*:?\s*)?(?<date>.*)$/iu;
/** A comment count in thousands groups or plain digits, small enough to be an exact integer (`1,1,1,725 comments` is prose). */
const TRAILER = /^(?:(?<none>be the first to comment|no comments(?: yet)?)|(?<count>\d{1,3}(?:,\d{3}){1,3}|\d{1,12})\s+comments?)\s*\.?$/iu;
const SPACE_AT_ENDS = /^[\s\uFEFF]+|[\s\uFEFF]+$/gu;

const EXPECTED_HEADER = 'an article header such as “CNN | Published January 6, 2025”';

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
  if (!line.text.includes('|') && !line.text.includes('｜')) return null;
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
      if (!isWebAddress(value)) {
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
  reportNotText(lines, problems);

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
  if (headers.length > MAX_ARTICLES_PER_DIGEST) {
    problems.add(
      headers[MAX_ARTICLES_PER_DIGEST]?.line ?? null,
      `the digest holds ${count(headers.length)} articles, over the limit of ${MAX_ARTICLES_PER_DIGEST}`,
      `at most ${MAX_ARTICLES_PER_DIGEST} articles in one digest, all reports of one story (split larger collections into one digest per story)`,
    );
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
    reportLongArticle(header, body, problems);
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
