import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../src/engine/index.ts';
import { DB_NAME, DB_VERSION, LocalLibraryFullError, LocalLibraryUnavailableError, closeLocalLibrary, openLocalLibrary, upgradeLocalLibrary } from '../../../src/lib/local-library/database.ts';
import { listImportedArticles } from '../../../src/lib/local-library/imported-articles.ts';
import { readImportedEntries } from '../../../src/lib/local-library/library-entries.ts';
import {
  deleteImportedStory,
  readImportedArticle,
  readImportedComparisons,
  readImportedStoryIds,
  readLocalLibrary,
  removeDamagedRecords,
  saveImportedStories,
} from '../../../src/lib/local-library/library-store.ts';
import { importedStory, seedText, strikeText, useFreshIndexedDB } from './local-library-support.ts';

useFreshIndexedDB();

const seed = () => importedStory(seedText, 'blinken.txt', 'imported-blinken');
const strike = () => importedStory(strikeText, 'strike.txt', 'imported-strike');
const fakeComparison = { a: 'imported-blinken--voa', b: 'imported-blinken--cnn', facts: [], conflicts: [] };

describe('local library: saving and reading', () => {
  it('keeps stories with their articles and comparisons, each read back checked', async () => {
    await saveImportedStories([{ ...seed(), comparisons: [fakeComparison] }, strike()]);
    const { stories, damaged } = await readLocalLibrary();
    expect(damaged).toEqual([]);
    expect(stories.map(({ story }) => story.id).sort()).toEqual(['imported-blinken', 'imported-strike']);
    const blinken = stories.find(({ story }) => story.id === 'imported-blinken');
    expect(blinken?.articles.map((article) => article.id)).toEqual(['imported-blinken--voa', 'imported-blinken--cnn']);
    expect(await readImportedArticle('imported-blinken--cnn')).toEqual({ article: seed().articles[1] });
    expect(await readImportedArticle('imported-nope--cnn')).toBeNull();
    expect(await readImportedComparisons('imported-blinken')).toEqual({ storyId: 'imported-blinken', comparisons: [fakeComparison] });
    expect((await listImportedArticles()).map((article) => article.id).sort()).toEqual([
      'imported-blinken--cnn',
      'imported-blinken--voa',
      'imported-strike--ap',
      'imported-strike--reuters',
    ]);
  });

  it('makes library entries with the engine’s own index builder', async () => {
    await saveImportedStories([seed()]);
    const { entries, status } = await readImportedEntries();
    expect(status).toEqual({ available: true, damaged: [] });
    expect(entries).toHaveLength(1);
    expect(entries[0]?.articles[0]).toMatchObject({ id: 'imported-blinken--voa', readingMinutes: 1 });
    expect(entries[0]?.articles[0]?.lede).toMatch(/^U\.S\. Secretary of State Antony Blinken/);
  });

  it('replaces a story whole: its old articles go', async () => {
    await saveImportedStories([seed()]);
    const single = seed();
    single.articles = single.articles.slice(0, 1);
    single.story = { ...single.story, articleIds: single.story.articleIds.slice(0, 1) };
    await saveImportedStories([single], ['imported-blinken']);
    expect(await readImportedArticle('imported-blinken--cnn')).toBeNull();
    expect((await readLocalLibrary()).stories[0]?.articles).toHaveLength(1);
  });

  it('deletes a story and gives back everything it held, so that Undo restores it exactly', async () => {
    const original = { ...seed(), comparisons: [fakeComparison] };
    await saveImportedStories([original, strike()]);
    const removed = await deleteImportedStory('imported-blinken');
    expect(removed).toEqual(original);
    expect(await readImportedStoryIds()).toEqual(['imported-strike']);
    expect(await readImportedArticle('imported-blinken--voa')).toBeNull();
    await saveImportedStories([removed as NonNullable<typeof removed>]);
    expect((await readLocalLibrary()).stories.find(({ story }) => story.id === 'imported-blinken')).toEqual({ story: original.story, articles: original.articles, importedAt: original.importedAt });
    expect(await deleteImportedStory('imported-nothing')).toBeNull();
  });
});

