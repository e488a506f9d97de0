import { describe, expect, it } from 'vitest';
import { buildLibraryIndex, parseDigest } from '../../../src/engine/index.ts';
import { mergeLibrary } from '../../../src/lib/data/library-index.ts';
import { importedStory, seedText, strikeText } from './local-library-support.ts';

describe('the library: bundled and imported stories in one list', () => {
  it('merges newest first, in the build’s order, marking each as imported or not, and keeps the index’s other fields', () => {
    const bundled = buildLibraryIndex([parseDigest(seedText, { file: 'blinken-seoul-2025-01-06.txt' })]);
    const imported = buildLibraryIndex([importedStory(strikeText, 'strike.txt', 'imported-strike'), importedStory(seedText, 'old.txt', 'imported-old')]).stories;
    const library = mergeLibrary(bundled, imported, { available: true, damaged: [] });
    expect(library.version).toBe(bundled.version);
    expect(library.stories.map((story) => [story.id, story.imported])).toEqual([
      ['imported-strike', true],
      ['blinken-seoul-2025-01-06', false],
      ['imported-old', true],
    ]);
    expect(library.local).toEqual({ available: true, damaged: [] });
  });

  it('is the bundled library alone, with the reason, when the browser keeps no local library', () => {
    const bundled = buildLibraryIndex([parseDigest(seedText, { file: 'blinken-seoul-2025-01-06.txt' })]);
    const library = mergeLibrary(bundled, [], { available: false, message: 'no IndexedDB' });
    expect(library.stories.map((story) => story.imported)).toEqual([false]);
    expect(library.local).toEqual({ available: false, message: 'no IndexedDB' });
  });
});
