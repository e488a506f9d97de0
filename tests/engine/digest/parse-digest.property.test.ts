import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DigestError, ParsedDigestSchema, tryParseDigest, type ParsedDigest } from '../../../src/engine/index.ts';
import { readFixture } from '../fixtures.ts';
import { textLines, unaccountedLines } from './accounting.ts';
import { actualOutput, digestModelArb, expectedOutput, noiseArb, renderLines, renderWithNoise } from './digest-model.ts';

/** Modest here so the suite stays fast; `npm run fuzz` can raise it with FUZZ_RUNS. */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
/** Room for a fuzz run on a busy shared machine: up to 40 ms a case. */
const TIMEOUT = Math.max(20_000, RUNS * 40);

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
