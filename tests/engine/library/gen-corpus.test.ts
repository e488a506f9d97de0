import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/engine/index.ts';
import { generateStory, seededRandom } from '../../../scripts/gen-corpus.ts';

describe('the synthetic corpus (npm run gen:corpus)', () => {
  it('is the same for the same seed', () => {
    const a = seededRandom(6);
    const b = seededRandom(6);
    expect(Array.from({ length: 5 }, (_, n) => generateStory(a, n))).toEqual(Array.from({ length: 5 }, (_, n) => generateStory(b, n)));
  });

  it('writes digests the parser reads: 2–4 reports from different outlets, headlines after the first', () => {
    const random = seededRandom(1);
    for (let n = 0; n < 60; n += 1) {
      const { file, text, articles } = generateStory(random, n);
      const parsed = parseDigest(text, { file });
      expect(parsed.articles).toHaveLength(articles);
      expect(articles).toBeGreaterThanOrEqual(2);
      expect(articles).toBeLessThanOrEqual(4);
      expect(parsed.articles.slice(1).every((article) => article.headline !== null)).toBe(true);
      expect(new Set(parsed.articles.map((article) => article.outlet.name)).size).toBe(articles);
    }
  });
});
