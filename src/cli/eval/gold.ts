import { z } from 'zod';
import type { ContractArticle } from '../../engine/contract.ts';
import type { Span } from './spans.ts';

/**
 * Gold files (docs/gold-format.md): a hand-made reference for one digest. Spans are written as
 * exact substrings of an article's `text`, keyed by outlet label; `resolveGold` turns them into
 * character ranges. Pure: reading files is the command's business.
 */

const phrases = z.array(z.string().min(1, 'a span is an exact, non-empty substring of the article text')).min(1, 'list at least one span');
const spansByLabel = z.record(z.string().min(1), phrases);

const GoldArticleSchema = z.object({
  outlet: z.string(),
  outletLabel: z.string().min(1),
  publishedAt: z.string().nullable(),
  headline: z.string().nullable(),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  source: z.string().nullable(),
  paragraphs: z.number().int().nonnegative(),
  firstParagraphStartsWith: z.string(),
  lastParagraphStartsWith: z.string(),
});

const GoldFactSchema = z.object({
  id: z.string().min(1),
  required: z.boolean(),
  claim: z.string(),
  spans: spansByLabel,
});

const GoldConflictSchema = z.object({
  id: z.string().min(1),
  // A label for people reading the report (number, date, name, attribution, …); scoring never reads it.
  kind: z.string().min(1),
  note: z.string(),
  spans: spansByLabel,
});

/** Ids name facts in messages and reports, so each is used once. */
const uniqueIds =
  (what: string) =>
  (items: readonly { id: string }[], context: z.RefinementCtx): void => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `${what} id “${item.id}” is used twice` });
      seen.add(item.id);
    });
  };

export const GoldSchema = z.object({
  digest: z.string().min(1),
  about: z.string().optional(),
  articles: z.array(GoldArticleSchema),
  comments: z.number().int().nonnegative().nullable(),
  facts: z.array(GoldFactSchema).superRefine(uniqueIds('fact')),
  // Older or smaller golds may leave these out; missing means "none".
  conflicts: z.array(GoldConflictSchema).superRefine(uniqueIds('conflict')).default([]),
  onlyIn: z.record(z.string(), z.array(z.string())).default({}),
});

export type Gold = z.infer<typeof GoldSchema>;

/** Bad gold input: the message names the file and, where there is one, the fact and the span. */
export class GoldError extends Error {
  override name = 'GoldError';
}

/** A gold span found in its article: where it is and what it says. */
export interface ResolvedSpan extends Span {
  readonly text: string;
}

/** A reference fact or conflict with its spans keyed by article id instead of outlet label. */
export interface ResolvedEntry {
  readonly id: string;
  /** Article id → that article's spans, in gold order. */
  readonly spans: ReadonlyMap<string, readonly ResolvedSpan[]>;
}

export interface ResolvedFact extends ResolvedEntry {
  readonly required: boolean;
  readonly claim: string;
}

export interface ResolvedConflict extends ResolvedEntry {
  readonly kind: string;
  readonly note: string;
}

export interface ResolvedGold {
  /** The gold file's name, for messages. */
  readonly file: string;
  readonly digest: string;
  readonly facts: readonly ResolvedFact[];
  readonly conflicts: readonly ResolvedConflict[];
  /** Things that do not stop the measurement but are probably mistakes in the gold. */
  readonly warnings: readonly string[];
}

/** Validate a gold file's parsed JSON; the error lists every problem with its path. */
export function parseGold(json: unknown, file: string): Gold {
  const result = GoldSchema.safeParse(json);
  if (!result.success) throw new GoldError(`${file}: not a valid gold file:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** The shortest overlap that lets a prediction hit a reference fact (docs/compare-contract.md). */
export const MIN_HIT_OVERLAP = 8;

const plainQuotes = (text: string): string => text.replace(/[‘’‛′]/gu, "'").replace(/[“”„″]/gu, '"');

function articleFor(label: string, articles: readonly ContractArticle[], where: string): ContractArticle {
  const matches = articles.filter((article) => article.outletLabel === label);
  const [article] = matches;
  if (article === undefined) {
    const labels = articles.map((candidate) => `“${candidate.outletLabel}”`).join(', ');
    throw new GoldError(`${where}: outlet label “${label}” matches no article of the digest (its labels: ${labels})`);
  }
  if (matches.length > 1) {
    throw new GoldError(`${where}: outlet label “${label}” matches ${matches.length} articles (${matches.map((match) => match.id).join(', ')}); a gold cannot tell them apart`);
  }
  return article;
}

function resolveSpans(spans: Readonly<Record<string, readonly string[]>>, articles: readonly ContractArticle[], where: string): Map<string, ResolvedSpan[]> {
  const resolved = new Map<string, ResolvedSpan[]>();
  for (const [label, phrasesOfLabel] of Object.entries(spans)) {
    const article = articleFor(label, articles, where);
    const found = phrasesOfLabel.map((phrase): ResolvedSpan => {
      // The first occurrence counts (docs/gold-format.md).
      const start = article.text.indexOf(phrase);
      if (start < 0) {
        const hint = plainQuotes(article.text).includes(plainQuotes(phrase)) ? ' (it is there with different quote marks)' : '';
        throw new GoldError(`${where}: span for “${label}” not found in that article’s text${hint}: ${JSON.stringify(phrase)}`);
      }
      return { start, end: start + phrase.length, text: phrase };
    });
    resolved.set(article.id, [...(resolved.get(article.id) ?? []), ...found]);
  }
  return resolved;
}

/**
 * Find every gold span in the digest's articles. Throws a GoldError naming the file, the fact
 * or conflict, the outlet label and the span when a span is not in its article's text or a label
 * matches no article or several.
 */
export function resolveGold(gold: Gold, articles: readonly ContractArticle[], file: string): ResolvedGold {
  const warnings: string[] = [];
  const facts = gold.facts.map((fact): ResolvedFact => {
    const spans = resolveSpans(fact.spans, articles, `${file}: fact “${fact.id}”`);
    if (spans.size < 2) warnings.push(`${file}: fact “${fact.id}” has spans in ${spans.size} article(s), so no pair shares it`);
    for (const [label, list] of Object.entries(fact.spans)) {
      for (const phrase of list) {
        if (phrase.length < MIN_HIT_OVERLAP) warnings.push(`${file}: fact “${fact.id}”: span for “${label}” is shorter than ${MIN_HIT_OVERLAP} characters, so no prediction can hit it there: ${JSON.stringify(phrase)}`);
      }
    }
    return { id: fact.id, required: fact.required, claim: fact.claim, spans };
  });
  const conflicts = gold.conflicts.map((conflict): ResolvedConflict => {
    const spans = resolveSpans(conflict.spans, articles, `${file}: conflict “${conflict.id}”`);
    if (spans.size < 2) warnings.push(`${file}: conflict “${conflict.id}” has spans in ${spans.size} article(s), so no pair has it`);
    return { id: conflict.id, kind: conflict.kind, note: conflict.note, spans };
  });
  const goldLabels = gold.articles.map((article) => article.outletLabel).join(', ');
  const digestLabels = articles.map((article) => article.outletLabel).join(', ');
  if (goldLabels !== digestLabels) warnings.push(`${file}: the gold lists articles ${goldLabels}, but the digest parses into ${digestLabels}`);
  return { file, digest: gold.digest, facts, conflicts, warnings };
}