describe('local library: damaged records are reported, not fatal', () => {
  it('leaves out a damaged story record and a story whose article is damaged, and names both', async () => {
    await saveImportedStories([seed(), strike()]);
    const db = await openLocalLibrary();
    await db.put('stories', { id: 'imported-junk', story: { title: 42 }, importedAt: 'x' } as never);
    await db.put('articles', { ...strike().articles[1], paragraphs: [] } as never);
    const { stories, damaged } = await readLocalLibrary();
    expect(stories.map(({ story }) => story.id)).toEqual(['imported-blinken']);
    expect(damaged).toEqual([
      { id: 'imported-junk', store: 'stories', problem: expect.stringMatching(/^the story record is damaged \(story\.id: /) as string },
      { id: 'imported-strike', store: 'stories', problem: '1 of its 2 articles are missing or damaged (imported-strike--reuters)' },
    ]);
    expect(await readImportedArticle('imported-strike--reuters')).toEqual({ damaged: expect.stringMatching(/^paragraphs: /) as string });
    expect((await readImportedEntries()).status).toEqual({ available: true, damaged });
  });
});

describe('local library: damaged records can be removed', () => {
  /** The seed and the strike story whole, one story record unreadable, one article of the strike damaged, one article that belongs to nothing. */
  async function storeWithDamage(): Promise<void> {
    await saveImportedStories([{ ...seed(), comparisons: [fakeComparison] }, strike()]);
    const db = await openLocalLibrary();
    await db.put('stories', { id: 'imported-junk', story: { title: 42 }, importedAt: 'x' } as never);
    await db.put('articles', { ...(seed().articles[0] as Article), id: 'imported-junk--voa', storyId: 'imported-junk' });
    await db.put('comparisons', { storyId: 'imported-junk', comparisons: [] });
    await db.put('articles', { ...strike().articles[1], paragraphs: [] } as never);
    await db.put('articles', { id: 'imported-lost--bbc', storyId: 42 } as never);
  }

  it('reports an article record that belongs to no story, so that nothing is left out silently', async () => {
    await storeWithDamage();
    const { damaged } = await readLocalLibrary();
    expect(damaged.map(({ store, id }) => `${store}:${id}`)).toEqual(['stories:imported-junk', 'stories:imported-strike', 'articles:imported-lost--bbc']);
    expect(damaged[2]?.problem).toMatch(/^the article record is damaged \(.*\) and names no stored story$/);
  });

  it('calls a whole article whose story is gone an orphan', async () => {
    const db = await openLocalLibrary();
    await db.put('articles', { ...(seed().articles[0] as Article), id: 'imported-gone--voa', storyId: 'imported-gone' });
    expect((await readLocalLibrary()).damaged).toEqual([{ id: 'imported-gone--voa', store: 'articles', problem: 'an article whose story is missing' }]);
  });

  it('removes the damaged records named, with what is left of their articles, and keeps every whole story', async () => {
    await storeWithDamage();
    const { damaged } = await readLocalLibrary();
    const removed = await removeDamagedRecords(damaged);
    expect(removed).toEqual(damaged);
    const after = await readLocalLibrary();
    expect(after.damaged).toEqual([]);
    expect(after.stories.map(({ story }) => story.id)).toEqual(['imported-blinken']);
    const db = await openLocalLibrary();
    expect((await db.getAllKeys('articles')).sort()).toEqual(['imported-blinken--cnn', 'imported-blinken--voa']);
    expect(await db.getAllKeys('stories')).toEqual(['imported-blinken']);
    expect(await db.getAllKeys('comparisons')).toEqual(['imported-blinken']);
    expect(await readImportedComparisons('imported-blinken')).toEqual({ storyId: 'imported-blinken', comparisons: [fakeComparison] });
  });

  it('reports and removes a story by its record’s key, even when its story names another id', async () => {
    // Stored under one key, naming another story id, its articles never saved.
    const db = await openLocalLibrary();
    await db.put('stories', { id: 'imported-moved', story: strike().story, importedAt: '2026-11-26T08:00:00.000Z' });
    const { damaged } = await readLocalLibrary();
    expect(damaged.map(({ store, id }) => `${store}:${id}`)).toEqual(['stories:imported-moved']);
    expect(await removeDamagedRecords(damaged)).toEqual(damaged);
    expect(await db.getAllKeys('stories')).toEqual([]);
    expect((await readLocalLibrary()).damaged).toEqual([]);
  });

  it('reports a whole story filed under another key than its own id (it could never be deleted by its id), and removes it with its articles', async () => {
    const stored = strike();
    await saveImportedStories([stored]);
    const db = await openLocalLibrary();
    const record: unknown = await db.get('stories', 'imported-strike');
    await db.delete('stories', 'imported-strike');
    await db.put('stories', { ...(record as object), id: 'imported-elsewhere' } as never);
    const { stories, damaged } = await readLocalLibrary();
    expect(stories).toEqual([]);
    expect(damaged[0]).toEqual({ id: 'imported-elsewhere', store: 'stories', problem: 'the story record is filed under “imported-elsewhere” but names itself “imported-strike”' });
    // Its articles name a story that is not stored under their story's id: reported too, so removable.
    expect(damaged.slice(1).map(({ store, id }) => `${store}:${id}`).sort()).toEqual(stored.articles.map((article) => `articles:${article.id}`).sort());
    expect(await removeDamagedRecords(damaged)).toEqual(damaged);
    expect((await readLocalLibrary()).damaged).toEqual([]);
    expect(await db.getAllKeys('stories')).toEqual([]);
    expect(await db.getAllKeys('articles')).toEqual([]);
  });

  it('reports and removes an article, damaged or whole, that its stored story does not list', async () => {
    await saveImportedStories([seed()]);
    const db = await openLocalLibrary();
    await db.put('articles', { ...seed().articles[0], id: 'imported-blinken--extra', paragraphs: [] } as never);
    await db.put('articles', { ...(seed().articles[0] as Article), id: 'imported-blinken--spare' });
    const { stories, damaged } = await readLocalLibrary();
    expect(stories.map(({ story }) => story.id)).toEqual(['imported-blinken']);
    expect(damaged).toEqual([
      { id: 'imported-blinken--extra', store: 'articles', problem: expect.stringMatching(/^the article record is damaged \(paragraphs: .*\) and its story does not list it$/) as string },
      { id: 'imported-blinken--spare', store: 'articles', problem: 'an article its story does not list' },
    ]);
    expect(await removeDamagedRecords(damaged)).toEqual(damaged);
    expect((await readLocalLibrary()).damaged).toEqual([]);
    expect((await db.getAllKeys('articles')).sort()).toEqual(['imported-blinken--cnn', 'imported-blinken--voa']);
  });

  it('removes only the records named, and only while they are still damaged', async () => {
    await storeWithDamage();
    // Another tab re-imports the strike story whole before this one removes it.
    await saveImportedStories([strike()], ['imported-strike']);
    const removed = await removeDamagedRecords([
      { store: 'stories', id: 'imported-strike' },
      { store: 'stories', id: 'imported-junk' },
    ]);
    expect(removed.map(({ id }) => id)).toEqual(['imported-junk']);
    const { stories, damaged } = await readLocalLibrary();
    expect(stories.map(({ story }) => story.id).sort()).toEqual(['imported-blinken', 'imported-strike']);
    expect(damaged.map(({ id }) => id)).toEqual(['imported-lost--bbc']);
  });

  it('removes nothing when the transaction fails part way', async () => {
    await storeWithDamage();
    const { damaged } = await readLocalLibrary();
    // The first deletion goes through, the next one fails: the first must be undone too.
    const { delete: original } = Object.getOwnPropertyDescriptors(IDBObjectStore.prototype);
    let calls = 0;
    const failing = vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
      calls += 1;
      if (calls === 1) return (original.value as IDBObjectStore['delete']).call(this, key);
      throw new DOMException('The disk failed.', 'UnknownError');
    });
    await expect(removeDamagedRecords(damaged)).rejects.toThrow('The disk failed.');
    failing.mockRestore();
    // At least one deletion was written before the failure, so the test shows it being undone.
    expect(calls).toBeGreaterThanOrEqual(2);
    expect((await readLocalLibrary()).damaged).toEqual(damaged);
  });
});

