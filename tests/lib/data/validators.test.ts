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

/**
 * A part is checked as the part it decodes to, but the file holds the compact encoding: a refusal
 * names the place in the file (`stories.0.6.0.7`), with the decoded field in words (`lede`).
 */
describe('a refused index part is named where the fault is in the file', () => {
  const { parts } = splitLibraryIndex(buildLibraryIndex(digests), 3000);
  const first = parts[0];
  if (first === undefined) throw new Error('no part to damage');
  const part: typeof first = first;

  /** The part's compact encoding, with `damage` applied to its JSON form, checked. */
  function refusal(damage: (encoded: { outlets: Record<string, unknown>[]; stories: unknown[][] }) => void): string {
    const encoded = JSON.parse(JSON.stringify(encodeIndexPart(part))) as { outlets: Record<string, unknown>[]; stories: unknown[][] };
    damage(encoded);
    const checked = validatePayload('library-index-part', JSON.stringify(encoded));
    if (checked.ok || checked.reason !== 'shape') throw new Error('the damaged part was not refused for its shape');
    return checked.where;
  }
  const article = (encoded: { stories: unknown[][] }, s: number, a: number): unknown[] => (encoded.stories[s]?.[6] as unknown[][])[a] ?? [];

  it('a lede that is not text: at stories.0.6.0.7 (lede)', () => {
    const where = refusal((encoded) => void (article(encoded, 0, 0)[7] = 5));
    expect(where).toMatch(/^ at stories\.0\.6\.0\.7 \(lede\): /u);
    expect(where).not.toContain('articles');
  });

  it('a story title that is empty: at stories.0.2 (title)', () => {
    expect(refusal((encoded) => void ((encoded.stories[0] as unknown[])[2] = ''))).toMatch(/^ at stories\.0\.2 \(title\): /u);
  });

  it('a reading time of zero in the second article: at stories.0.6.1.8 (readingMinutes)', () => {
    expect(refusal((encoded) => void (article(encoded, 0, 1)[8] = 0))).toMatch(/^ at stories\.0\.6\.1\.8 \(readingMinutes\): /u);
  });

  it('an article name that is no slug: at its name, stories.0.6.0.0, for the id the decoder builds', () => {
    expect(refusal((encoded) => void (article(encoded, 0, 0)[0] = 'Not A Slug'))).toMatch(/^ at stories\.0\.6\.0\.0 \(articleIds\.0, built from the article's name\): /u);
  });

  it('an outlet with an empty name: at the table entry, outlets.N.name', () => {
    const where = refusal((encoded) => {
      const n = article(encoded, 0, 0)[2] as number;
      (encoded.outlets[n] as Record<string, unknown>)['name'] = '';
    });
    expect(where).toMatch(/^ at outlets\.\d+\.name \(outlet\.name of stories\.0\.6\.0\): /u);
  });
});
