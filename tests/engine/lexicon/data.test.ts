import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildLexicon, DATA_DIR } from '../../../scripts/build-lexicon.ts';

describe('generated lexicon data', () => {
  const { files } = buildLexicon();

  it.each([...files.keys()])('%s is what scripts/build-lexicon.ts produces (run it after changing a source)', (name) => {
    expect(readFileSync(join(DATA_DIR, name), 'utf8') === files.get(name)).toBe(true);
  });

  it('ships compact', () => {
    const contents = [...files.values()];
    expect(contents.reduce((n, c) => n + c.length, 0)).toBeLessThan(700_000);
    expect(contents.reduce((n, c) => n + gzipSync(c).length, 0)).toBeLessThan(250_000);
  });
});