describe('local library: schema versions', () => {
  it('upgrades a version 1 database with data: articles and comparisons move to their own stores', async () => {
    const v1 = await openDB(DB_NAME, 1, {
      upgrade: (db, oldVersion, _newVersion, transaction) => void upgradeLocalLibrary(db, oldVersion, transaction as never, 1),
    });
    const story = seed();
    await v1.put('stories', { id: story.story.id, story: story.story, articles: story.articles, comparisons: [fakeComparison], importedAt: story.importedAt });
    await v1.put('stories', { id: 'imported-broken', story: null, articles: 'nope', importedAt: 3 });
    expect(v1.objectStoreNames.contains('articles')).toBe(false);
    v1.close();

    const db = await openLocalLibrary();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'comparisons', 'stories']);
    expect(await db.get('stories', 'imported-blinken')).toEqual({ id: 'imported-blinken', story: story.story, importedAt: story.importedAt });
    expect(await db.getAllKeysFromIndex('articles', 'by-story', 'imported-blinken')).toEqual(['imported-blinken--cnn', 'imported-blinken--voa']);
    expect(await db.getAllKeysFromIndex('stories', 'by-published', '2025-01-06')).toEqual(['imported-blinken']);
    expect(await readImportedComparisons('imported-blinken')).toEqual({ storyId: 'imported-blinken', comparisons: [fakeComparison] });

    const { stories, damaged } = await readLocalLibrary();
    expect(stories).toEqual([{ story: story.story, articles: story.articles, importedAt: story.importedAt }]);
    expect(damaged).toEqual([{ id: 'imported-broken', store: 'stories', problem: expect.stringMatching(/^the story record is damaged/) as string }]);
  });

  it('creates every version’s stores in a new database', async () => {
    const db = await openLocalLibrary();
    expect(db.version).toBe(2);
    expect([...db.transaction('articles').store.indexNames].sort()).toEqual(['by-published', 'by-story']);
  });
});

