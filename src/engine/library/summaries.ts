import type { Article, ArticleSummary, LibraryIndex, LibraryIndexPart, ParsedDigest } from '../schema.ts';

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

/**
 * Split an index whose JSON would exceed `maxChars` into a first file and further parts of at
 * most about `maxChars` each (a story is never split), named `index/<n>.json`. Small indexes
 * come back whole, with no parts.
 */
export function splitLibraryIndex(index: LibraryIndex, maxChars: number): { head: LibraryIndex; parts: LibraryIndexPart[] } {
  if (JSON.stringify(index).length <= maxChars) return { head: index, parts: [] };
  const groups: LibraryIndex['stories'][] = [[]];
  let size = 0;
  for (const story of index.stories) {
    const length = JSON.stringify(story).length + 1;
    const current = groups.at(-1) ?? [];
    if (current.length > 0 && size + length > maxChars) {
      groups.push([story]);
      size = length;
    } else {
      current.push(story);
      size += length;
    }
  }
  const [first = [], ...rest] = groups;
  return {
    head: { version: 1, stories: first, parts: rest.map((_, n) => `index/${n + 1}.json`) },
    parts: rest.map((stories) => ({ version: 1, stories })),
  };
}

/** The whole index again from its first file and its parts (what the app shows). */
export function mergeLibraryIndexParts(head: LibraryIndex, parts: readonly LibraryIndexPart[]): LibraryIndex {
  return { version: 1, stories: [...head.stories, ...parts.flatMap((part) => part.stories)] };
}
