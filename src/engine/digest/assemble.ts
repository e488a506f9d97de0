import type { Article, ParsedDigest, Story } from '../schema.ts';
import { countWords, slugify } from '../text/words.ts';
import { titleLede } from './bylines.ts';
import { splitCaption } from './captions.ts';
import { deriveTitle } from './derived-title.ts';
import { RELATED, SOURCE, isWebAddress, sourceUrlOf, type ArticleDraft, type Line } from './lines.ts';
import { resolveOutlet } from './outlets.ts';

function hostOf(source: string): string {
  return source.replace(/^https?:\/\//iu, '').split(/[/?#:]/u)[0] ?? source;
}

/** Ids taken so far, and for each base the next suffix to try (so many same-outlet articles stay linear). */
interface TakenIds {
  ids: Set<string>;
  next: Map<string, number>;
}

function uniqueId(base: string, taken: TakenIds): string {
  let n = taken.next.get(base) ?? 2;
  let id = taken.ids.has(base) ? `${base}-${n}` : base;
  while (taken.ids.has(id)) {
    n += 1;
    id = `${base}-${n}`;
  }
  if (id !== base) taken.next.set(base, n + 1);
  taken.ids.add(id);
  return id;
}

/** Turn the drafts the parser read into the story and its articles, with stable ids. */
export function buildDigest(drafts: ArticleDraft[], comments: number | null, file: string | null): ParsedDigest {
  const firstLede = titleLede(drafts[0]?.paragraphs.map((line) => line.text) ?? []);
  const firstHeadline = drafts.find((draft) => draft.lead.related !== null)?.lead.related;
  const storyTitle = firstHeadline === undefined || firstHeadline === null ? deriveTitle(firstLede) : relatedText(firstHeadline);
  const dates = drafts.map((draft) => draft.header.date.iso).sort();
  const storyId =
    slugify(file?.replace(/^.*[\\/]/u, '').replace(/\.[^.]*$/u, '') ?? '') ||
    slugify(`${dates[0] ?? ''} ${storyTitle.split(/\s+/u).slice(0, 6).join(' ')}`) ||
    'story';

  const taken: TakenIds = { ids: new Set(), next: new Map() };
  const articles: Article[] = drafts.map((draft, position) => {
    const sourceText = draft.source === null ? null : (SOURCE.exec(draft.source.text)?.groups?.['value'] ?? null);
    const outlet = resolveOutlet(draft.header.label, sourceText === null ? null : hostOf(sourceText));
    const caption = draft.lead.caption === null ? { caption: null, credit: null } : splitCaption(draft.lead.caption.text);
    const paragraphs = draft.paragraphs.map((line) => line.text);
    const text = paragraphs.join('\n\n');
    const headline = draft.lead.related === null ? null : relatedText(draft.lead.related);
    return {
      id: `${storyId}--${uniqueId(slugify(outlet.short) || 'article', taken)}`,
      storyId,
      position,
      outlet,
      publishedAt: draft.header.date.iso,
      dateline: { kind: draft.header.kind, text: draft.header.date.text, time: draft.header.date.time },
      headline,
      headlineDerived: headline === null ? deriveTitle(titleLede(paragraphs)) : null,
      caption: caption.caption,
      credit: caption.credit,
      source: sourceText,
      sourceUrl: sourceText === null || !isWebAddress(sourceText) ? null : sourceUrlOf(sourceText),
      paragraphs,
      text,
      wordCount: countWords(text),
      headerLine: draft.header.line.number,
    };
  });

  const story: Story = {
    id: storyId,
    file,
    title: storyTitle,
    titleDerived: firstHeadline === undefined || firstHeadline === null,
    publishedAt: dates.at(-1) ?? '1970-01-01',
    articleIds: articles.map((article) => article.id),
    comments,
  };
  return { story, articles };
}

function relatedText(line: Line): string {
  return (RELATED.exec(line.text)?.groups?.['value'] ?? line.text).trim();
}