describe('local library: when the browser will not keep it', () => {
  it('says so when IndexedDB does not exist, and the library has no imports instead of failing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(openLocalLibrary()).rejects.toThrow(LocalLibraryUnavailableError);
    await expect(openLocalLibrary()).rejects.toThrow('This browser does not let Parallax keep imported stories (IndexedDB is not available). The bundled library still works.');
    expect(await listImportedArticles()).toEqual([]);
    expect(await readImportedEntries()).toEqual({ entries: [], status: { available: false, message: expect.stringContaining('IndexedDB is not available') as string } });
  });

  it('says so when opening fails (as in private browsing), and tries again later', async () => {
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    });
    await expect(openLocalLibrary()).rejects.toThrow(/could not be opened: A mutation operation/);
    open.mockRestore();
    await closeLocalLibrary();
    await expect(openLocalLibrary()).resolves.toBeDefined();
  });

  it('turns a full disk into a clear error and saves nothing, not even the removal of a replaced story', async () => {
    await saveImportedStories([seed()]);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(saveImportedStories([seed(), strike()], ['imported-blinken'])).rejects.toThrow(LocalLibraryFullError);
    put.mockRestore();
    expect((await readLocalLibrary()).stories.map(({ story }) => story.id)).toEqual(['imported-blinken']);
    expect(new LocalLibraryFullError().message).toBe(
      'Your browser has no room left for Parallax to store these stories. Nothing was saved. Delete some imported stories, or free space in the browser, and try again.',
    );
  });
});
