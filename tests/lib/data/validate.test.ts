import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/lib/data/validate.ts';
import { buildLibraryIndex } from '../../../src/engine/index.ts';
import { validatePayload } from '../../../src/lib/data/validators.ts';

describe('validatePayload (what the validation worker runs)', () => {
  it('parses JSON text and returns the data when it fits the schema', () => {
    const index = buildLibraryIndex([]);
    expect(validatePayload('library-index', JSON.stringify(index))).toEqual({ ok: true, data: index });
  });

  it('names damaged JSON', () => {
    expect(validatePayload('article', '{"id": ')).toEqual({ ok: false, message: 'The data file is damaged (not valid JSON).' });
  });

  it('names the first field that does not fit', () => {
    const result = validatePayload('library-index', { ...buildLibraryIndex([]), stories: [{ id: 42 }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^The data is not in the expected shape at stories\.0\.id: /);
  });

  it('refuses a schema name it does not know, including inherited property names', () => {
    expect(validatePayload('toString', '{}')).toEqual({ ok: false, message: 'There is no data schema called "toString".' });
    expect(validatePayload(7, '{}').ok).toBe(false);
  });
});

describe('validate (without a Worker, as in jsdom, it runs in the page)', () => {
  it('answers like the worker would', async () => {
    expect(typeof Worker).toBe('undefined');
    await expect(validate('library-index', '[]')).resolves.toMatchObject({ ok: false });
  });
});
