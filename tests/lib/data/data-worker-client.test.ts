import { describe, expect, it } from 'vitest';
import { buildLibraryIndex } from '../../../src/engine/index.ts';
import { readImportedEntries, sortNamesOffThread, validate } from '../../../src/lib/data/data-worker-client.ts';
import { validatePayload } from '../../../src/lib/data/validators.ts';

describe('validatePayload (what the data worker runs)', () => {
  it('parses JSON text and returns the data when it fits the schema', () => {
    const index = buildLibraryIndex([]);
    expect(validatePayload('library-index', JSON.stringify(index))).toEqual({ ok: true, data: index });
  });

  it('tells text that is not JSON', () => {
    expect(validatePayload('article', '{"id": ')).toEqual({ ok: false, reason: 'not-json' });
  });

  it('names the first field that does not fit', () => {
    const result = validatePayload('library-index', { ...buildLibraryIndex([]), stories: [{ id: 42 }] });
    expect(result).toMatchObject({ ok: false, reason: 'shape' });
    if (!result.ok && result.reason === 'shape') expect(result.where).toMatch(/^ at stories\.0\.id: /);
  });

  it('refuses a schema name it does not know, including inherited property names', () => {
    expect(validatePayload('toString', '{}')).toEqual({ ok: false, reason: 'unknown-schema', schema: 'toString' });
    expect(validatePayload(7, '{}')).toMatchObject({ ok: false, reason: 'unknown-schema' });
  });
});

describe('the data worker client without a Worker (jsdom): the same code runs in the page', () => {
  it('validates', async () => {
    expect(typeof Worker).toBe('undefined');
    await expect(validate('library-index', '[]')).resolves.toMatchObject({ ok: false, reason: 'shape' });
  });

  it('reads the imported stories (none in a browser without IndexedDB, and says why)', async () => {
    const { entries, status } = await readImportedEntries();
    expect(entries).toEqual([]);
    expect(status.available).toBe(false);
  });

  it('sorts names alphabetically as localeCompare does, not by code unit', async () => {
    // Code-unit order would put every capital first: BBC, Reuters, al Jazeera, the Times.
    await expect(sortNamesOffThread(['Reuters', 'al Jazeera', 'the Times', 'BBC'])).resolves.toEqual(['al Jazeera', 'BBC', 'Reuters', 'the Times']);
  });
});
