import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildLexicon, DATA_DIR } from '../../../scripts/build-lexicon.ts';
import { NEIGHBOUR_OPTIONS } from '../../../scripts/lexicon/embeddings.ts';
import { NEIGHBOURS } from '../../../src/engine/lexicon/data/embedding-data.ts';
import { decodeGroups } from '../../../src/engine/lexicon/format.ts';
import { areSynonyms, lemmatize, neighbourKeys } from '../../../src/engine/lexicon/index.ts';

const EMBEDDING_FILE = 'embedding-data.ts';

describe('generated lexicon data', () => {
  const { files } = buildLexicon();

  it.each([...files.keys()])('%s is what scripts/build-lexicon.ts produces (run it after changing a source)', (name) => {
    expect(readFileSync(join(DATA_DIR, name), 'utf8') === files.get(name)).toBe(true);
  });

  it('ships compact', () => {
    const contents = [...files.values(), readFileSync(join(DATA_DIR, EMBEDDING_FILE), 'utf8')];
    expect(contents.reduce((n, c) => n + c.length, 0)).toBeLessThan(700_000);
    expect(contents.reduce((n, c) => n + gzipSync(c).length, 0)).toBeLessThan(250_000);
  });
});

/**
 * The embedding neighbours are rebuilt from a 307 MB file in a minute or two, too slow for every
 * test run: the rebuild runs with LEXICON_EMBEDDINGS=1, and every run checks what the table must hold.
 */
describe('generated embedding neighbours', () => {
  const groups = decodeGroups(NEIGHBOURS);
  const stoplist = new Set(readFileSync(join(import.meta.dirname, '..', '..', '..', 'scripts', 'lexicon', 'embedding-stoplist.txt'), 'utf8').replace(/#.*$/gmu, '').split(/\s+/u));

  it('list each pair once, under the word that sorts first; each word a lemma of its own, none of the stoplist, none WordNet synonyms already', () => {
    expect(groups.size).toBeGreaterThan(1000);
    for (const [word, neighbours] of groups) {
      expect(lemmatize(word) === word && !stoplist.has(word), word).toBe(true);
      for (const other of neighbours) {
        expect(word < other && lemmatize(other) === other && !stoplist.has(other), `${word} ${other}`).toBe(true);
        expect(groups.get(other)?.includes(word) ?? false, `${word} ${other}`).toBe(false);
        expect(areSynonyms(word, other), `${word} ${other}`).toBe(false);
      }
    }
  });

  it('relate words both ways at run time', () => {
    const near = (a: string, b: string): boolean => neighbourKeys(a).some((key) => neighbourKeys(b).includes(key));
    for (const [word, neighbours] of groups) for (const other of neighbours) expect(near(other, word), `${word} ${other}`).toBe(true);
  });

  it('holds none of the stoplist’s pairs (`jump~drop`: opposites WordNet relates by no antonym)', () => {
    const pairs = [...stoplist].filter((entry) => entry.includes('~'));
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      const [a = '', b = ''] = pair.split('~').sort();
      expect(groups.get(a)?.includes(b) ?? false, pair).toBe(false);
    }
  });

  it.skipIf(process.env['LEXICON_EMBEDDINGS'] === undefined)(
    'are what scripts/build-lexicon.ts produces',
    () => {
      const built = buildLexicon({ embeddings: NEIGHBOUR_OPTIONS }).files.get(EMBEDDING_FILE);
      expect(readFileSync(join(DATA_DIR, EMBEDDING_FILE), 'utf8') === built).toBe(true);
    },
    600_000,
  );
});
