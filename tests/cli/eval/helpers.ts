import type { ContractArticle, ContractComparison, ContractConflict, ContractFact, ContractOutput, ContractSpan } from '../../../src/engine/contract.ts';
import { parseGold, resolveGold, type ResolvedGold } from '../../../src/cli/eval/gold.ts';

/** Small hand-built articles, predictions and golds for the scoring tests. */

export function article(id: string, label: string, text: string): ContractArticle {
  return { id, outlet: label, outletLabel: label, headline: null, headlineDerived: id, publishedAt: null, caption: null, credit: null, source: null, paragraphs: text.split('\n\n'), text };
}

/** The span of `phrase` in the article's text (its first occurrence). */
export function at(of: ContractArticle, phrase: string): ContractSpan {
  const start = of.text.indexOf(phrase);
  if (start < 0) throw new Error(`test setup: ${JSON.stringify(phrase)} is not in ${of.id}`);
  return { start, end: start + phrase.length };
}

export const whole = (of: ContractArticle): ContractSpan => ({ start: 0, end: of.text.length });

export function fact(a: ContractSpan[], b: ContractSpan[], kind = 'paraphrase'): ContractFact {
  return { a, b, score: 0.9, kind };
}

export function conflict(a: ContractSpan[], b: ContractSpan[], note = 'a vs b'): ContractConflict {
  return { a, b, note };
}

export function comparison(a: ContractArticle, b: ContractArticle, facts: ContractFact[], conflicts: ContractConflict[] = []): ContractComparison {
  return { a: a.id, b: b.id, facts, conflicts };
}

export function output(articles: ContractArticle[], comparisons: ContractComparison[]): ContractOutput {
  return { articles, comments: null, comparisons };
}

type Spans = Record<string, string[]>;

export interface GoldInput {
  facts?: { id: string; required: boolean; spans: Spans }[];
  conflicts?: { id: string; kind: string; spans: Spans }[];
}

/** A gold file for these articles, as JSON, before validation. */
export function goldJson(articles: readonly ContractArticle[], input: GoldInput): Record<string, unknown> {
  return {
    digest: 'test.txt',
    about: 'a test',
    articles: articles.map((of) => ({
      outlet: of.outlet,
      outletLabel: of.outletLabel,
      publishedAt: null,
      headline: null,
      caption: null,
      credit: null,
      source: null,
      paragraphs: of.paragraphs.length,
      firstParagraphStartsWith: of.paragraphs[0]?.slice(0, 10) ?? '',
      lastParagraphStartsWith: of.paragraphs.at(-1)?.slice(0, 10) ?? '',
    })),
    comments: null,
    facts: (input.facts ?? []).map((item) => ({ ...item, claim: item.id })),
    conflicts: (input.conflicts ?? []).map((item) => ({ ...item, note: item.id })),
    onlyIn: {},
  };
}

export function gold(articles: readonly ContractArticle[], input: GoldInput): ResolvedGold {
  return resolveGold(parseGold(goldJson(articles, input), 'test.gold.json'), articles, 'test.gold.json');
}
