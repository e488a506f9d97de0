import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataFiles } from '../../../src/cli/build-data.ts';
import { LibraryIndexPartSchema, LibraryIndexSchema, buildLibraryIndex, parseDigest } from '../../../src/engine/index.ts';
import { SearchManifestSchema, SearchShardSchema, shardSearchDocs, toSearchDoc } from '../../../src/engine/library/search-docs.ts';
import { decodeIndexPart, encodeIndexPart } from '../../../src/engine/library/compact-index.ts';
import { mergeLibraryIndexParts, splitLibraryIndex } from '../../../src/engine/library/summaries.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const digests = [
  { file: 'blinken-seoul-2025-01-06.txt', text: readFileSync(join(fixtures, 'blinken-seoul-2025-01-06.txt'), 'utf8') },
  { file: 'ports-strike-2025-01-14.txt', text: readFileSync(join(fixtures, 'app', 'ports-strike-straight-quotes.txt'), 'utf8') },
];
const parsed = digests.map(({ file, text }) => parseDigest(text, { file }));
const index = buildLibraryIndex(parsed);

describe('splitting a large index', () => {
  it('keeps a small index whole', () => {
    expect(splitLibraryIndex(index, 1_000_000)).toEqual({ head: index, parts: [] });
  });

  it('splits between stories, names the parts, and merges back to the same index', () => {
    const { head, parts } = splitLibraryIndex(index, 100);
    expect(head.stories).toHaveLength(1);
    expect(head.parts).toEqual(['index/1.json']);
    expect(parts).toHaveLength(1);
    expect(LibraryIndexSchema.parse(head)).toEqual(head);
    expect(LibraryIndexPartSchema.parse(parts[0])).toEqual(parts[0]);
    expect(mergeLibraryIndexParts(head, parts)).toEqual(index);
  });
});

describe('search documents', () => {
  it('hold the id, story, outlet, date, title and caption + body of each article', () => {
    const cnn = parsed[0]?.articles.find((article) => article.outlet.name === 'CNN');
    if (cnn === undefined) throw new Error('no CNN report in the seed');
    const [id, storyId, outlet, publishedAt, title, body] = toSearchDoc(cnn);
    expect([id, storyId, outlet, publishedAt, title]).toEqual([cnn.id, cnn.storyId, 'CNN', '2025-01-06', cnn.headline]);
    expect(body.endsWith(cnn.text)).toBe(true);
    if (cnn.caption !== null) expect(body.startsWith(cnn.caption)).toBe(true);
  });

  it('are split into shards under the size given, in order', () => {
    const docs = parsed.flatMap(({ articles }) => articles.map(toSearchDoc));
    const shards = shardSearchDocs(docs, 4_000);
    expect(shards.length).toBeGreaterThan(1);
    expect(shards.flatMap((shard) => shard.docs)).toEqual(docs);
    for (const shard of shards) if (shard.docs.length > 1) expect(JSON.stringify(shard.docs).length).toBeLessThanOrEqual(4_000 + 8);
  });
});

describe('the data build', () => {
  it('writes a search manifest and shards covering every article, newest story first', () => {
    const files = buildDataFiles(digests, { comparisons: 'browser' });
    const manifest = SearchManifestSchema.parse(JSON.parse(files.get('data/search/manifest.json') ?? 'null'));
    const docs = manifest.shards.flatMap((path) => SearchShardSchema.parse(JSON.parse(files.get(`data/${path}`) ?? 'null')).docs);
    expect(manifest.articles).toBe(docs.length);
    expect(docs.map(([id]) => id)).toEqual(index.stories.flatMap((story) => story.articles.map((article) => article.id)));
  });

  it('leaves comparisons to the browser when asked to, and builds them for a small library by default', () => {
    expect([...buildDataFiles(digests, { comparisons: 'browser' }).keys()].some((path) => path.startsWith('data/comparisons/'))).toBe(false);
    expect([...buildDataFiles(digests).keys()].filter((path) => path.startsWith('data/comparisons/'))).toHaveLength(2);
  });
});

describe('the compact encoding of an index part', () => {
  const { parts } = splitLibraryIndex(index, 100);
  const part = parts[0] ?? { version: 1 as const, stories: [] };

  it('decodes to the same part, in fewer bytes', () => {
    const encoded = encodeIndexPart(part);
    expect(decodeIndexPart(JSON.parse(JSON.stringify(encoded)))).toEqual(part);
    expect(JSON.stringify(encoded).length).toBeLessThan(JSON.stringify(part).length * 0.75);
  });

  it('writes each outlet once', () => {
    const outlets = new Set(part.stories.flatMap((story) => story.articles.map((article) => article.outlet.name)));
    expect(encodeIndexPart(part).outlets.map((outlet) => outlet.name).sort()).toEqual([...outlets].sort());
  });

  it('refuses to encode what it could not decode back', () => {
    const story = part.stories[0];
    if (story === undefined) throw new Error('no story');
    expect(() => encodeIndexPart({ version: 1, stories: [{ ...story, articleIds: [...story.articleIds, 'another-story--cnn'] }] })).toThrow(/lists other articles/);
    expect(() => encodeIndexPart({ version: 1, stories: [{ ...story, id: 'other-story' }] })).toThrow(/not named after its story/);
  });

  it.each([
    ['not an object', [], / at the top level/],
    ['the other version', { version: 1, stories: [] }, / at version/],
    ['a story of the wrong length', { version: 2, outlets: [], stories: [['id']] }, / at stories\.0: /],
    ['an outlet number out of the table', { version: 2, outlets: [], stories: [['s', null, 'T', false, '2025-01-01', null, [['a', 0, 3, '2025-01-01', null, null, 1, '', 1]]]] }, / at stories\.0\.6\.0\.2: /],
  ])('names where the encoding is broken: %s', (_what, value, where) => {
    expect(() => decodeIndexPart(value)).toThrow(where);
  });
});

describe('the library files on the first screen’s path', () => {
  it('are ASCII, every other character escaped, and read back as the same data', async () => {
    const { asciiJson } = await import('../../../src/cli/build-data.ts');
    const value = { title: 'Blinken’s “talks” in Seoul — 東京 😀', n: 1 };
    const text = asciiJson(value);
    expect(text).toMatch(/^[ -~]*$/u);
    expect(text).toContain('\\u2019');
    expect(text).toContain('\\ud83d\\ude00');
    expect(JSON.parse(text)).toEqual(value);
    const files = buildDataFiles(digests, { comparisons: 'browser' });
    const onPath = [...files].filter(([path]) => path === 'data/index.json' || path.startsWith('data/index/') || path.startsWith('data/search/'));
    expect(onPath.length).toBeGreaterThan(1);
    for (const [, file] of onPath) expect(file).toMatch(/^[ -~]*$/u);
    expect(JSON.parse(files.get('data/index.json') ?? 'null')).toEqual(LibraryIndexSchema.parse(JSON.parse(files.get('data/index.json') ?? 'null')));
  });
});
