import type { Article } from '../../engine/index.ts';
import { LocalLibraryUnavailableError } from './database.ts';
import { readLocalLibrary } from './library-store.ts';

/**
 * Every imported article, checked against the schema (damaged stories are left out). A browser
 * without a local library has none. Query key and refresh: ./queries.ts.
 */
export async function listImportedArticles(): Promise<Article[]> {
  try {
    const { stories } = await readLocalLibrary();
    return stories.flatMap((story) => story.articles);
  } catch (error) {
    if (error instanceof LocalLibraryUnavailableError) return [];
    throw error;
  }
}
