import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataFiles, readDigestFiles } from '../../src/cli/build-data.ts';
import { resolveBuildOptions, resolveDigestDir } from '../../src/cli/vite-plugin-digests.ts';
import { ArticleSchema, LibraryIndexSchema, StoryComparisonsSchema, compareAllPairs, parseDigest } from '../../src/engine/index.ts';
import { builtAppDir as dist, listFiles, projectRoot } from './built-app.ts';

// Runs after `npm run build` (npm test orders it so): the JSON in the build must be exactly what
// the parser makes of the digests (the bundled ones, or PARALLAX_DIGESTS), no more and no less.
const bundledDigestDir = join(projectRoot, 'src', 'content', 'digests');
const digestDir = resolveDigestDir(bundledDigestDir);

describe('the shipped data', () => {
  let shipped: string[] = [];
  beforeAll(async () => {
    if (!existsSync(join(dist, 'data'))) throw new Error(`${join(dist, 'data')} is missing: run \`npm run build\` before \`npm run test:build\``);
    shipped = (await listFiles(join(dist, 'data'))).sort();
  });

  // Makes the data again: ~1 s for the bundled digests, ~20 s for a 10,000-article corpus.
  it('is exactly the set of files the digests make', { timeout: 120_000 }, async () => {
    const expected = buildDataFiles(await readDigestFiles(digestDir), resolveBuildOptions());
    expect(shipped).toEqual([...expected.keys()].sort());
    for (const [path, body] of expected) {
      expect(await readFile(join(dist, path), 'utf8'), path).toBe(body);
    }
  });

  // The bundled library only: a generated corpus (PARALLAX_DIGESTS) is split and ships no comparisons.
  it.skipIf(digestDir !== bundledDigestDir)('holds every bundled article, parsed, with its text as the parser made it', async () => {
    const digests = await readDigestFiles(digestDir);
    expect(digests.length).toBeGreaterThan(0);
    const index = LibraryIndexSchema.parse(JSON.parse(await readFile(join(dist, 'data', 'index.json'), 'utf8')));
    for (const { file, text } of digests) {
      const { story, articles } = parseDigest(text, { file });
      const entry = index.stories.find((candidate) => candidate.id === story.id);
      expect(entry?.articles.map((article) => article.id), file).toEqual(articles.map((article) => article.id));
      for (const article of articles) {
        const onDisk = ArticleSchema.parse(JSON.parse(await readFile(join(dist, 'data', 'articles', `${article.id}.json`), 'utf8')));
        expect(onDisk).toEqual(article);
      }
      const comparisons = StoryComparisonsSchema.parse(JSON.parse(await readFile(join(dist, 'data', 'comparisons', `${story.id}.json`), 'utf8')));
      const pairs = (articles.length * (articles.length - 1)) / 2;
      expect(comparisons.comparisons).toHaveLength(pairs);
      expect(comparisons.comparisons).toEqual(JSON.parse(JSON.stringify(compareAllPairs(articles))));
    }
  });
});
