import type { ParsedDigest } from '../../../src/engine/index.ts';

/**
 * Line accounting: every non-empty line of a digest must end up in exactly one field of the
 * parsed output. Shared by the property tests and the fuzzer (tests/engine/fuzz, `npm run fuzz`).
 */

export function textLines(text: string): string[] {
  return text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
}

interface InputLine {
  number: number;
  text: string;
}

function nonEmptyLines(input: string): InputLine[] {
  return textLines(input)
    .map((raw, index) => ({ number: index + 1, text: raw.replace(/^[\s\uFEFF]+|[\s\uFEFF]+$/gu, '') }))
    .filter((line) => line.text !== '');
}

const RELATED_LINE = /^related\s*:\s*(.*)$/iu;
const SOURCE_LINE = /^source\s*:\s*(.*)$/iu;
const READ_FULL_LINE = /^read (?:the )?full (?:article|story)\b/iu;
const TRAILER_LINE = /^(?:be the first to comment|no comments(?: yet)?|(\d[\d,]*)\s+comments?)\s*\.?$/iu;

/**
 * Walk the input's non-empty lines in order against the output and account for each exactly
 * once: RELATED headline, caption (+ credit), header, paragraphs, READ FULL ARTICLE / SOURCE,
 * then the trailer. Returns what went wrong, or null when every line is accounted for.
 */
export function unaccountedLines(input: string, digest: ParsedDigest): string | null {
  const lines = nonEmptyLines(input);
  let i = 0;
  const at = (): InputLine | undefined => lines[i];
  const fail = (what: string) => `${what} (input line ${at()?.number ?? 'EOF'}: ${JSON.stringify(at()?.text ?? null)})`;

  for (const article of digest.articles) {
    if (article.headline !== null) {
      const value = RELATED_LINE.exec(at()?.text ?? '')?.[1]?.trim();
      if (value !== article.headline) return fail(`expected the RELATED line for “${article.headline}”`);
      i += 1;
    }
    if (article.caption !== null || article.credit !== null) {
      const line = at()?.text ?? '';
      const caption = article.caption ?? '';
      const credit = article.credit ?? '';
      const fits = line.startsWith(caption) && line.endsWith(credit) && caption.length + credit.length <= line.length && /^[\s\-–—|]*$/u.test(line.slice(caption.length, line.length - credit.length));
      if (!fits) return fail(`expected the caption line “${caption}” + “${credit}”`);
      i += 1;
    }
    const header = at();
    if (header?.number !== article.headerLine) return fail(`expected the header of ${article.outlet.label} on line ${article.headerLine}`);
    // The parser reads a header with its non-breaking spaces as spaces, and keeps everything else as written.
    const headerText = header.text.replace(/\u00A0/gu, ' ');
    for (const part of [article.outlet.label, article.dateline.text, article.dateline.time ?? '']) {
      if (!headerText.includes(part)) return fail(`header lacks “${part}”`);
    }
    i += 1;
    for (const paragraph of article.paragraphs) {
      if (at()?.text !== paragraph) return fail(`expected the paragraph ${JSON.stringify(paragraph.slice(0, 60))}`);
      i += 1;
    }
    let sourceSeen = false;
    let readSeen = false;
    for (let n = 0; n < 2; n += 1) {
      const text = at()?.text ?? '';
      if (!sourceSeen && article.source !== null && SOURCE_LINE.exec(text)?.[1]?.trim() === article.source) sourceSeen = true;
      else if (!readSeen && READ_FULL_LINE.test(text)) readSeen = true;
      else break;
      i += 1;
    }
    if (article.source !== null && !sourceSeen) return fail(`expected the SOURCE line for ${article.source}`);
  }
  if (digest.story.comments !== null) {
    const match = TRAILER_LINE.exec(at()?.text ?? '');
    if (match === null) return fail('expected the trailer');
    if (Number((match[1] ?? '0').replace(/,/gu, '')) !== digest.story.comments) return fail(`trailer does not say ${digest.story.comments}`);
    i += 1;
  }
  return i === lines.length ? null : fail(`${lines.length - i} line(s) left over`);
}
