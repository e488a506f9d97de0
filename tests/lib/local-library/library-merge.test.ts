import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLibraryIndex, parseDigest, type LibraryIndex, type StoryEntry } from '../../../src/engine/index.ts';
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

  it('places every imported story where a full sort would, among many bundled ones, ties on date and title included', () => {
    // Few dates and titles, so stories tie on both and the id decides, as in the build.
    const story = fc.record({
      id: fc.stringMatching(/^[a-z]{1,4}$/),
      title: fc.constantFrom('Alpha', 'alpha', 'Beta', 'Émile', 'Zulu'),
      publishedAt: fc.constantFrom('2025-01-05', '2025-01-06', '2025-02-01'),
    });
    const buildOrder = (a: StoryEntry, b: StoryEntry): number =>
      b.publishedAt.localeCompare(a.publishedAt) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
    const entry = ({ id, title, publishedAt }: { id: string; title: string; publishedAt: string }, prefix: string) =>
      ({ id: `${prefix}${id}`, file: null, title, titleDerived: false, publishedAt, articleIds: [], comments: null, articles: [] }) as unknown as StoryEntry;
    fc.assert(
      fc.property(fc.array(story, { maxLength: 30 }), fc.array(story, { maxLength: 8 }), (bundledStories, importedStories) => {
        const bundled = { version: 1, stories: bundledStories.map((s) => entry(s, 'b-')).sort(buildOrder) } as unknown as LibraryIndex;
        const imported = importedStories.map((s, n) => entry(s, `imported-${n}-`));
        const merged = mergeLibrary(bundled, imported, { available: true, damaged: [] }).stories;
        const expected = [...bundled.stories, ...imported].sort(buildOrder);
        expect(merged.map((s) => s.id)).toEqual(expected.map((s) => s.id));
        expect(merged.filter((s) => s.imported).map((s) => s.id).sort()).toEqual(imported.map((s) => s.id).sort());
      }),
    );
  });
});
