import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleSchema, LibraryIndexSchema, StoryComparisonsSchema, buildLibraryIndex, compareAllPairs, parseDigest, type ParsedDigest } from '../engine/index.ts';

export interface DigestFile {
  file: string;
  text: string;
}

/** Where the app finds the data: the index, and one file per article. */
export const DATA_DIR = 'data';
export const indexPath = (): string => `${DATA_DIR}/index.json`;
export const articlePath = (id: string): string => `${DATA_DIR}/articles/${id}.json`;
export const comparisonsPath = (storyId: string): string => `${DATA_DIR}/comparisons/${storyId}.json`;

/** Read every `.txt` digest in `dir`, in file-name order so builds are reproducible. */
export async function readDigestFiles(dir: string): Promise<DigestFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
  return Promise.all(names.map(async (file) => ({ file, text: await readFile(join(dir, file), 'utf8') })));
}

/**
 * Parse the digests and lay out the data files the app loads: a compact index (stories and
 * article summaries), each article's full text separately, and each story's comparisons. Throws the parser's DigestError
 * on a bad digest, so a broken digest fails the build instead of shipping.
 */
export function buildDataFiles(digests: readonly DigestFile[]): Map<string, string> {
  const parsed: ParsedDigest[] = digests.map(({ file, text }) => parseDigest(text, { file }));
  const seen = new Map<string, string>();
  for (const { story } of parsed) {
    const other = seen.get(story.id);
    if (other !== undefined) throw new Error(`two digests make the same story id “${story.id}”: ${other} and ${story.file ?? '?'}; rename one`);
    seen.set(story.id, story.file ?? '?');
  }
  const files = new Map<string, string>();
  files.set(indexPath(), JSON.stringify(LibraryIndexSchema.parse(buildLibraryIndex(parsed))));
  for (const { story, articles } of parsed) {
    for (const article of articles) files.set(articlePath(article.id), JSON.stringify(ArticleSchema.parse(article)));
    // Every pair within the story, precomputed so the app shows comparisons at once and offline.
    files.set(comparisonsPath(story.id), JSON.stringify(StoryComparisonsSchema.parse({ storyId: story.id, comparisons: compareAllPairs(articles) })));
  }
  return files;
}
