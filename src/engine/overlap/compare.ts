import type { Article } from '../schema.ts';
import type { Comparison } from './types.ts';

/**
 * Compare two reports: the facts both state, phrase by phrase, and the conflicts between them.
 * Deterministic; spans are half-open character ranges into each article's `text`.
 */
export function compareArticles(a: Article, b: Article): Comparison {
  return { a: a.id, b: b.id, facts: [], conflicts: [] };
}

/** Every pair of articles, in digest order: (0,1), (0,2), …, (1,2), … */
export function compareAllPairs(articles: readonly Article[]): Comparison[] {
  const comparisons: Comparison[] = [];
  for (let i = 0; i < articles.length; i += 1) {
    for (let j = i + 1; j < articles.length; j += 1) {
      const a = articles[i];
      const b = articles[j];
      if (a !== undefined && b !== undefined) comparisons.push(compareArticles(a, b));
    }
  }
  return comparisons;
}
