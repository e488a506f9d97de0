import { queryOptions, useQuery, useQueryClient, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { mergeLibraryIndexParts, type LibraryIndex, type StoryEntry } from '../../engine/index.ts';
import type { LibraryIndexPart } from '../../engine/schema.ts';
import type { LocalLibraryStatus } from '../local-library/library-entries.ts';
import { dataUrls } from '../paths.ts';
import { readImportedEntries, sortNamesOffThread } from './data-worker-client.ts';
import { fetchJson } from './fetch-json.ts';

export type { LocalLibraryStatus };

/** A story in the library: bundled with the app, or imported into this browser's local library. */
export interface LibraryStory extends StoryEntry {
  imported: boolean;
}

/** The bundled index with the imported stories merged in, newest first, and how the local library fared. */
export type Library = Omit<LibraryIndex, 'stories'> & {
  stories: LibraryStory[];
  local: LocalLibraryStatus;
  /**
   * Every outlet named in `stories`, once each, in alphabetical order (`localeCompare`; the
   * library's outlet filter). Sorted by the data worker: see `outletNames`.
   */
  outlets: readonly string[];
};

/** What the bundled index's first file says of the library's size, before any part arrives. */
export interface IndexHead {
  /** The stories in the first file (all of them when it has no parts). */
  stories: number;
  /** A large library: more stories follow in parts (docs/decisions/009). */
  split: boolean;
}

let indexHead: IndexHead | null = null;
const headListeners = new Set<(head: IndexHead) => void>();

/**
 * Per query client (one per app; one per test), the first file of a split index once the data
 * worker has accepted it, or null (a one-file index, or a head that could not be loaded): what a
 * first view of a long library shows while the parts download (`firstLibraryView`). Settled by
 * the bundled index's first fetch; a retry's answer changes nothing.
 */
interface AcceptedHead {
  promise: Promise<LibraryIndex | null>;
  settle: (head: LibraryIndex | null) => void;
}
const acceptedHeads = new WeakMap<QueryClient, AcceptedHead>();

function acceptedHeadOf(client: QueryClient): AcceptedHead {
  let head = acceptedHeads.get(client);
  if (head === undefined) {
    let settle: (value: LibraryIndex | null) => void = () => undefined;
    const promise = new Promise<LibraryIndex | null>((resolve) => (settle = resolve));
    head = { promise, settle };
    acceptedHeads.set(client, head);
  }
  return head;
}

/**
 * Calls `listener` once, when the bundled index's first file has arrived (at once if it already
 * has): a page can start fetching what a long library needs while the parts still download.
 */
export function whenIndexHead(listener: (head: IndexHead) => void): void {
  if (indexHead === null) headListeners.add(listener);
  else listener(indexHead);
}

function announceHead(head: IndexHead): void {
  indexHead = head;
  const listeners = [...headListeners];
  headListeners.clear();
  for (const listener of listeners) listener(head);
}

/** The parts a head names, by this page's own parse of it (not yet checked): null when it names none, or not plainly. */
function namedParts(parsed: unknown): string[] | null {
  if (typeof parsed !== 'object' || parsed === null || !('parts' in parsed)) return null;
  const { parts } = parsed;
  // The schema's part path (INDEX_PART_PATTERN in src/engine/schema.ts, not imported: it would
  // bring zod into the library's first JavaScript). A head the schema accepts always passes.
  return Array.isArray(parts) && parts.every((part) => typeof part === 'string' && /^index\/\d+\.json$/.test(part)) ? (parts as string[]) : null;
}

/**
 * The bundled index; a large one comes in parts (docs/decisions/009), fetched side by side and
 * joined in order, each part in the compact encoding (src/engine/library/compact-index.ts).
 * Each file is parsed in the page while the data worker checks it (no clone of 6 MiB of
 * checked objects back from the worker at 10,000 articles).
 *
 * The parts are requested as soon as the page's own parse of the head names them, not once the
 * data worker has checked the head: the worker starts with the library's first request, so the
 * parts used to wait for its start and the head's check (~0.2–0.3 s in traces at 10,000
 * articles). Nothing fetched early is used unless the worker accepts the head (and each part);
 * a head it refuses fails the library with the head's error, and the parts are dropped.
 */
export async function fetchLibraryIndex(signal?: AbortSignal, onAcceptedHead: (head: LibraryIndex | null) => void = () => undefined): Promise<LibraryIndex> {
  // The parts are in the compact encoding; its decoder loads (a small chunk) while they download.
  let decoder: Promise<typeof import('../../engine/library/compact-index.ts')> | null = null;
  const decode = async (parsed: unknown): Promise<unknown> => (await (decoder ??= import('../../engine/library/compact-index.ts'))).decodeIndexPart(parsed);
  const early = new AbortController();
  const stopEarly = (): void => early.abort(signal?.reason);
  signal?.addEventListener('abort', stopEarly);
  let fetchedEarly: { names: string[]; parts: Promise<LibraryIndexPart[]> } | null = null;
  const fetchParts = (names: readonly string[], partsSignal: AbortSignal | undefined): Promise<LibraryIndexPart[]> =>
    Promise.all(names.map((part) => fetchJson(dataUrls.indexPart(part), 'library-index-part', partsSignal, { parseInPage: true, decode })));
  try {
    const head = await fetchJson(dataUrls.index(), 'library-index', signal, {
      parseInPage: true,
      onParsed: (parsed) => {
        const names = namedParts(parsed);
        if (names === null) return;
        decoder ??= import('../../engine/library/compact-index.ts');
        const parts = fetchParts(names, early.signal);
        parts.catch(() => undefined); // reported below once the head is accepted, or dropped with it
        fetchedEarly = { names, parts };
      },
    }).catch((error: unknown) => {
      early.abort();
      onAcceptedHead(null);
      throw error;
    });
    announceHead({ stories: head.stories.length, split: head.parts !== undefined });
    onAcceptedHead(head.parts === undefined ? null : head);
    if (head.parts === undefined) return head;
    // The worker accepted the very text this page parsed, so the early list is the head's own.
    const started = fetchedEarly as { names: string[]; parts: Promise<LibraryIndexPart[]> } | null;
    const parts = started !== null && started.names.join('\n') === head.parts.join('\n') ? await started.parts : await fetchParts(head.parts, signal);
    return mergeLibraryIndexParts(head, parts);
  } finally {
    signal?.removeEventListener('abort', stopEarly);
  }
}

/** The order the build sorts the index in (engine/library/summaries.ts): newest, then title, then id. */
function newestFirst(a: StoryEntry, b: StoryEntry): number {
  return b.publishedAt.localeCompare(a.publishedAt) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

/**
 * The bundled stories (already in the build's order) with the imported ones merged in, newest
 * first: one pass over the bundled list, so 10,000 articles cost no sort (and without imports no
 * comparison at all).
 */
export function mergeLibrary(bundled: LibraryIndex, imported: readonly StoryEntry[], local: LocalLibraryStatus): Omit<Library, 'outlets'> {
  const extra = imported.map((story): LibraryStory => ({ ...story, imported: true })).sort(newestFirst);
  const stories: LibraryStory[] = [];
  let next = 0;
  for (const story of bundled.stories) {
    while (next < extra.length && newestFirst(extra[next] as LibraryStory, story) < 0) stories.push(extra[next++] as LibraryStory);
    stories.push({ ...story, imported: false });
  }
  while (next < extra.length) stories.push(extra[next++] as LibraryStory);
  return { ...bundled, stories, local };
}

/**
 * The outlets the stories name, once each, in alphabetical order. The order is `localeCompare`'s,
 * asked of the data worker: a page's first `localeCompare` loads the collation rules (25–40 ms
 * on this machine, measured in Chromium), and it would run inside the library's first render,
 * one long task with it (docs/decisions/011). Collected with a plain loop: at 10,000 articles an
 * array per story (flatMap) showed in the first render's profile.
 */
export async function outletNames(stories: readonly StoryEntry[]): Promise<readonly string[]> {
  const names = new Set<string>();
  for (const story of stories) for (const article of story.articles) names.add(article.outlet.name);
  return sortNamesOffThread([...names]);
}

/**
 * The bundled index: fetched once and kept (it never changes while the app runs, and no import,
 * delete or undo touches it).
 */
export const bundledIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['bundled-index'],
    queryFn: ({ signal, client }) => fetchLibraryIndex(signal, acceptedHeadOf(client).settle),
    staleTime: 'static',
    gcTime: Infinity,
  });

