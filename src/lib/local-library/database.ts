import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Article, ComparisonData, Story, StoryComparisons } from '../../engine/index.ts';
import { DB_NAME, indexedDBFactory, localLibraryCertainlyAbsent } from './presence.ts';

export { DB_NAME };
/** Bump with a new step in `upgrade` below; never edit a step that has shipped. */
export const DB_VERSION = 2;

/** Version 1: one record per story, holding its articles and comparisons. */
export interface StoryRecordV1 {
  id: string;
  story: Story;
  articles: Article[];
  comparisons: ComparisonData[];
  importedAt: string;
}

/** Version 2: the story alone; articles and comparisons have stores of their own. */
export interface StoryRecord {
  id: string;
  story: Story;
  importedAt: string;
}

export interface LocalLibraryDB extends DBSchema {
  stories: { key: string; value: StoryRecord; indexes: { 'by-published': string } };
  articles: { key: string; value: Article; indexes: { 'by-story': string; 'by-published': string } };
  comparisons: { key: string; value: StoryComparisons };
}

/** IndexedDB is missing (an old or locked-down browser) or refuses to open (private browsing). */
export class LocalLibraryUnavailableError extends Error {
  override readonly name = 'LocalLibraryUnavailableError';
  constructor(readonly reason: string) {
    super(`This browser does not let Parallax keep imported stories (${reason}). The bundled library still works.`);
  }
}

/** A write needed more room than the browser gives this site. */
export class LocalLibraryFullError extends Error {
  override readonly name = 'LocalLibraryFullError';
  constructor() {
    super('Your browser has no room left for Parallax to store these stories. Nothing was saved. Delete some imported stories, or free space in the browser, and try again.');
  }
}

/** A DOMException's name and message (not every realm's DOMException is an Error here). */
function describe(error: unknown): { name: string; message: string } {
  if (typeof error !== 'object' || error === null) return { name: '', message: '' };
  const { name, message } = error as { name?: unknown; message?: unknown };
  return { name: typeof name === 'string' ? name : '', message: typeof message === 'string' ? message : '' };
}

export function isQuotaError(error: unknown): boolean {
  const { name } = describe(error);
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

type AnyDB = IDBPDatabase;
type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/** Version 1: stories, each holding everything it has. */
function createVersion1(db: AnyDB): void {
  db.createObjectStore('stories', { keyPath: 'id' });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Version 2: articles and comparisons move into stores of their own, so the reader loads one
 * article and the library reads no comparisons; indexes by story and by date. Whatever a v1
 * record holds moves as it is: a damaged record is reported when read, never lost here.
 */
async function migrateToVersion2(db: AnyDB, transaction: UpgradeTransaction): Promise<void> {
  const articles = db.createObjectStore('articles', { keyPath: 'id' });
  articles.createIndex('by-story', 'storyId');
  articles.createIndex('by-published', 'publishedAt');
  const comparisons = db.createObjectStore('comparisons', { keyPath: 'storyId' });
  const stories = transaction.objectStore('stories');
  stories.createIndex('by-published', 'story.publishedAt');

  let cursor = await stories.openCursor();
  while (cursor !== null) {
    const old: unknown = cursor.value;
    if (isRecord(old) && typeof old['id'] === 'string') {
      const id = old['id'];
      for (const article of Array.isArray(old['articles']) ? (old['articles'] as unknown[]) : []) {
        if (isRecord(article) && typeof article['id'] === 'string') await articles.put(article);
      }
      if (Array.isArray(old['comparisons'])) await comparisons.put({ storyId: id, comparisons: old['comparisons'] as unknown });
      await cursor.update({ id, story: old['story'], importedAt: old['importedAt'] });
    }
    cursor = await cursor.continue();
  }
}

/**
 * Every step from `oldVersion` up, in order. A new database runs them all (on no data); an
 * existing one runs only the steps it has not seen.
 */
export async function upgradeLocalLibrary(db: AnyDB, oldVersion: number, transaction: UpgradeTransaction, upTo = DB_VERSION): Promise<void> {
  if (oldVersion < 1 && upTo >= 1) createVersion1(db);
  if (oldVersion < 2 && upTo >= 2) await migrateToVersion2(db, transaction);
}

let connection: Promise<IDBPDatabase<LocalLibraryDB>> | null = null;

/**
 * Whether this browser certainly holds no local library yet (nothing was ever saved in it):
 * no connection is open and `indexedDB.databases()` does not list it (./presence.ts). Readers
 * then have nothing to read and need not open it, which on a first visit would create it (a
 * schema upgrade, on the library's first-card path). Anything less than certain is false: the
 * reader opens it as before, and reports whatever that says.
 */
export async function localLibraryIsAbsent(): Promise<boolean> {
  return connection === null && (await localLibraryCertainlyAbsent());
}

/** The one connection to the local library, opened (and upgraded) on first use. */
export function openLocalLibrary(): Promise<IDBPDatabase<LocalLibraryDB>> {
  if (connection !== null) return connection;
  if (indexedDBFactory() === undefined) return Promise.reject(new LocalLibraryUnavailableError('IndexedDB is not available'));
  // An open that another tab blocks (it holds an older version and does not step aside) would
  // wait for ever, and the library with it: fail with a reason instead.
  let failBlocked: (error: Error) => void = () => undefined;
  const blocked = new Promise<never>((_, reject) => (failBlocked = reject));
  // openDB can throw before it returns a promise (a browser that refuses storage outright).
  const opened = Promise.resolve().then(() => openDB<LocalLibraryDB>(DB_NAME, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, transaction) => {
      // The returned promise settles with the upgrade transaction; a failure aborts it, and open fails.
      void upgradeLocalLibrary(db as unknown as AnyDB, oldVersion, transaction as unknown as UpgradeTransaction).catch(() => {
        try {
          transaction.abort();
        } catch {
          /* the transaction already ended: the open fails on its own */
        }
      });
    },
    blocked: () => failBlocked(new LocalLibraryUnavailableError('another Parallax tab is using an older version of the local library; close it and reload this page')),
    // Another tab opens a newer version: step aside, and open again on next use.
    blocking: () => {
      void opening.then((db) => db.close());
      connection = null;
    },
    terminated: () => {
      connection = null;
    },
  }));
  const opening = Promise.race([opened, blocked]).catch((error: unknown) => {
    connection = null;
    if (error instanceof LocalLibraryUnavailableError) throw error;
    const { message } = describe(error);
    const reason = message === '' ? 'the local database could not be opened' : `the local database could not be opened: ${message}`;
    throw new LocalLibraryUnavailableError(reason);
  });
  connection = opening;
  return opening;
}

/** Close the connection (tests, and a fresh start after another tab deleted the database). */
export async function closeLocalLibrary(): Promise<void> {
  const open = connection;
  connection = null;
  if (open !== null) (await open.catch(() => null))?.close();
}
