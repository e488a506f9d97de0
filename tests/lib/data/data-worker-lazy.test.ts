import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildLibraryIndex, parseDigest } from '../../../src/engine/index.ts';
import type { DataRequest } from '../../../src/lib/data/data-worker.ts';
import { DB_NAME } from '../../../src/lib/local-library/presence.ts';
import { importedStory, seedText, useFreshIndexedDB } from '../local-library/local-library-support.ts';

/**
 * The data worker's first module answers what a first visit asks (the index's check, "any
 * imports?", the outlets' order) without zod, the schemas or the local library's code, and loads
 * each of those only when a request needs it (docs/decisions/009, session 10). Each test imports
 * the worker module afresh, so nothing loaded by an earlier test counts.
 */
useFreshIndexedDB();

const loaded = { schemas: 0, localLibrary: 0 };

/** A request without its id, for each kind of request. */
type Request = DataRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

afterEach(() => {
  vi.doUnmock('../../../src/lib/data/validators.ts');
  vi.doUnmock('../../../src/lib/local-library/library-entries.ts');
  vi.resetModules();
});

/** The worker module imported afresh, with the two lazily loaded modules counted as they load. */
async function freshWorker(): Promise<(request: Request) => Promise<unknown>> {
  vi.resetModules();
  loaded.schemas = 0;
  loaded.localLibrary = 0;
  vi.doMock(import('../../../src/lib/data/validators.ts'), async (original) => {
    loaded.schemas += 1;
    return original();
  });
  vi.doMock(import('../../../src/lib/local-library/library-entries.ts'), async (original) => {
    loaded.localLibrary += 1;
    return original();
  });
  const { answerDataRequest } = await import('../../../src/lib/data/data-worker.ts');
  return (request) => answerDataRequest({ ...request, id: 1 });
}

const digest = parseDigest(seedText, { file: 'blinken.txt' });
const index = JSON.stringify(buildLibraryIndex([digest]));
const article = digest.articles[0];

describe('the data worker loads the schemas and the local library only when a request needs them', () => {
  it('checks a sound library index without the schemas', async () => {
    const ask = await freshWorker();
    expect(await ask({ op: 'check', schema: 'library-index', payload: index })).toEqual({ ok: true });
    expect(loaded.schemas).toBe(0);
  });

  it('loads the schemas for an index the fast check cannot vouch for, and names the fault', async () => {
    const ask = await freshWorker();
    const damaged = JSON.parse(index) as { stories: { title: unknown }[] };
    (damaged.stories[0] as { title: unknown }).title = 42;
    const answer = (await ask({ op: 'check', schema: 'library-index', payload: JSON.stringify(damaged) })) as { ok: boolean; where?: string };
    expect(answer.ok).toBe(false);
    expect(answer.where).toMatch(/stories\.0\.title/);
    expect(loaded.schemas).toBe(1);
  });

  it('loads the schemas for an article, and still refuses a damaged one with where', async () => {
    const ask = await freshWorker();
    expect(await ask({ op: 'validate', schema: 'article', payload: JSON.stringify(article) })).toEqual({ ok: true, data: article });
    const answer = (await ask({ op: 'validate', schema: 'article', payload: JSON.stringify({ ...article, paragraphs: 'one' }) })) as { ok: boolean; where?: string };
    expect(answer).toMatchObject({ ok: false, reason: 'shape' });
    expect(answer.where).toMatch(/paragraphs/);
    expect(loaded.schemas).toBe(1);
  });

  it('tries the schemas again after a failed load (the request that failed is answered by the page)', async () => {
    const ask = await freshWorker();
    let failures = 1;
    vi.doMock(import('../../../src/lib/data/validators.ts'), async (original) => {
      if (failures-- > 0) throw new Error('the chunk did not download');
      return original();
    });
    await expect(ask({ op: 'validate', schema: 'article', payload: JSON.stringify(article) })).rejects.toThrow();
    expect(await ask({ op: 'validate', schema: 'article', payload: JSON.stringify(article) })).toEqual({ ok: true, data: article });
  });

  it('answers text that is not JSON, and an unknown schema, without the schemas', async () => {
    const ask = await freshWorker();
    expect(await ask({ op: 'validate', schema: 'article', payload: '{"cut short' })).toEqual({ ok: false, reason: 'not-json' });
    expect(await ask({ op: 'validate', schema: 'nonsense', payload: '{}' })).toEqual({ ok: false, reason: 'unknown-schema', schema: 'nonsense' });
    expect(loaded.schemas).toBe(0);
  });

  it('answers "no imports" on a first visit without the local library, and creates no database', async () => {
    const ask = await freshWorker();
    expect(await ask({ op: 'imported-entries' })).toEqual({ entries: [], status: { available: true, damaged: [] } });
    expect(loaded.localLibrary).toBe(0);
    expect((await indexedDB.databases()).map(({ name }) => name)).not.toContain(DB_NAME);
  });

  it('reads the imports through the local library once the browser keeps some', async () => {
    const { saveImportedStories } = await import('../../../src/lib/local-library/library-store.ts');
    await saveImportedStories([importedStory(seedText, 'blinken.txt', 'imported-blinken')]);
    const ask = await freshWorker();
    const answer = (await ask({ op: 'imported-entries' })) as { entries: { id: string }[] };
    expect(answer.entries.map(({ id }) => id)).toEqual(['imported-blinken']);
    expect(loaded.localLibrary).toBe(1);
  });

  it('asks the local library, not the browser’s list, once it has loaded it (it may hold the only connection)', async () => {
    const ask = await freshWorker();
    const { saveImportedStories } = await import('../../../src/lib/local-library/library-store.ts');
    await saveImportedStories([importedStory(seedText, 'blinken.txt', 'imported-blinken')]);
    expect(((await ask({ op: 'imported-entries' })) as { entries: unknown[] }).entries).toHaveLength(1);
    const databases = vi.spyOn(indexedDB, 'databases');
    expect(((await ask({ op: 'imported-entries' })) as { entries: unknown[] }).entries).toHaveLength(1);
    expect(databases).not.toHaveBeenCalled();
  });
});