/**
 * The library: the bundled index (from its own query, so it is fetched once) and this browser's
 * imported stories, side by side. Refreshing it after an import reads only the imports
 * (src/lib/local-library/queries.ts). The imports are read afresh on every run, never through a
 * query of their own: a query would hand a second refresh the first one's read still in flight,
 * from before the second write (a delete quickly undone would stay deleted on screen).
 * Read (and each record validated) in the data worker: idb and zod stay off the first page.
 */
export const libraryIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['library-index'],
    // The bundled index's own query retries what is worth retrying; retrying here too would multiply the attempts.
    retry: false,
    queryFn: async ({ client }): Promise<Library> => {
      const [bundled, { entries, status }] = await Promise.all([client.query(bundledIndexQueryOptions()), readImportedEntries()]);
      const library = mergeLibrary(bundled, entries, status);
      return { ...library, outlets: await outletNames(library.stories) };
    },
  });

export function useLibraryIndex(): Library {
  return useSuspenseQuery(libraryIndexQueryOptions()).data;
}

/**
 * What the library page first shows: the whole library (`complete`), or, for a split index whose
 * parts are still on their way, the newest stories its first file holds (docs/decisions/009,
 * session 10). The page then follows the whole library's query and shows it when it arrives.
 */
export interface LibraryView {
  library: Library;
  complete: boolean;
}

