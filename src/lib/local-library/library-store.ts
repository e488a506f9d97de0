import type { IDBPTransaction } from 'idb';
import { z } from 'zod/mini';
import { ArticleSchema, StoryComparisonsSchema, StorySchema, type Article, type ComparisonData, type Story, type StoryComparisons } from '../../engine/index.ts';
import { LocalLibraryFullError, isQuotaError, localLibraryIsAbsent, openLocalLibrary, type LocalLibraryDB } from './database.ts';

/** One imported story with everything it holds: what is saved, deleted and restored as a unit. */
export interface ImportedStory {
  story: Story;
  articles: Article[];
  comparisons: ComparisonData[];
  /** ISO timestamp of the import. */
  importedAt: string;
}

/**
 * A record that is not what the app wrote (damaged, or written by a buggy version): reported,
 * left out of the library, and removable (removeDamagedRecords); never dropped silently.
 */
export interface DamagedRecord {
  /** The record's IndexedDB key (what removal deletes): a story record's key, or an article's id. */
  id: string;
  /**
   * `stories`: a story record that cannot be read, or a story whose articles are missing or
   * damaged (removing it removes whatever is left of its articles). `articles`: an article
   * record that no whole story lists and that names no damaged story (whose removal would take it).
   */
  store: 'stories' | 'articles';
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

/** Every record of the stories and articles stores, as stored (not yet checked). */
interface StoredRecords {
  storyKeys: string[];
  storyRecords: unknown[];
  articleKeys: string[];
  articleRecords: unknown[];
}

type AllStores = ('stories' | 'articles' | 'comparisons')[];

/** What is read of the stories or the articles store (in a read-only or a write transaction). */
interface ReadableStore {
  getAll(): Promise<unknown[]>;
  getAllKeys(): Promise<string[]>;
}

async function readStoredRecords(stories: ReadableStore, articles: ReadableStore): Promise<StoredRecords> {
  const [storyRecords, storyKeys, articleRecords, articleKeys] = await Promise.all([stories.getAll(), stories.getAllKeys(), articles.getAll(), articles.getAllKeys()]);
  return { storyKeys, storyRecords, articleKeys, articleRecords };
}

function storyIdOf(record: unknown): string | null {
  return typeof record === 'object' && record !== null && 'storyId' in record && typeof record.storyId === 'string' ? record.storyId : null;
}

/** Check every record against the engine's schemas: the stories that are whole, and every record that is not. */
function checkRecords({ storyKeys, storyRecords, articleKeys, articleRecords }: StoredRecords): LocalLibraryContents {
  const articles = new Map<string, Article>();
  const articleProblems = new Map<string, string>();
  articleRecords.forEach((record, index) => {
    const key = articleKeys[index] ?? '';
    const parsed = z.safeParse(ArticleSchema, record);
    if (parsed.success) articles.set(key, parsed.data);
    else articleProblems.set(key, describeIssue(parsed.error));
  });
  const damaged: DamagedRecord[] = [];
  const stories: LocalLibraryContents['stories'] = [];
  /** Articles some story accounts for: listed by a story record that can be read. */
  const accounted = new Set<string>();
  /** The keys of the story records reported damaged: removing one also removes the articles that name it. */
  const damagedStories = new Set<string>();
  storyRecords.forEach((record, index) => {
    const key = storyKeys[index] ?? 'unknown';
    const parsed = z.safeParse(StoryRecordSchema, record);
    if (!parsed.success) {
      damagedStories.add(key);
      damaged.push({ id: key, store: 'stories', problem: `the story record is damaged (${describeIssue(parsed.error)})` });
      return;
    }
    const { story, importedAt } = parsed.data;
    // Filed under another id than its own: it could be listed but never deleted by its id.
    if (story.id !== key) {
      damagedStories.add(key);
      damaged.push({ id: key, store: 'stories', problem: `the story record is filed under “${key}” but names itself “${story.id}”` });
      return;
    }
    for (const id of story.articleIds) accounted.add(id);
    const missing = story.articleIds.filter((id) => !articles.has(id));
    if (missing.length > 0) {
      damagedStories.add(key);
      damaged.push({ id: key, store: 'stories', problem: `${missing.length} of its ${story.articleIds.length} articles are missing or damaged (${missing.join(', ')})` });
      return;
    }
    stories.push({ story, importedAt, articles: story.articleIds.map((id) => articles.get(id) as Article) });
  });
  const storyKeySet = new Set(storyKeys);
  articleRecords.forEach((record, index) => {
    const key = articleKeys[index] ?? '';
    const storyId = storyIdOf(record);
    if (accounted.has(key) || (storyId !== null && damagedStories.has(storyId))) return;
    const problem = articleProblems.get(key);
    const where = storyId !== null && storyKeySet.has(storyId) ? 'its story does not list it' : 'names no stored story';
    if (problem !== undefined) damaged.push({ id: key, store: 'articles', problem: `the article record is damaged (${problem}) and ${where}` });
    else damaged.push({ id: key, store: 'articles', problem: where === 'names no stored story' ? 'an article whose story is missing' : 'an article its story does not list' });
  });
  return { stories, damaged };
}

/**
 * Every imported story with its articles, each record checked against the engine's schemas.
 * None, without opening it, when the local library does not exist yet (opening would create it).
 */
export async function readLocalLibrary(): Promise<LocalLibraryContents> {
  if (await localLibraryIsAbsent()) return { stories: [], damaged: [] };
  const db = await openLocalLibrary();
  const transaction = db.transaction(['stories', 'articles'], 'readonly');
  return checkRecords(await readStoredRecords(transaction.objectStore('stories'), transaction.objectStore('articles')));
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

type WriteTransaction = IDBPTransaction<LocalLibraryDB, AllStores, 'readwrite'>;

/**
 * Run `work` in one write transaction: all of it or, on any failure, none (a failed save must
 * not leave the stories it replaces deleted). A full disk becomes a LocalLibraryFullError.
 */
async function writeAll<T>(work: (transaction: WriteTransaction) => Promise<T>): Promise<T> {
  const db = await openLocalLibrary();
  const transaction = db.transaction(['stories', 'articles', 'comparisons'], 'readwrite');
  try {
    const [result] = await Promise.all([work(transaction), transaction.done]);
    return result;
  } catch (error) {
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

/**
 * Save stories in one transaction: all of them or, on any failure (a full disk), none. A story
 * in `replacing` first loses its old articles and comparisons.
 */
export async function saveImportedStories(stories: readonly ImportedStory[], replacing: readonly string[] = []): Promise<void> {
  await writeAll(async (transaction) => {
    for (const storyId of replacing) await removeStory(transaction, storyId);
    for (const { story, articles, comparisons, importedAt } of stories) {
      for (const article of articles) await transaction.objectStore('articles').put(article);
      await transaction.objectStore('comparisons').put({ storyId: story.id, comparisons });
      await transaction.objectStore('stories').put({ id: story.id, story, importedAt });
    }
  });
}

async function removeStory(transaction: WriteTransaction, storyId: string, alsoArticles: readonly string[] = []): Promise<void> {
  const articleKeys = await transaction.objectStore('articles').index('by-story').getAllKeys(storyId);
  for (const key of new Set([...articleKeys, ...alsoArticles])) await transaction.objectStore('articles').delete(key);
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

/**
 * The article keys a damaged story record still lists that hold nothing readable of another
 * story: missing, damaged, or its own (found by key, since a damaged article may have lost its story id).
 */
function listedArticlesToRemove(record: unknown, storyId: string, records: StoredRecords): string[] {
  const story = typeof record === 'object' && record !== null && 'story' in record ? record.story : null;
  const listed = typeof story === 'object' && story !== null && 'articleIds' in story && Array.isArray(story.articleIds) ? (story.articleIds as unknown[]) : [];
  return listed.filter((key): key is string => {
    if (typeof key !== 'string') return false;
    const index = records.articleKeys.indexOf(key);
    if (index === -1) return false;
    const article = records.articleRecords[index];
    return !z.safeParse(ArticleSchema, article).success || storyIdOf(article) === storyId;
  });
}

/**
 * Remove damaged records for good, in one transaction: each named record that is still damaged
 * when the removal runs (one another tab has since replaced with a whole story is kept). A
 * story goes with whatever is left of its articles and its comparisons. Returns what was removed.
 */
export async function removeDamagedRecords(records: readonly Pick<DamagedRecord, 'id' | 'store'>[]): Promise<DamagedRecord[]> {
  const wanted = new Set(records.map(({ store, id }) => `${store}:${id}`));
  return writeAll(async (transaction) => {
    const stored = await readStoredRecords(transaction.objectStore('stories'), transaction.objectStore('articles'));
    const removing = checkRecords(stored).damaged.filter(({ store, id }) => wanted.has(`${store}:${id}`));
    for (const { store, id } of removing) {
      if (store === 'articles') await transaction.objectStore('articles').delete(id);
      else await removeStory(transaction, id, listedArticlesToRemove(stored.storyRecords[stored.storyKeys.indexOf(id)], id, stored));
    }
    return removing;
  });
}
