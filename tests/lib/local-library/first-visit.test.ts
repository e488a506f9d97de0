import { describe, expect, it, vi } from 'vitest';
import { DB_NAME, closeLocalLibrary } from '../../../src/lib/local-library/database.ts';
import { listImportedArticles } from '../../../src/lib/local-library/imported-articles.ts';
import { readImportedEntries } from '../../../src/lib/local-library/library-entries.ts';
import { readLocalLibrary, saveImportedStories } from '../../../src/lib/local-library/library-store.ts';
import { importedStory, seedText, useFreshIndexedDB } from './local-library-support.ts';

useFreshIndexedDB();

const seed = () => importedStory(seedText, 'blinken.txt', 'imported-blinken');
const noImports = { entries: [], status: { available: true, damaged: [] } };

async function databaseNames(): Promise<(string | undefined)[]> {
  return (await indexedDB.databases()).map(({ name }) => name);
}

/**
 * A first visit reads the imports on the first card's path (the data worker's `imported-entries`):
 * opening the database there would create it, a schema upgrade for a library that holds nothing.
 */
describe('local library: a browser that never imported anything', () => {
  it('reads no imports without creating the database', async () => {
    expect(await readImportedEntries()).toEqual(noImports);
    expect(await listImportedArticles()).toEqual([]);
    expect(await readLocalLibrary()).toEqual({ stories: [], damaged: [] });
    expect(await databaseNames()).not.toContain(DB_NAME);
  });

  it('still creates it when an import is saved, and reads it afterwards', async () => {
    expect(await readImportedEntries()).toEqual(noImports);
    await saveImportedStories([seed()]);
    expect(await databaseNames()).toContain(DB_NAME);
    expect((await readImportedEntries()).entries.map(({ id }) => id)).toEqual(['imported-blinken']);
  });

  it('reads an import saved by another connection (the page saves, the data worker reads)', async () => {
    expect(await readImportedEntries()).toEqual(noImports);
    await saveImportedStories([seed()]);
    // The worker never opened the database: it has no connection of its own.
    await closeLocalLibrary();
    expect((await readImportedEntries()).entries.map(({ id }) => id)).toEqual(['imported-blinken']);
    expect((await listImportedArticles()).map(({ id }) => id)).toEqual(['imported-blinken--voa', 'imported-blinken--cnn']);
  });

  it('opens the database as before when the browser cannot list its databases', async () => {
    vi.spyOn(indexedDB, 'databases').mockRejectedValueOnce(new DOMException('no', 'UnknownError'));
    expect(await readImportedEntries()).toEqual(noImports);
    expect(await databaseNames()).toContain(DB_NAME);
  });

  it('opens the database as before in a browser without indexedDB.databases()', async () => {
    const factory = indexedDB;
    const open = factory.open.bind(factory);
    vi.stubGlobal('indexedDB', { open, cmp: factory.cmp.bind(factory), deleteDatabase: factory.deleteDatabase.bind(factory) });
    expect(await readImportedEntries()).toEqual(noImports);
    vi.stubGlobal('indexedDB', factory);
    expect(await databaseNames()).toContain(DB_NAME);
  });

  it('reports a database that exists but will not open, as before', async () => {
    await saveImportedStories([seed()]);
    await closeLocalLibrary();
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(await readImportedEntries()).toEqual({ entries: [], status: { available: false, message: expect.stringContaining('could not be opened: The operation is insecure') as string } });
    open.mockRestore();
  });
});
