import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DigestError, ParsedDigestSchema, tryParseDigest, type ParsedDigest } from '../../../src/engine/index.ts';
import { readFixture } from '../fixtures.ts';
import { actualOutput, digestModelArb, expectedOutput, noiseArb, renderLines, renderWithNoise } from './digest-model.ts';

/** Modest here so the suite stays fast; `npm run fuzz` can raise it with FUZZ_RUNS. */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
/** Room for a fuzz run: about 10 ms a case at worst. */
const TIMEOUT = Math.max(5_000, RUNS * 10);

const modelAndTextArb = digestModelArb.chain((model) => {
  const lines = renderLines(model);
  return noiseArb(lines.length).map((noise) => ({ model, lines, text: renderWithNoise(lines, noise) }));
});

describe('round trip: model → digest text (with noise) → parse', () => {
  it('gives back the model', () => {
    fc.assert(
      fc.property(modelAndTextArb, ({ model, text }) => {
        const result = tryParseDigest(text, { file: 'model.txt' });
        if (!result.ok) throw new Error(`rejected a well-formed digest: ${result.error.message}`);
        expect(actualOutput(result.value)).toEqual(expectedOutput(model));
        expect(ParsedDigestSchema.safeParse(result.value).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('reports no header lines other than the articles’ own', () => {
    fc.assert(
      fc.property(modelAndTextArb, ({ lines, text }) => {
        const result = tryParseDigest(text, { file: 'model.txt' });
        if (!result.ok) throw new Error(result.error.message);
        const headerTexts = result.value.articles.map((article) => (textLines(text)[article.headerLine - 1] ?? '').trim());
        expect(headerTexts).toEqual(lines.filter((line) => / \| (?:Published|Updated) /u.test(line)));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, TIMEOUT);
});

function textLines(text: string): string[] {
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
    const headerText = header.text.replace(/\s+/gu, ' ');
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

/** Lines a mutation may insert: the format's own pieces, and junk. */
const INSERTABLE = [
  'READ FULL ARTICLE',
  'SOURCE: www.reuters.com',
  'SOURCE: not a host',
  'Source: a person familiar with the talks',
  'RELATED: Oil climbs as cold snap lifts demand',
  'Related: the ministry’s statement',
  'CNN | Published January 6, 2025',
  'NPR | Updated Jan. 7, 2025, 3:05 PM ET',
  'BBC | Published Smarch 41, 2025',
  'PARIS | results were mixed',
  'Be the first to comment',
  '3 comments',
  'Rescuers search the rubble in Antakya. Photo: Reuters',
  'Commuters wait at Tokyo Station, Jan. 15, 2025.',
  '“We will not back down,',
  '|',
  '\u0000\u0001binary',
  '\uFFFD\uFFFD',
];

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number }
  | { kind: 'insert'; at: number; line: string }
  | { kind: 'truncate'; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), line: fc.oneof(fc.constantFrom(...INSERTABLE), fc.string({ unit: 'binary', maxLength: 40 })) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(lines: readonly string[], mutations: readonly Mutation[]): string[] {
  const out = [...lines];
  for (const mutation of mutations) {
    const at = out.length === 0 ? 0 : mutation.at % out.length;
    if (mutation.kind === 'delete') out.splice(at, 1);
    else if (mutation.kind === 'duplicate') out.splice(at, 0, out[at] ?? '');
    else if (mutation.kind === 'swap' && at + 1 < out.length) [out[at], out[at + 1]] = [out[at + 1] ?? '', out[at] ?? ''];
    else if (mutation.kind === 'insert') out.splice(at, 0, mutation.line);
    else if (mutation.kind === 'truncate') out.splice(at);
  }
  return out;
}

const seedLines = readFixture('blinken-seoul-2025-01-06.txt').split('\n');

const anyInputArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom('A', 'b', ' ', '|', ':', '\n', '\r', '\u00A0', '\uFEFF', '.', '1', 'Published', 'READ FULL ARTICLE', 'SOURCE', 'RELATED', 'January 6, 2025', 'CNN'), maxLength: 80 }),
  fc.tuple(fc.array(mutationArb, { minLength: 1, maxLength: 4 })).map(([mutations]) => mutate(seedLines, mutations).join('\n')),
  fc.tuple(digestModelArb, fc.array(mutationArb, { minLength: 0, maxLength: 4 })).map(([model, mutations]) => mutate(renderLines(model), mutations).join('\r\n')),
);

describe('conservation: any input', () => {
  it('is never thrown on: it parses with every non-empty line in exactly one field, or is reported', () => {
    fc.assert(
      fc.property(anyInputArb, (input) => {
        const result = tryParseDigest(input, { file: 'fuzz.txt' });
        if (!result.ok) {
          expect(result.error).toBeInstanceOf(DigestError);
          expect(result.error.message).toMatch(/^(?:fuzz\.txt|\d+ problems in fuzz\.txt:)/u);
          const lineCount = textLines(input).length;
          for (const problem of result.error.problems) {
            expect(problem.line).toBeGreaterThanOrEqual(0);
            expect(problem.line).toBeLessThanOrEqual(lineCount);
            expect(problem.expected.length).toBeGreaterThan(0);
          }
          return;
        }
        expect(ParsedDigestSchema.safeParse(result.value).success).toBe(true);
        expect(unaccountedLines(input, result.value)).toBeNull();
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('accounts for every line of the seed', () => {
    const seed = readFixture('blinken-seoul-2025-01-06.txt');
    const result = tryParseDigest(seed, { file: 'seed.txt' });
    expect(result.ok && unaccountedLines(seed, result.value)).toBeNull();
  });

  it('notices a dropped line (the accounting can fail)', () => {
    const seed = readFixture('blinken-seoul-2025-01-06.txt');
    const result = tryParseDigest(seed, { file: 'seed.txt' });
    if (!result.ok) throw result.error;
    const [first, ...rest] = result.value.articles;
    if (first === undefined) throw new Error('the seed has articles');
    const dropped: ParsedDigest = { ...result.value, articles: [{ ...first, paragraphs: first.paragraphs.slice(1) }, ...rest] };
    expect(unaccountedLines(seed, dropped)).toMatch(/^expected the paragraph /u);
  });
});
