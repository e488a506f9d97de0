import type { IDBPTransaction } from 'idb';
import { z } from 'zod/mini';
import { ArticleSchema, StoryComparisonsSchema, StorySchema, type Article, type ComparisonData, type Story, type StoryComparisons } from '../../engine/index.ts';
import { LocalLibraryFullError, isQuotaError, openLocalLibrary, type LocalLibraryDB } from './database.ts';

/** One imported story with everything it holds: what is saved, deleted and restored as a unit. */
export interface ImportedStory {
  story: Story;
  articles: Article[];
  comparisons: ComparisonData[];
  /** ISO timestamp of the import. */
  importedAt: string;
}

/** A record that is not what the app wrote (damaged, or written by a buggy version): reported, skipped. */
export interface DamagedRecord {
  /** The story's id, or the record's key when even that is unreadable. */
  id: string;
  problem: string;
}

export interface LocalLibraryContents {
  stories: Omit<ImportedStory, 'comparisons'>[];
  damaged: DamagedRecord[];
}

const StoryRecordSchema = z.object({ id: z.string(), story: StorySchema, importedAt: z.string() });

function describeIssue(error: z.core.$ZodError): string {
  const first = error.issues[0];
  return first === undefined ? 'not in the expected shape' : `${first.path.join('.') || 'the record'}: ${first.message}`;
}

/** Every imported story with its articles, each record checked against the engine's schemas. */
export async function readLocalLibrary(): Promise<LocalLibraryContents> {
  const db = await openLocalLibrary();
  const transaction = db.transaction(['stories', 'articles'], 'readonly');
  const [storyRecords, storyKeys, articleRecords] = await Promise.all([
    transaction.objectStore('stories').getAll() as Promise<unknown[]>,
    transaction.objectStore('stories').getAllKeys(),
    transaction.objectStore('articles').getAll() as Promise<unknown[]>,
  ]);
  const damaged: DamagedRecord[] = [];
  const articles = new Map<string, Article>();
  for (const record of articleRecords) {
    const parsed = z.safeParse(ArticleSchema, record);
    if (parsed.success) articles.set(parsed.data.id, parsed.data);
  }
  const stories: LocalLibraryContents['stories'] = [];
  storyRecords.forEach((record, index) => {
    const key = storyKeys[index] ?? 'unknown';
    const parsed = z.safeParse(StoryRecordSchema, record);
    if (!parsed.success) {
      damaged.push({ id: key, problem: `the story record is damaged (${describeIssue(parsed.error)})` });
      return;
    }
    const { story, importedAt } = parsed.data;
    const missing = story.articleIds.filter((id) => !articles.has(id));
    if (missing.length > 0) {
      damaged.push({ id: story.id, problem: `${missing.length} of its ${story.articleIds.length} articles are missing or damaged (${missing.join(', ')})` });
      return;
    }
    stories.push({ story, importedAt, articles: story.articleIds.map((id) => articles.get(id) as Article) });
  });
  return { stories, damaged };
}

/** One imported article, checked; null when there is none (or it is damaged: reported by the caller). */
export async function readImportedArticle(articleId: string): Promise<{ article: Article } | { damaged: string } | null> {
  const db = await openLocalLibrary();
  const record: unknown = await db.get('articles', articleId);
  if (record === undefined) return null;
  const parsed = z.safeParse(ArticleSchema, record);
  return parsed.success ? { article: parsed.data } : { damaged: describeIssue(parsed.error) };
}

/** The comparisons stored with an imported story at import time; null when there are none or they are damaged. */
export async function readImportedComparisons(storyId: string): Promise<StoryComparisons | null> {
  const db = await openLocalLibrary();
  const parsed = z.safeParse(StoryComparisonsSchema, await db.get('comparisons', storyId));
  return parsed.success ? parsed.data : null;
}

/** The ids of every imported story (damaged ones too): taken when new ones are named. */
export async function readImportedStoryIds(): Promise<string[]> {
  const db = await openLocalLibrary();
  return db.getAllKeys('stories');
}

type WriteTransaction = IDBPTransaction<LocalLibraryDB, ('stories' | 'articles' | 'comparisons')[], 'readwrite'>;

/**
 * Save stories in one transaction: all of them or, on any failure (a full disk), none. A story
 * in `replacing` first loses its old articles and comparisons.
 */
export async function saveImportedStories(stories: readonly ImportedStory[], replacing: readonly string[] = []): Promise<void> {
  const db = await openLocalLibrary();
  const transaction = db.transaction(['stories', 'articles', 'comparisons'], 'readwrite');
  const work = async (): Promise<void> => {
    for (const storyId of replacing) await removeStory(transaction, storyId);
    for (const { story, articles, comparisons, importedAt } of stories) {
      for (const article of articles) await transaction.objectStore('articles').put(article);
      await transaction.objectStore('comparisons').put({ storyId: story.id, comparisons });
      await transaction.objectStore('stories').put({ id: story.id, story, importedAt });
    }
  };
  try {
    await Promise.all([work(), transaction.done]);
  } catch (error) {
    // All or nothing: a failed write must not leave the replaced stories deleted.
    try {
      transaction.abort();
    } catch {
      // already aborted (a full disk aborts it) or finished
    }
    // A full disk aborts the transaction; the request that failed may only say "aborted".
    if (isQuotaError(error) || isQuotaError(transaction.error)) throw new LocalLibraryFullError();
    throw error;
  }
}

async function removeStory(transaction: WriteTransaction, storyId: string): Promise<void> {
  const articleKeys = await transaction.objectStore('articles').index('by-story').getAllKeys(storyId);
  for (const key of articleKeys) await transaction.objectStore('articles').delete(key);
  await transaction.objectStore('comparisons').delete(storyId);
  await transaction.objectStore('stories').delete(storyId);
}

/**
 * Delete one imported story and return everything it held, so that Undo can put it back as it
 * was. Null when there was no such story.
 */
export async function deleteImportedStory(storyId: string): Promise<ImportedStory | null> {
  const db = await openLocalLibrary();
  const transaction = db.transaction(['stories', 'articles', 'comparisons'], 'readwrite');
  const [record, articles, comparisons] = await Promise.all([
    transaction.objectStore('stories').get(storyId),
    transaction.objectStore('articles').index('by-story').getAll(storyId),
    transaction.objectStore('comparisons').get(storyId),
  ]);
  await removeStory(transaction, storyId);
  await transaction.done;
  if (record === undefined) return null;
  // The index returns them by id; the story keeps its own order.
  const order = new Map(record.story.articleIds.map((id, index) => [id, index]));
  articles.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { story: record.story, importedAt: record.importedAt, articles, comparisons: comparisons?.comparisons ?? [] };
}
