import type { Article, ComparisonData, ParsedDigest } from '../../engine/index.ts';

/**
 * Imported stories and articles carry this prefix, so their ids can never be a bundled one's
 * (the build never names a digest `imported-…`; assignImportedIds also checks) and every id
 * stays a slug the schema accepts. Kept in this tiny module: the data layer branches on it
 * without loading the storage code.
 */
export const IMPORTED_PREFIX = 'imported-';

export function isImportedId(id: string): boolean {
  return id.startsWith(IMPORTED_PREFIX);
}

/** The story id the parser gave a digest, as an imported story's id: `imported-<id>`. */
export function importedStoryId(parsedStoryId: string): string {
  return `${IMPORTED_PREFIX}${parsedStoryId}`;
}

/** The first of `base`, `base-2`, `base-3`… that is not taken. */
export function freeStoryId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

function renameArticleId(id: string, from: string, to: string): string {
  return id.startsWith(`${from}--`) ? `${to}${id.slice(from.length)}` : `${to}--${id}`;
}

/**
 * The digest with its story under `storyId`: every article id (`<story>--<outlet>`), the story's
 * list of them and every comparison's ends are renamed together.
 */
export function renameStory(digest: ParsedDigest, comparisons: readonly ComparisonData[], storyId: string): { digest: ParsedDigest; comparisons: ComparisonData[] } {
  const from = digest.story.id;
  const rename = (id: string): string => renameArticleId(id, from, storyId);
  const articles: Article[] = digest.articles.map((article) => ({ ...article, id: rename(article.id), storyId }));
  return {
    digest: { story: { ...digest.story, id: storyId, articleIds: digest.story.articleIds.map(rename) }, articles },
    comparisons: comparisons.map((comparison) => ({ ...comparison, a: rename(comparison.a), b: rename(comparison.b) })),
  };
}
