import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, type Run } from './run-cli.ts';
import { readFixture } from '../engine/fixtures.ts';

const SEED = join(ROOT, 'tests/fixtures/blinken-seoul-2025-01-06.txt');

function compare(...args: string[]): Promise<Run> {
  return runCli('src/cli/compare.ts', ...args);
}

let seedRun: Promise<Run> | null = null;
/** The seed is run once and shared by the tests that read its output. */
function compareSeed(): Promise<Run> {
  seedRun ??= compare(SEED, '--json');
  return seedRun;
}

const ARTICLE_KEYS = ['id', 'outlet', 'outletLabel', 'headline', 'headlineDerived', 'publishedAt', 'caption', 'credit', 'source', 'paragraphs', 'text'];

describe('compare --json', () => {
  it('prints exactly one JSON object in the contract’s shape, and nothing else', async () => {
    const run = await compareSeed();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output: unknown = JSON.parse(run.stdout);
    expect(Object.keys(output as object)).toEqual(['articles', 'comments', 'comparisons']);
    const { articles, comments, comparisons } = output as { articles: Record<string, unknown>[]; comments: unknown; comparisons: Record<string, unknown>[] };
    expect(comments).toBe(0);
    // One comparison per pair of articles, in digest order, each in the contract's shape.
    expect(comparisons.map((comparison) => [comparison['a'], comparison['b']])).toEqual([['blinken-seoul-2025-01-06--voa', 'blinken-seoul-2025-01-06--cnn']]);
    for (const comparison of comparisons) {
      expect(Object.keys(comparison)).toEqual(['a', 'b', 'facts', 'conflicts']);
      const texts = [articles[0]?.['text'], articles[1]?.['text']] as [string, string];
      for (const fact of comparison['facts'] as { a: { start: number; end: number }[]; b: { start: number; end: number }[]; score: number; kind: string }[]) {
        expect(Object.keys(fact)).toEqual(['a', 'b', 'score', 'kind']);
        expect(fact.score).toBeGreaterThanOrEqual(0);
        expect(fact.score).toBeLessThanOrEqual(1);
        for (const [side, text] of [[fact.a, texts[0]], [fact.b, texts[1]]] as const) {
          for (const span of side) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeGreaterThan(span.start);
            expect(span.end).toBeLessThanOrEqual(text.length);
          }
        }
      }
      expect(Array.isArray(comparison['conflicts'])).toBe(true);
    }
    expect(articles.map((article) => Object.keys(article).sort())).toEqual([[...ARTICLE_KEYS].sort(), [...ARTICLE_KEYS].sort()]);
    expect(articles.map((article) => [article['id'], article['outlet'], article['outletLabel'], article['publishedAt'], article['source']])).toEqual([
      ['blinken-seoul-2025-01-06--voa', 'Voice of America', 'VOICE OF AMERICA', '2025-01-06', 'www.voanews.com'],
      ['blinken-seoul-2025-01-06--cnn', 'CNN', 'CNN', '2025-01-06', 'www.edition.cnn.com'],
    ]);
    for (const article of articles) {
      const paragraphs = article['paragraphs'] as string[];
      expect(article['text']).toBe(paragraphs.join('\n\n'));
      expect((article['headline'] === null) !== (article['headlineDerived'] === null)).toBe(true);
    }
  }, 30_000);

  it('keeps the characters exactly as in the digest', async () => {
    const run = await compareSeed();
    const { articles } = JSON.parse(run.stdout) as { articles: { paragraphs: string[] }[] };
    const lines = readFixture('blinken-seoul-2025-01-06.txt').split('\n');
    for (const paragraph of articles.flatMap((article) => article.paragraphs)) expect(lines).toContain(paragraph);
  }, 30_000);
});

describe('compare on a bad digest', () => {
  it('exits non-zero with the parser’s message on stderr and nothing on stdout', async () => {
    const run = await compare(join(ROOT, 'tests/fixtures/digests/bad/unreadable-date.txt'), '--json');
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'unreadable-date.txt:3: unreadable date in the header for CNN: “Smarch” is not a month name; expected a date such as “January 6, 2025”, “Jan. 6, 2025” or “6 January 2025”, optionally followed by a time.\n',
    );
  }, 30_000);

  it('says so for an empty file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-compare-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const run = await compare(empty, '--json');
    expect([run.code, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toMatch(/^empty\.txt: the file is empty; expected /u);
  }, 30_000);

  it('reports a missing file without a stack trace', async () => {
    const run = await compare(join(ROOT, 'tests/fixtures/digests/no-such-digest.txt'), '--json');
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(/^compare: cannot read .*no-such-digest\.txt: ENOENT\n$/u);
  }, 30_000);
});
