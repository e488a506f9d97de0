import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ArticleSchema,
  LibraryIndexPartSchema,
  LibraryIndexSchema,
  SearchManifestSchema,
  SearchShardSchema,
  StoryComparisonsSchema,
  buildLibraryIndex,
  compareAllPairs,
  mergeLibraryIndexParts,
  parseDigest,
  shardSearchDocs,
  splitLibraryIndex,
  toSearchDoc,
  type ParsedDigest,
} from '../engine/index.ts';
import { encodeIndexPart } from '../engine/library/compact-index.ts';

export interface DigestFile {
  file: string;
  text: string;
}

/** Where the app finds the data: the index, one file per article, per story's comparisons, and the search documents. */
export const DATA_DIR = 'data';
export const indexPath = (): string => `${DATA_DIR}/index.json`;
export const articlePath = (id: string): string => `${DATA_DIR}/articles/${id}.json`;
export const comparisonsPath = (storyId: string): string => `${DATA_DIR}/comparisons/${storyId}.json`;
export const indexPartPath = (part: number): string => `${DATA_DIR}/index/${part}.json`;
export const searchManifestPath = (): string => `${DATA_DIR}/search/manifest.json`;
export const searchShardPath = (shard: number): string => `${DATA_DIR}/search/${shard}.json`;

/**
 * A search shard holds at most this many characters of JSON: a quarter of the precache's 2 MiB
 * per-file limit, so shards download in parallel and a long article never pushes one over.
 */
export const SEARCH_SHARD_CHARS = 512 * 1024;

/**
 * The index's first file holds at most about this many characters of JSON; a larger library's
 * further stories go in parts (`data/index/<n>.json`), each under the precache's 2 MiB per file.
 */
export const INDEX_PART_CHARS = 1536 * 1024;

/**
 * Above this many articles the build no longer precomputes every pair's comparison: at about
 * 80 ms per pair on this machine, 10,000 articles would take ~15 minutes (docs/decisions/009).
 * The reader's compare route already computes a pair the build did not ship in its worker.
 */
export const BUILD_COMPARISONS_MAX_ARTICLES = 1_000;

export interface BuildOptions {
  /** `build`: every pair of every story; `browser`: none (computed on demand); `auto` (default): by size. */
  comparisons?: 'build' | 'browser' | 'auto';
}

/** Read every `.txt` digest in `dir`, in file-name order so builds are reproducible. */
export async function readDigestFiles(dir: string): Promise<DigestFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
  return Promise.all(names.map(async (file) => ({ file, text: await readFile(join(dir, file), 'utf8') })));
}

/**
 * JSON with every character beyond ASCII written as a `\uXXXX` escape. The library's index and
 * the search shards are decoded on its path to the first screen: text of ASCII bytes decodes to
 * a one-byte string several times faster than text with a few thousand `’` and `é` in it, which
 * makes the whole string two-byte (decision 009, session 8). Gzip grows by about 0.5 %.
 */
export function asciiJson(value: unknown): string {
  // A character beyond the BMP is two escapes, one per UTF-16 unit, as JSON writes it.
  const escape = (char: string): string => Array.from({ length: char.length }, (_, k) => `\\u${char.charCodeAt(k).toString(16).padStart(4, '0')}`).join('');
  return JSON.stringify(value).replace(/[^ -~\t\n\r]/gu, escape);
}

/**
 * Parse the digests and lay out the data files the app loads: a compact index (stories and
 * article summaries), each article's full text separately, each story's comparisons, and the
 * search documents in shards. Throws the parser's DigestError on a bad digest, so a broken
 * digest fails the build instead of shipping.
 */
export function buildDataFiles(digests: readonly DigestFile[], options: BuildOptions = {}): Map<string, string> {
  const parsed: ParsedDigest[] = digests.map(({ file, text }) => parseDigest(text, { file }));
  const seen = new Map<string, string>();
  for (const { story } of parsed) {
    const other = seen.get(story.id);
    if (other !== undefined) throw new Error(`two digests make the same story id “${story.id}”: ${other} and ${story.file ?? '?'}; rename one`);
    seen.set(story.id, story.file ?? '?');
  }
  const articleCount = parsed.reduce((sum, { articles }) => sum + articles.length, 0);
  const mode = options.comparisons ?? 'auto';
  const withComparisons = mode === 'build' || (mode === 'auto' && articleCount <= BUILD_COMPARISONS_MAX_ARTICLES);
  const files = new Map<string, string>();
  const { head, parts } = splitLibraryIndex(LibraryIndexSchema.parse(buildLibraryIndex(parsed)), INDEX_PART_CHARS);
  files.set(indexPath(), asciiJson(head));
  // Parts in the compact encoding (half the bytes for the page to parse; docs/decisions/009).
  parts.forEach((part, n) => files.set(indexPartPath(n + 1), asciiJson(encodeIndexPart(LibraryIndexPartSchema.parse(part)))));
  const index = mergeLibraryIndexParts(head, parts);
  for (const { story, articles } of parsed) {
    for (const article of articles) files.set(articlePath(article.id), JSON.stringify(ArticleSchema.parse(article)));
    // Every pair within the story, precomputed so the app shows comparisons at once and offline.
    if (withComparisons) files.set(comparisonsPath(story.id), JSON.stringify(StoryComparisonsSchema.parse({ storyId: story.id, comparisons: compareAllPairs(articles) })));
  }
  // Search documents in the index's order (newest story first), so equal scores rank newer first.
  const byId = new Map(parsed.flatMap(({ articles }) => articles.map((article) => [article.id, article] as const)));
  const articleOf = (id: string) => {
    const article = byId.get(id);
    if (article === undefined) throw new Error(`the index lists an article the digests do not hold: ${id}`);
    return article;
  };
  const docs = index.stories.flatMap((story) => story.articles.map((summary) => toSearchDoc(articleOf(summary.id))));
  const shards = shardSearchDocs(docs, SEARCH_SHARD_CHARS);
  shards.forEach((shard, number) => files.set(searchShardPath(number), asciiJson(SearchShardSchema.parse(shard))));
  files.set(
    searchManifestPath(),
    JSON.stringify(SearchManifestSchema.parse({ version: 1, articles: docs.length, shards: shards.map((_, number) => searchShardPath(number).slice(DATA_DIR.length + 1)) })),
  );
  return files;
}
