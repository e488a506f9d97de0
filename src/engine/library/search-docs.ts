import { z } from 'zod/mini';
import type { Article } from '../schema.ts';

// The search files' contract. Kept out of schema.ts (which the app's first page loads) because
// only the search worker and the build read them.
const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:--[a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'a lowercase slug'));
const nonEmpty = () => z.string().check(z.minLength(1));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date (YYYY-MM-DD)'));

/**
 * What the search worker indexes for one article: `[id, storyId, outlet name, publishedAt,
 * title, body]`, the title being the headline or the derived one and the body the caption and
 * paragraphs. Tuples, not objects: 10,000 of them are parsed in the worker on every first visit.
 */
export const SearchDocSchema = z.tuple([slug, slug, nonEmpty(), isoDate, nonEmpty(), z.string()]);
export type SearchDocTuple = z.infer<typeof SearchDocSchema>;

/** One file of search documents (`data/search/<n>.json`), each kept well under the precache's 2 MiB per file. */
export const SearchShardSchema = z.object({ version: z.literal(1), docs: z.array(SearchDocSchema) });
export type SearchShard = z.infer<typeof SearchShardSchema>;

/** `data/search/manifest.json`: the shards to load, relative to the data folder. */
export const SearchManifestSchema = z.object({
  version: z.literal(1),
  articles: z.int().check(z.nonnegative()),
  shards: z.array(z.string().check(z.regex(/^search\/\d+\.json$/, 'a search shard path'))),
});
export type SearchManifest = z.infer<typeof SearchManifestSchema>;

/** The text a search matches in an article's body: its caption, then its paragraphs. */
export function searchBodyOf(article: Pick<Article, 'caption' | 'text'>): string {
  return article.caption === null ? article.text : `${article.caption}\n\n${article.text}`;
}

/** One article as the search worker indexes it. */
export function toSearchDoc(article: Article): SearchDocTuple {
  return [article.id, article.storyId, article.outlet.name, article.publishedAt, article.headline ?? article.headlineDerived ?? article.id, searchBodyOf(article)];
}

/**
 * Split documents into shards of at most `maxChars` characters of JSON each (a document larger
 * than that gets a shard of its own), in order, so the same input always makes the same files.
 */
export function shardSearchDocs(docs: readonly SearchDocTuple[], maxChars: number): SearchShard[] {
  const shards: SearchShard[] = [];
  let current: SearchDocTuple[] = [];
  let size = 0;
  for (const doc of docs) {
    const length = JSON.stringify(doc).length + 1;
    if (current.length > 0 && size + length > maxChars) {
      shards.push({ version: 1, docs: current });
      current = [];
      size = 0;
    }
    current.push(doc);
    size += length;
  }
  if (current.length > 0) shards.push({ version: 1, docs: current });
  return shards;
}
