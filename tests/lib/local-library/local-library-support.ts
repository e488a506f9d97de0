import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { parseDigest, type ParsedDigest } from '../../../src/engine/index.ts';
import { closeLocalLibrary } from '../../../src/lib/local-library/database.ts';
import type { ImportedStory } from '../../../src/lib/local-library/library-store.ts';
import seedText from '../../fixtures/blinken-seoul-2025-01-06.txt?raw';
import strikeText from '../../fixtures/app/ports-strike-straight-quotes.txt?raw';

export { seedText, strikeText };

/** Each test gets an empty IndexedDB of its own and a fresh connection. */
export function useFreshIndexedDB(): void {
  beforeEach(() => {
    vi.stubGlobal('indexedDB', new IDBFactory());
  });
  afterEach(async () => {
    await closeLocalLibrary();
    vi.unstubAllGlobals();
  });
}

/** A parsed fixture as an imported story (ids renamed as an import renames them), without comparisons. */
export function importedStory(text: string, file: string, storyId: string, importedAt = '2026-11-26T08:00:00.000Z'): ImportedStory {
  const digest: ParsedDigest = parseDigest(text, { file });
  const from = digest.story.id;
  const rename = (id: string): string => `${storyId}${id.slice(from.length)}`;
  return {
    story: { ...digest.story, id: storyId, articleIds: digest.story.articleIds.map(rename) },
    articles: digest.articles.map((article) => ({ ...article, id: rename(article.id), storyId })),
    comparisons: [],
    importedAt,
  };
}
