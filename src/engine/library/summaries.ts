import type { Article, ArticleSummary, LibraryIndex, ParsedDigest } from '../schema.ts';

const WORDS_PER_MINUTE = 230;
const MAX_LEDE_CHARS = 280;

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const atSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, atSpace > max / 2 ? atSpace : max).replace(/[\s,;:—–-]+$/u, '')}…`;
}

/** What the library shows for an article: everything but its body. */
export function summarizeArticle(article: Article): ArticleSummary {
  return {
    id: article.id,
    storyId: article.storyId,
    position: article.position,
    outlet: article.outlet,
    publishedAt: article.publishedAt,
    headline: article.headline,
    headlineDerived: article.headlineDerived,
    wordCount: article.wordCount,
    lede: shorten(article.paragraphs[0] ?? '', MAX_LEDE_CHARS),
    readingMinutes: Math.max(1, Math.round(article.wordCount / WORDS_PER_MINUTE)),
  };
}

/** The library index: stories newest first (ties by title), each with its article summaries. */
export function buildLibraryIndex(digests: readonly ParsedDigest[]): LibraryIndex {
  const stories = digests.map(({ story, articles }) => ({ ...story, articles: articles.map(summarizeArticle) }));
  stories.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  return { version: 1, stories };
}
