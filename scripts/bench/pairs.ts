/**
 * The benchmark's pairs (scripts/bench.ts, which re-exports these): the paragraphs of the first and
 * of the second article of every development digest, cycled until each side holds N words.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleSchema, parseDigest, type Article } from '../../src/engine/index.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIGEST_DIR = join(ROOT, 'tests/fixtures/overlap');
const SEED = join(ROOT, 'tests/fixtures/blinken-seoul-2025-01-06.txt');

/** The engine's own word count (src/engine/text/words.ts): runs of letters and digits. */
const WORD = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The paragraph cut just after its `limit`-th word, or whole when it has no more words. */
export function cutAtWord(paragraph: string, limit: number): string {
  let seen = 0;
  for (const match of paragraph.matchAll(WORD)) {
    seen += 1;
    if (seen === limit) return paragraph.slice(0, match.index + match[0].length);
  }
  return paragraph;
}

/** The paragraphs of the first and of the second article of every development digest. */
export function loadSources(): { a: string[][]; b: string[][] } {
  const files = [SEED, ...readdirSync(DIGEST_DIR).filter((name) => name.endsWith('.txt')).sort().map((name) => join(DIGEST_DIR, name))];
  const a: string[][] = [];
  const b: string[][] = [];
  for (const file of files) {
    const [first, second] = parseDigest(readFileSync(file, 'utf8'), { file }).articles;
    if (first === undefined || second === undefined) throw new Error(`${file} has fewer than two articles`);
    a.push(first.paragraphs);
    b.push(second.paragraphs);
  }
  return { a, b };
}

/** Paragraphs from `sources`, cycling, until they hold exactly `words` words. */
export function buildParagraphs(sources: readonly (readonly string[])[], words: number): string[] {
  if (words < 1) throw new RangeError('a side needs at least one word');
  if (!sources.some((paragraphs) => paragraphs.some((paragraph) => countWords(paragraph) > 0))) throw new Error('the sources have no words');
  const out: string[] = [];
  let total = 0;
  for (let cycle = 1; ; cycle += 1) {
    for (const paragraphs of sources) {
      for (const source of paragraphs) {
        const paragraph = cycle === 1 ? source : `${source} c${cycle}`;
        const count = countWords(paragraph);
        if (count === 0) continue;
        if (total + count >= words) {
          out.push(cutAtWord(paragraph, words - total));
          return out;
        }
        out.push(paragraph);
        total += count;
      }
    }
  }
}

/** A valid Article holding the given paragraphs. */
export function toArticle(side: 'a' | 'b', words: number, paragraphs: string[]): Article {
  const text = paragraphs.join('\n\n');
  return ArticleSchema.parse({
    id: `bench-${words}-${side}`,
    storyId: `bench-${words}`,
    position: side === 'a' ? 0 : 1,
    outlet: { name: `Bench ${side.toUpperCase()}`, short: side.toUpperCase(), label: `BENCH ${side.toUpperCase()}`, known: false },
    publishedAt: '2025-06-17',
    dateline: { kind: 'published', text: 'June 17, 2025', time: null },
    headline: null,
    headlineDerived: `Benchmark side ${side.toUpperCase()}, ${words} words`,
    caption: null,
    credit: null,
    source: null,
    sourceUrl: null,
    paragraphs,
    text,
    wordCount: countWords(text),
    headerLine: 1,
  });
}

/** The pair of N words per side that the benchmark compares. */
export function buildPair(words: number, sources = loadSources()): { a: Article; b: Article } {
  return { a: toArticle('a', words, buildParagraphs(sources.a, words)), b: toArticle('b', words, buildParagraphs(sources.b, words)) };
}
