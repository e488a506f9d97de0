import type { Comparison } from './overlap/types.ts';
import type { Article, ParsedDigest } from './schema.ts';

/** One article exactly as `docs/compare-contract.md` prints it. */
export interface ContractArticle {
  id: string;
  outlet: string;
  outletLabel: string;
  headline: string | null;
  headlineDerived: string | null;
  publishedAt: string | null;
  caption: string | null;
  credit: string | null;
  source: string | null;
  paragraphs: string[];
  text: string;
}

export interface ContractSpan {
  start: number;
  end: number;
}

export interface ContractFact {
  a: ContractSpan[];
  b: ContractSpan[];
  score: number;
  kind: string;
}

export interface ContractConflict {
  a: ContractSpan[];
  b: ContractSpan[];
  note: string;
}

export interface ContractComparison {
  a: string;
  b: string;
  facts: ContractFact[];
  conflicts: ContractConflict[];
}

export interface ContractOutput {
  articles: ContractArticle[];
  comments: number | null;
  comparisons: ContractComparison[];
}

function toContractArticle(article: Article): ContractArticle {
  return {
    id: article.id,
    outlet: article.outlet.name,
    outletLabel: article.outlet.label,
    headline: article.headline,
    headlineDerived: article.headlineDerived,
    publishedAt: article.publishedAt,
    caption: article.caption,
    credit: article.credit,
    source: article.source,
    paragraphs: article.paragraphs,
    text: article.text,
  };
}

const span = (range: { start: number; end: number }): ContractSpan => ({ start: range.start, end: range.end });

/** One comparison in the contract's shape: spans as plain numbers, scores rounded. */
export function toContractComparison(comparison: Comparison): ContractComparison {
  return {
    a: comparison.a,
    b: comparison.b,
    facts: comparison.facts.map((fact) => ({ a: fact.a.map(span), b: fact.b.map(span), score: Math.round(fact.score * 1000) / 1000, kind: fact.kind })),
    conflicts: comparison.conflicts.map((conflict) => ({ a: conflict.a.map(span), b: conflict.b.map(span), note: conflict.note })),
  };
}

/** The comparison command's JSON: the articles in digest order and every pair's comparison. */
export function toContractJson(digest: ParsedDigest, comparisons: readonly Comparison[]): ContractOutput {
  return { articles: digest.articles.map(toContractArticle), comments: digest.story.comments, comparisons: comparisons.map(toContractComparison) };
}