/**
 * The newest stories, from the accepted first file of a split index, with the imported stories
 * that sort among them (none older than its oldest story, so this list is exactly the first
 * stories of the whole library, and nothing on screen moves when the rest arrives).
 */
async function libraryFromHead(head: LibraryIndex): Promise<Library> {
  const oldest = head.stories.at(-1);
  const { entries, status } = await readImportedEntries();
  const recent = oldest === undefined ? entries : entries.filter((story) => newestFirst(story, oldest) < 0);
  const library = mergeLibrary(head, recent, status);
  return { ...library, outlets: await outletNames(library.stories) };
}

/**
 * The library as soon as there is something to show: the whole library (`whole`, the library
 * query's promise) if it comes first — it always does for a one-file index — else the newest
 * stories of a split index while its parts download. A failure of the first view falls back to
 * the whole library; a failure of the whole library reaches the page through its query.
 */
export async function firstLibraryView(client: QueryClient, whole: Promise<Library>): Promise<LibraryView> {
  const complete = whole.then((library): LibraryView => ({ library, complete: true }));
  const partial = acceptedHeadOf(client).promise.then(async (head): Promise<LibraryView> => (head === null ? complete : { library: await libraryFromHead(head), complete: false })).catch(() => complete);
  return Promise.race([complete, partial]);
}

/**
 * The library the page shows: the whole library once its query has it, else `first` (from the
 * route's loader). A failure of the whole library is thrown to the route's error element, with
 * what failed: a first view never stands in for a library that could not be loaded.
 */
export function useLibraryView(first: LibraryView): LibraryView {
  // Without `staleTime: 'static'`, as useLibraryIndex: a static query is never refetched, and the
  // library is refetched after an import, a delete or an undo (src/lib/local-library/queries.ts).
  const whole = useQuery(libraryIndexQueryOptions());
  if (whole.data !== undefined) return { library: whole.data, complete: true };
  if (whole.error !== null) throw whole.error;
  return first;
}

/**
 * How the local library fared in the library as cached now, without loading anything (null
 * before the library has loaded). For notices outside the pages that load the library.
 */
export function useLocalLibraryStatus(): LocalLibraryStatus | null {
  const queryClient = useQueryClient();
  return useSyncExternalStore(
    (onChange) => queryClient.getQueryCache().subscribe(onChange),
    () => queryClient.getQueryData(libraryIndexQueryOptions().queryKey)?.local ?? null,
    () => null,
  );
}
