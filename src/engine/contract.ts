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

/** The comparison command's JSON. `comparisons` stays empty until the overlap engine exists. */
export function toContractJson(digest: ParsedDigest, comparisons: ContractComparison[] = []): ContractOutput {
  return { articles: digest.articles.map(toContractArticle), comments: digest.story.comments, comparisons };
}
