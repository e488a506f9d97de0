import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/engine/index.ts';
import type { ParsedPart } from '../../../src/lib/import-worker-protocol.ts';
import { answerImportRequest } from '../../../src/lib/import-worker.ts';
import { exportImportedDigests } from '../../../src/lib/local-library/export-imports.ts';
import { planImport, toCandidates } from '../../../src/lib/local-library/prepare-import.ts';
import { readImportedStoryIds, readLocalLibrary, saveImportedStories } from '../../../src/lib/local-library/library-store.ts';
import { seedText, strikeText, useFreshIndexedDB } from './local-library-support.ts';

useFreshIndexedDB();

function parse(files: { name: string | null; label?: string; text: string }[]): ParsedPart[] {
  const answer = answerImportRequest({ requestId: 7, files: files.map((file) => ({ label: file.name ?? 'pasted text', ...file })) });
  if (!answer.ok) throw new Error(answer.message);
  expect(answer.requestId).toBe(7);
  return answer.parts;
}

const good = (parts: ParsedPart[]) => parts.flatMap((part) => (part.ok ? [part] : []));
const withoutLines = (articles: readonly Article[]) => articles.map((article) => ({ ...article, headerLine: 0 }));

describe('import: parse in the worker’s handler, name, save', () => {
  it('parses a digest, compares every pair of its reports, and names it imported-…', () => {
    const [part] = parse([{ name: 'blinken-seoul.txt', text: seedText }]);
    if (part?.ok !== true) throw new Error('expected the seed to parse');
    expect(part.comparisons).toHaveLength(1);
    expect(part.comparisons[0]?.facts.length).toBeGreaterThan(0);
    const [candidate] = toCandidates([part], new Set());
    expect(candidate).toMatchObject({ storyId: 'imported-blinken-seoul', duplicate: false, file: 'blinken-seoul.txt' });
    const { stories } = planImport(toCandidates([part], new Set()), {}, new Set());
    expect(stories[0]?.story.articleIds).toEqual(['imported-blinken-seoul--voa', 'imported-blinken-seoul--cnn']);
    expect(stories[0]?.comparisons[0]).toMatchObject({ a: 'imported-blinken-seoul--voa', b: 'imported-blinken-seoul--cnn' });
  });

  it('names pasted text by its date and title', () => {
    const [part] = parse([{ name: null, text: strikeText }]);
    if (part?.ok !== true) throw new Error('expected the strike digest to parse');
    expect(toCandidates([part], new Set())[0]?.storyId).toBe('imported-2025-01-14-east-and-gulf-coast-dockworkers-strike');
  });

  it('reports every problem with its file, line and the line as written, and returns nothing of that digest', () => {
    const broken = `CNN | Published January 6, 2025\nA paragraph.\nREUTERS | Published Smarch 40, 2025\nAnother.`;
    const parts = parse([{ name: 'broken.txt', text: broken }, { name: 'fine.txt', text: strikeText }]);
    expect(parts[0]).toEqual({
      ok: false,
      file: 'broken.txt',
      problems: [expect.objectContaining({ line: 3, excerpt: 'REUTERS | Published Smarch 40, 2025', problem: expect.stringMatching(/^unreadable date in the header for REUTERS/) as string })],
    });
    expect(parts[1]?.ok).toBe(true);
  });

  it('never reuses an id: bundled ones, stored ones, or another in the same batch; a re-import replaces or keeps both', () => {
    const parts = good(parse([{ name: 'a.txt', text: seedText }, { name: 'a.txt', text: seedText }]));
    const candidates = toCandidates(parts, new Set(['imported-a']));
    expect(candidates.map((candidate) => candidate.duplicate)).toEqual([true, true]);
    const keep = planImport(candidates, {}, new Set(['imported-a', 'imported-a-2']));
    expect(keep.stories.map(({ story }) => story.id)).toEqual(['imported-a-3', 'imported-a-4']);
    expect(keep.replacing).toEqual([]);
    const replace = planImport(candidates, { [candidates[0]?.key ?? '']: 'replace', [candidates[1]?.key ?? '']: 'replace' }, new Set(['imported-a']));
    expect(replace.stories.map(({ story }) => story.id)).toEqual(['imported-a', 'imported-a-2']);
    expect(replace.replacing).toEqual(['imported-a']);
  });
});

describe('export', () => {
  it('writes every import as digest text that imports back into the same stories and articles', async () => {
    const first = planImport(toCandidates(good(parse([{ name: 'blinken.txt', text: seedText }, { name: null, text: strikeText }])), new Set()), {}, new Set());
    await saveImportedStories(first.stories);
    const before = await readLocalLibrary();

    const exported = await exportImportedDigests(new Date('2026-11-26T09:00:00Z'));
    expect(exported.fileName).toBe('parallax-imports-2026-11-26.txt');
    expect(exported.storyCount).toBe(2);
    expect(exported.text).toContain('===== digest: blinken.txt =====\nU.S. Secretary of State Antony Blinken is greeted');

    const parts = parse([{ name: exported.fileName, text: exported.text }]);
    expect(parts.every((part) => part.ok)).toBe(true);
    const candidates = toCandidates(good(parts), new Set(await readImportedStoryIds()));
    expect(candidates.map((candidate) => [candidate.storyId, candidate.duplicate])).toEqual(before.stories.map(({ story }) => [story.id, true]));
    const again = planImport(candidates, Object.fromEntries(candidates.map((candidate) => [candidate.key, 'replace'])), new Set());
    for (const { story, articles } of before.stories) {
      const match = again.stories.find((candidate) => candidate.story.id === story.id);
      expect(withoutLines(match?.articles ?? [])).toEqual(withoutLines(articles));
      expect({ ...match?.story, file: null }).toEqual({ ...story, file: null });
    }
    await saveImportedStories(again.stories, again.replacing);
    expect((await readLocalLibrary()).stories).toHaveLength(2);
  });

  it('exports nothing when nothing was imported', async () => {
    expect(await exportImportedDigests()).toMatchObject({ text: '', storyCount: 0 });
  });
});
