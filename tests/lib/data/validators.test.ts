import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLibraryIndex, parseDigest, splitLibraryIndex } from '../../../src/engine/index.ts';
import { encodeIndexPart } from '../../../src/engine/library/compact-index.ts';
import { validatePayload } from '../../../src/lib/data/validators.ts';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'overlap');
const digests = readdirSync(dir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => parseDigest(readFileSync(join(dir, file), 'utf8'), { file }));

/**
 * The library index is parsed in the page while the data worker checks the same text
 * (`parseInPage` in src/lib/data/fetch-json.ts), and the page then uses its own parse. That is
 * right only while checking changes nothing: no defaults, transforms or coercion in these
 * schemas. A schema that starts changing what it checks fails here.
 */
describe('the schemas the page trusts its own parse for', () => {
  const index = buildLibraryIndex(digests);
  const { head, parts } = splitLibraryIndex(index, 3000);

  it.each([
    ['library-index', 'a whole index', JSON.stringify(index)],
    ['library-index', 'the head of a split index', JSON.stringify(head)],
  ])('%s: checking %s gives back exactly what JSON.parse does', (schema, _what, text) => {
    const checked = validatePayload(schema, text);
    expect(checked.ok).toBe(true);
    expect(checked.ok ? checked.data : null).toStrictEqual(JSON.parse(text));
  });

  // A part comes compact; the page decodes its own parse the same way (decodeIndexPart).
  it.each(parts.map((part, n): [string, (typeof parts)[number]] => [`part ${n + 1} of ${parts.length}`, part]))('library-index-part: checking %s gives back exactly the part it encodes', (_what, part) => {
    const checked = validatePayload('library-index-part', JSON.stringify(encodeIndexPart(part)));
    expect(checked.ok).toBe(true);
    expect(checked.ok ? checked.data : null).toStrictEqual(part);
  });

  it('the split really has parts to check', () => {
    expect(parts.length).toBeGreaterThan(1);
  });
});
