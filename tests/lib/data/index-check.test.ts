import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { LibraryIndexPartSchema, LibraryIndexSchema, buildLibraryIndex, parseDigest, splitLibraryIndex } from '../../../src/engine/index.ts';
import { certainlyValidIndex } from '../../../src/lib/data/index-check.ts';
import { validatePayload } from '../../../src/lib/data/validators.ts';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'overlap');
const digests = readdirSync(dir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => parseDigest(readFileSync(join(dir, file), 'utf8'), { file }));
const index = buildLibraryIndex(digests);
const { head, parts } = splitLibraryIndex(index, 3000);

/** Every path to a value in `value` (objects and arrays included), for mutating one at a time. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, n) => paths(item, [...at, n]))];
  if (typeof value === 'object' && value !== null) return [...here, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...at, key]))];
  return here;
}

function withValue(root: unknown, path: readonly (string | number)[], next: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last === undefined) return next;
  if (next === undefined) Reflect.deleteProperty(node, last);
  else node[last] = next;
  return copy;
}

const BAD_VALUES: unknown[] = [undefined, null, '', 'Not A Slug', '2025-1-1', 'index/x.json', -1, 0, 1.5, 2 ** 60, true, {}, [], [null]];

describe('certainlyValidIndex (the fast path of the index check)', () => {
  it.each([
    ['library-index', 'a whole index', index],
    ['library-index', 'the head of a split index', head],
    ...parts.map((part, n): ['library-index-part', string, unknown] => ['library-index-part', `part ${n + 1}`, part]),
  ] as ['library-index' | 'library-index-part', string, unknown][])('%s: passes %s that zod passes', (kind, _what, value) => {
    expect(certainlyValidIndex(value, kind)).toBe(true);
  });

  // The one property that matters: never looser than the schema. Each value of a head with
  // parts (the first story and the first article of each story with all their fields) is
  // replaced by each bad value in turn (or removed); whatever zod refuses, the fast check refuses.
  const sample = { ...head, stories: head.stories.slice(0, 2) };
  const cases = paths(sample).flatMap((path) => BAD_VALUES.map((bad): [string, unknown] => [`${path.join('.') || '(top)'} = ${bad === undefined ? 'removed' : JSON.stringify(bad)}`, withValue(sample, path, bad)]));

  it('mutates enough of the index to mean something', () => {
    expect(cases.length).toBeGreaterThan(500);
  });

  it('refuses whatever zod refuses, field by field (library-index)', () => {
    const looser = cases.filter(([, value]) => !z.safeParse(LibraryIndexSchema, value).success && certainlyValidIndex(value, 'library-index')).map(([what]) => what);
    expect(looser).toEqual([]);
  });

  it('refuses whatever zod refuses, field by field (library-index-part)', () => {
    const partCases = cases.map(([what, value]): [string, unknown] => [what, typeof value === 'object' && value !== null ? { ...value, parts: undefined } : value]);
    const looser = partCases.filter(([, value]) => !z.safeParse(LibraryIndexPartSchema, value).success && certainlyValidIndex(value, 'library-index-part')).map(([what]) => what);
    expect(looser).toEqual([]);
  });

  it('leaves the verdict and the message to zod when it is not sure', () => {
    const broken = withValue(index, ['stories', 1, 'articles', 0, 'readingMinutes'], 0);
    expect(certainlyValidIndex(broken, 'library-index')).toBe(false);
    const result = validatePayload('library-index', JSON.stringify(broken));
    expect(result).toMatchObject({ ok: false, reason: 'shape' });
    if (!result.ok && result.reason === 'shape') expect(result.where).toMatch(/^ at stories\.1\.articles\.0\.readingMinutes: /);
  });
});
