import type { Article } from '../../engine/index.ts';
import { formatIsoDate } from '../../lib/format.ts';
import { formatScore, itemLabel, SIDES, type CompareModel, type Item, type Side } from './compare-model.ts';

/** Quoted text stays literal: Markdown's own characters are escaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/([\\`*_[\]<>#|])/gu, '\\$1');
}

/**
 * The source as an autolink only when it is http(s). Markdown autolinks take any scheme, so a
 * `javascript:` URL pasted into notes would become a live link wherever they are rendered. `<`,
 * `>` and spaces would end the link early: they are percent-encoded, as the browser would.
 */
function sourceLink(url: string | null): string {
  if (url === null) return 'no source link';
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return `<${url.trim().replace(/[\s<>"]/gu, (character) => encodeURIComponent(character))}>`;
  } catch {
    // not a URL at all: shown as text below
  }
  return `given as “${escapeMarkdown(url)}” (not a web address)`;
}

function describeArticle(side: Side, article: Article): string {
  const title = article.headline ?? article.headlineDerived ?? '';
  const source = sourceLink(article.sourceUrl);
  return `- **${side.toUpperCase()} — ${escapeMarkdown(article.outlet.name)}**: “${escapeMarkdown(title)}”, ${article.dateline.kind} ${formatIsoDate(article.publishedAt)}. Source: ${source}`;
}

function itemSection(item: Item, articles: Record<Side, Article>): string[] {
  const detail = item.type === 'fact' ? `${item.kind}, ${formatScore(item.score ?? 0)} confidence` : `${item.kind}: ${escapeMarkdown(item.note ?? '')}`;
  return [
    `### ${itemLabel(item)} (${detail})`,
    '',
    ...SIDES.map((side) => `- **${escapeMarkdown(articles[side].outlet.name)}:** ${item.wording[side].map((text) => `“${escapeMarkdown(text)}”`).join(' … ')}`),
    '',
  ];
}

export interface MarkdownOptions {
  model: CompareModel;
  articles: Record<Side, Article>;
  minScore: number;
  /** The address of this comparison, so a reader of the notes can come back. */
  url: string;
}

/** The comparison as Markdown: who said what, where they differ, what each alone reports. */
export function comparisonToMarkdown({ model, articles, minScore, url }: MarkdownOptions): string {
  const lines = [
    `# ${escapeMarkdown(articles.a.outlet.name)} and ${escapeMarkdown(articles.b.outlet.name)} compared`,
    '',
    ...SIDES.map((side) => describeArticle(side, articles[side])),
    '',
    `${model.facts.length} shared ${model.facts.length === 1 ? 'fact' : 'facts'}, ${model.conflicts.length} ${model.conflicts.length === 1 ? 'conflict' : 'conflicts'}` +
      (minScore > 0 ? ` (facts of at least ${formatScore(minScore)} confidence).` : '.') +
      ` Compared with Parallax: <${url}>`,
    '',
    '## Shared facts',
    '',
    ...(model.facts.length === 0 ? ['None found.', ''] : model.facts.flatMap((item) => itemSection(item, articles))),
    '## Conflicts',
    '',
    ...(model.conflicts.length === 0 ? ['None found.', ''] : model.conflicts.flatMap((item) => itemSection(item, articles))),
  ];
  for (const side of SIDES) {
    const unique = model.sides[side].unique;
    lines.push(`## Only in ${escapeMarkdown(articles[side].outlet.name)}`, '');
    lines.push(...(unique.length === 0 ? ['Nothing: every sentence shares something with the other report.'] : unique.map((sentence) => `- ${escapeMarkdown(sentence.text)}`)), '');
  }
  return lines.join('\n').replace(/\n{3,}/gu, '\n\n').trimEnd() + '\n';
}
