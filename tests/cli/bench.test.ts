import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, MAX_ARTICLE_CHARS } from '../../src/engine/index.ts';
import { buildPair, countWords, cutAtWord, loadSources, median, spreadRounds, warmUp, wordsToChars } from '../../scripts/bench.ts';

// The benchmark's pure helpers only: timings are measured by `npm run bench`, never asserted here.
describe('the benchmark pair builder', () => {
  const sources = loadSources();

  it('reads the first and second article of the seed and every development digest', () => {
    const digests = readdirSync(join(import.meta.dirname, '..', 'fixtures', 'overlap')).filter((name) => name.endsWith('.txt'));
    expect(digests.length).toBeGreaterThanOrEqual(8);
    expect(sources.a).toHaveLength(1 + digests.length);
    expect(sources.b).toHaveLength(1 + digests.length);
  });

  it.each([1, 1_000, 4_000, 16_000])('makes valid articles of exactly %i words per side, within the engine’s article limit', (words) => {
    const { a, b } = buildPair(words, sources);
    for (const article of [a, b]) {
      expect(ArticleSchema.parse(article)).toEqual(article);
      expect(article.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
      expect(article.wordCount).toBe(words);
      expect(countWords(article.text)).toBe(words);
      expect(article.text).toBe(article.paragraphs.join('\n\n'));
    }
    expect(a.text).not.toBe(b.text);
  });

  it('makes every repetition cycle distinct', () => {
    // Few enough sources that 16,000 words go round them more than once.
    const { a } = buildPair(16_000, { a: sources.a.slice(0, 4), b: sources.b.slice(0, 4) });
    expect(new Set(a.paragraphs).size).toBe(a.paragraphs.length);
    expect(a.text).toContain(' c2');
  });

  it('cuts a paragraph just after a word', () => {
    expect(cutAtWord('Seoul, Jan. 6 — the U.S. said so.', 4)).toBe('Seoul, Jan. 6 — the');
    expect(cutAtWord('two words', 5)).toBe('two words');
  });
});

describe('the benchmark helpers', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('encodes each word with its trailing space as one shared character', () => {
    const { chars1, chars2, words } = wordsToChars('the cat sat', 'the dog sat');
    expect(chars1).toHaveLength(3);
    expect(chars1[0]).toBe(chars2[0]);
    expect(chars1[1]).not.toBe(chars2[1]);
    expect(words.slice(1)).toEqual(['the ', 'cat ', 'sat', 'dog ']);
  });

  it('warms up for a minimum time and number of calls, unless the calls reach the cap', () => {
    const calls = (ms: number, budget: { minMs: number; minCalls: number; capMs: number }): number => warmUp(() => ms, budget).length;
    expect(calls(10, { minMs: 100, minCalls: 3, capMs: 1_000 })).toBe(10);
    expect(calls(100, { minMs: 100, minCalls: 3, capMs: 1_000 })).toBe(3);
    expect(calls(400, { minMs: 100, minCalls: 12, capMs: 1_000 })).toBe(3);
    expect(calls(5_000, { minMs: 100, minCalls: 12, capMs: 1_000 })).toBe(1);
  });

  it('spreads a size’s rounds evenly over the sitting, from its first round to its last', () => {
    expect(spreadRounds(5, 9)).toEqual([0, 2, 4, 6, 8]);
    expect(spreadRounds(9, 9)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(spreadRounds(12, 9)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(spreadRounds(2, 9)).toEqual([0, 8]);
    expect(spreadRounds(1, 9)).toEqual([0]);
    for (const [rounds, total] of [[3, 10], [4, 7], [6, 11]] as const) {
      const due = spreadRounds(rounds, total);
      expect(new Set(due).size, `${rounds} of ${total}: distinct`).toBe(rounds);
      expect(due[0]).toBe(0);
      expect(due.at(-1)).toBe(total - 1);
      expect([...due].sort((x, y) => x - y)).toEqual(due);
    }
  });
});
