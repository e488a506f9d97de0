import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { MAX_DIGEST_CHARS, MAX_IMPORT_FILE_CHARS } from '../../engine/index.ts';
import { useLibraryIndex } from '../../lib/data/library-index.ts';
import { parseDigestsInWorker } from '../../lib/import-worker-client.ts';
import type { ImportRequest, ParsedPart } from '../../lib/import-worker-protocol.ts';
import type { DuplicateChoice, ImportCandidate } from '../../lib/local-library/prepare-import.ts';
import { refreshLocalLibrary } from '../../lib/local-library/queries.ts';

export type DigestSource = ImportRequest['files'][number];
export type ImportFailure = Extract<ParsedPart, { ok: false }>;

export interface SavedStory {
  storyId: string;
  title: string;
  firstArticleId: string;
}

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'preview'; round: number; candidates: ImportCandidate[]; failures: ImportFailure[]; digestText: string | null }
  | { kind: 'saving'; round: number; candidates: ImportCandidate[]; failures: ImportFailure[]; digestText: string | null }
  | { kind: 'saved'; round: number; stories: SavedStory[] }
  | { kind: 'error'; round: number; message: string };

/**
 * Bytes over which a file is not even read: the import limit (a collection of digests, as the
 * export writes) at four bytes per character, UTF-8's worst. The worker checks the characters.
 */
const MAX_FILE_BYTES = MAX_IMPORT_FILE_CHARS * 4;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : 'Something went wrong.');

/**
 * Read → preview → save. Digests are parsed (and their reports compared) in the import worker;
 * nothing is written until the reader saves the preview, and a digest with any problem is
 * never saved at all.
 */
export function useImportFlow() {
  const queryClient = useQueryClient();
  const library = useLibraryIndex();
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const [choices, setChoices] = useState<Record<string, DuplicateChoice>>({});
  const [round, setRound] = useState(0);

  const read = useCallback(async (sources: readonly DigestSource[], tooLarge: readonly ImportFailure[] = [], digestText: string | null = null): Promise<void> => {
    setPhase({ kind: 'reading' });
    const next = round + 1;
    setRound(next);
    try {
      const parts = sources.length === 0 ? [] : await parseDigestsInWorker([...sources]);
      const [{ toCandidates }, ids] = await Promise.all([
        import('../../lib/local-library/prepare-import.ts'),
        import('../../lib/local-library/library-store.ts').then((store) => store.readImportedStoryIds()).catch(() => []),
      ]);
      const parsed = parts.flatMap((part) => (part.ok ? [part] : []));
      const failures = [...tooLarge, ...parts.flatMap((part) => (part.ok ? [] : [part]))];
      const candidates = toCandidates(parsed, new Set(ids));
      setChoices(Object.fromEntries(candidates.filter((candidate) => candidate.duplicate).map((candidate) => [candidate.key, 'keep-both' as const])));
      setPhase({ kind: 'preview', round: next, candidates, failures, digestText });
    } catch (error) {
      setPhase({ kind: 'error', round: next, message: `The digests could not be read: ${messageOf(error)}` });
    }
  }, [round]);

  const readFiles = useCallback(
    async (files: readonly File[]): Promise<void> => {
      const tooLarge: ImportFailure[] = [];
      const sources: DigestSource[] = [];
      // Reading a file can fail (moved, permission withdrawn): a failure shows like any other.
      setPhase({ kind: 'reading' });
      for (const file of files) {
        if (file.size > MAX_FILE_BYTES) {
          const megabytes = (file.size / 1_000_000).toFixed(1);
          tooLarge.push({ ok: false, file: file.name, problems: [{ line: 0, problem: `the file is ${megabytes} MB, far over the import limit`, expected: `at most ${MAX_IMPORT_FILE_CHARS.toLocaleString('en-US')} characters in one file (each digest at most ${MAX_DIGEST_CHARS.toLocaleString('en-US')})`, excerpt: null }] });
          continue;
        }
        try {
          sources.push({ name: file.name, label: file.name, text: await file.text() });
        } catch (error) {
          tooLarge.push({ ok: false, file: file.name, problems: [{ line: 0, problem: `the file could not be read (${messageOf(error)})`, expected: 'a file this browser can still open: choose it again', excerpt: null }] });
        }
      }
      await read(sources, tooLarge);
    },
    [read],
  );

  const save = useCallback(async (): Promise<void> => {
    if (phase.kind !== 'preview' || phase.candidates.length === 0) return;
    setPhase({ ...phase, kind: 'saving' });
    try {
      const [{ planImport }, { saveImportedStories, readImportedStoryIds }] = await Promise.all([
        import('../../lib/local-library/prepare-import.ts'),
        import('../../lib/local-library/library-store.ts'),
      ]);
      // Damaged imported records are not in the library but still hold their ids.
      const taken = new Set([...library.stories.map((story) => story.id), ...(await readImportedStoryIds())]);
      const { stories, replacing } = planImport(phase.candidates, choices, taken);
      await saveImportedStories(stories, replacing);
      await refreshLocalLibrary(queryClient);
      setPhase({
        kind: 'saved',
        round: phase.round,
        stories: stories.map(({ story }) => ({ storyId: story.id, title: story.title, firstArticleId: story.articleIds[0] ?? '' })),
      });
    } catch (error) {
      setPhase({ kind: 'error', round: phase.round, message: messageOf(error) });
    }
  }, [phase, choices, library.stories, queryClient]);

  const discard = useCallback(() => setPhase({ kind: 'idle' }), []);
  const choose = useCallback((key: string, choice: DuplicateChoice) => setChoices((current) => ({ ...current, [key]: choice })), []);

  return { phase, choices, read, readFiles, save, discard, choose, local: library.local };
}
