import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, NavigationType, useLoaderData, useNavigationType, useSearchParams } from 'react-router';
import { useLibraryView, whenIndexHead, type LibraryView } from '../../lib/data/library-index.ts';
import { paths } from '../../lib/paths.ts';
import { PARAMS, filterStories, readFilters, type LibraryFilters } from './library-filters.ts';
import { SearchForm } from './search-form.tsx';
import { StoryCard } from './story-card.tsx';
import { VIRTUAL_LIST_FROM, loadVirtualStoryList } from './virtual-list-loader.ts';

// Loaded only when needed, so the library's first page stays small (tests/build/budgets.test.ts):
// the results (and with them the search client) once there is a query, the virtual list once
// the library is long (./virtual-list-loader.ts; a short library never downloads it).
const SearchResults = lazy(async () => ({ default: (await import('./search-results.tsx')).SearchResults }));
const VirtualStoryList = lazy(async () => ({ default: (await loadVirtualStoryList()).VirtualStoryList }));
// A long library's list starts downloading as soon as the index's first file says it is long
// (the route's loader fetches the index beside this module): at 10,000 articles, while the
// index's parts still download, so the first card does not wait for it after them.
whenIndexHead(({ stories, split }) => {
  if (split || stories >= VIRTUAL_LIST_FROM) void loadVirtualStoryList();
});

/**
 * Starts a query's search from the keystroke itself (src/lib/search/search-query.ts), once the
 * search code has loaded (it loads with the page, beside the worker's warm-up, not in the page's
 * first JavaScript). Until then the results list's own query asks, as it always does.
 */
let startSearch: typeof import('../../lib/search/search-query.ts').startSearch | null = null;

const RESULTS_ID = 'library-search-results';
const ADDRESS_DELAY_MS = 300;

const NO_STORIES: ReadonlySet<string> = new Set();

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * Stories newest first (the index is sorted by the build), narrowed by outlet, dates and story;
 * with a query, the matching reports ranked by the search worker instead. Everything the reader
 * chose is in the address.
 */
export function LibraryPage() {
  // A long library first shows the newest stories, from its index's first file, while the rest
  // downloads (the route's loader; docs/decisions/009, session 10); then the whole library.
  const { library: index, complete } = useLibraryView(useLoaderData<LibraryView>());
  const [params, setParams] = useSearchParams();
  const outlets = index.outlets;
  // Only an address that names a story needs the ids (a set of 3,334 at 10,000 articles).
  const namesStory = params.get(PARAMS.story) !== null;
  const storyIds = useMemo(() => (namesStory ? new Set(index.stories.map((story) => story.id)) : NO_STORIES), [index.stories, namesStory]);
  const { outlet, from, to, story } = readFilters(params, outlets, storyIds);
  const filters = useMemo<LibraryFilters>(() => ({ outlet, from, to, story }), [outlet, from, to, story]);
  const stories = useMemo(() => filterStories(index.stories, filters), [index.stories, filters]);
  const reportCount = stories.reduce((sum, entry) => sum + entry.articles.length, 0);

  // The box answers every keystroke at once; the address follows it with replace navigations,
  // which may land after the next keystroke, so the box only follows the address when it
  // changes otherwise (Back, Forward, a link).
  const addressQuery = params.get(PARAMS.query) ?? '';
  const navigationType = useNavigationType();
  const [query, setQuery] = useState(addressQuery);
  const [seen, setSeen] = useState(addressQuery);
  if (addressQuery !== seen) {
    setSeen(addressQuery);
    if (navigationType !== NavigationType.Replace) setQuery(addressQuery);
  }
  const searching = query.trim() !== '';

  // Build the search index in its worker while the reader looks at the list. Either import may
  // fail (a chunk that does not download): the results list then asks, or says search is not
  // available, itself.
  useEffect(() => {
    import('../../lib/search/search-query.ts').then(
      (module) => {
        startSearch = module.startSearch;
      },
      () => undefined,
    );
    if (typeof Worker !== 'undefined') import('../../lib/search/search-client.ts').then(({ warmSearch }) => warmSearch(), () => undefined);
  }, []);
  const queryClient = useQueryClient();

  // Each change builds on the address this page last asked for. A replace navigation lands only
  // after the route's loader, and the typed words reach the address from a timer: built on the
  // address still rendered, the words landing after a result narrowed the search would take the
  // narrowing back out (or the narrowing would put older words back).
  const asked = useRef<{ rendered: URLSearchParams; pending: URLSearchParams | null }>({ rendered: params, pending: null });
  const update = useCallback(
    (changes: Record<string, string | null>): void => {
      const next = new URLSearchParams(asked.current.pending ?? asked.current.rendered);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
      }
      asked.current.pending = next;
      setParams(next, { replace: true });
    },
    [setParams],
  );
  // The address follows the box once typing pauses (or the box loses focus, e.g. to a result):
  // a navigation per keystroke would re-run the route for every letter.
  const pendingQuery = useRef<{ query: string; timer: number } | null>(null);
  const box = useRef<HTMLInputElement>(null);
  // Stable between keystrokes, so the results that did not change are not rendered again.
  // Every "Search only this story" button goes once the search is narrowed, and "All stories"
  // once it is widened: focus then moves to the box, after the change has landed, so the box
  // already names the story it is narrowed to (its description), or no longer does, when a
  // screen reader announces it. The address changes a moment after the click (a navigation).
  const focusBoxOnStoryChange = useRef(false);
  const searchStory = useCallback(
    (id: string): void => {
      focusBoxOnStoryChange.current = true;
      update({ [PARAMS.story]: id });
    },
    [update],
  );
  useLayoutEffect(() => {
    if (!focusBoxOnStoryChange.current) return;
    focusBoxOnStoryChange.current = false;
    box.current?.focus();
  }, [story]);
  const flushQuery = (): void => {
    const pending = pendingQuery.current;
    if (pending === null) return;
    window.clearTimeout(pending.timer);
    pendingQuery.current = null;
    update({ [PARAMS.query]: pending.query });
  };
  const onQuery = (next: string): void => {
    // The worker searches while React renders the letter (the list's query then finds it in flight).
    startSearch?.(queryClient, next, filters);
    setQuery(next);
    if (pendingQuery.current !== null) window.clearTimeout(pendingQuery.current.timer);
    pendingQuery.current = { query: next, timer: window.setTimeout(flushQuery, ADDRESS_DELAY_MS) };
  };
  useEffect(() => () => {
    if (pendingQuery.current !== null) window.clearTimeout(pendingQuery.current.timer);
  }, []);
  useEffect(() => {
    const address = asked.current;
    address.rendered = params;
    if (navigationType === NavigationType.Replace) {
      if (address.pending?.toString() === params.toString()) address.pending = null;
      return;
    }
    // Back, Forward or a link moved the address (and the box with it): start afresh from it, and
    // drop the typed words still on their way there, which would undo the move.
    address.pending = null;
    if (pendingQuery.current !== null) window.clearTimeout(pendingQuery.current.timer);
    pendingQuery.current = null;
  }, [params, navigationType]);

  const storyTitle = story === null ? null : (index.stories.find((entry) => entry.id === story)?.title ?? null);
  const listLabel = 'Stories, newest first';
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <header className="mb-6">
        <h1 className="font-reading text-4xl font-semibold tracking-tight">Library</h1>
        <p className="mt-2 text-muted">Each story, as the outlets that covered it told it.</p>
        <p className="mt-1 text-sm">
          <Link to={paths.comparePicker.getHref()} className="font-medium text-accent underline underline-offset-4">
            Compare any two reports
          </Link>
        </p>
      </header>
      <SearchForm
        query={query}
        filters={filters}
        outlets={outlets}
        storyTitle={storyTitle}
        onQuery={onQuery}
        onCommit={flushQuery}
        onFilters={(change) => {
          // "All stories" goes with the narrowing, as the story buttons go with it: focus follows to the box.
          if ('story' in change) focusBoxOnStoryChange.current = true;
          update(change);
        }}
        box={box}
        onLeaveBox={() => document.querySelector<HTMLElement>(`#${RESULTS_ID} a, #${RESULTS_ID} button`)?.focus()}
      />
      {searching ? (
        <Suspense fallback={<p className="text-sm text-muted">Searching…</p>}>
          <SearchResults
            query={query}
            filters={filters}
            listId={RESULTS_ID}
            onSearchStory={searchStory}
          />
        </Suspense>
      ) : (
        <>
          <p className="sr-only" aria-live="polite">
            {complete
              ? `${plural(stories.length, 'story', 'stories')}, ${plural(reportCount, 'report', 'reports')}${outlet === null ? '' : ` from ${outlet}`}`
              : `The newest ${plural(stories.length, 'story', 'stories')}; loading the older ones…`}
          </p>
          {stories.length === 0 ? (
            <p className="rounded-xl border border-line bg-surface p-6 text-muted">
              {index.stories.length === 0 ? 'The library is empty: no digests were bundled with this build.' : 'No stories match these filters.'}
            </p>
          ) : stories.length >= VIRTUAL_LIST_FROM ? (
            <Suspense fallback={null}>
              <div id={RESULTS_ID}>
                <VirtualStoryList stories={stories} label={listLabel} busy={!complete} />
              </div>
            </Suspense>
          ) : (
            <ol id={RESULTS_ID} className="space-y-8" aria-label={listLabel} aria-busy={complete ? undefined : true}>
              {stories.map((entry) => (
                <li key={entry.id}>
                  <StoryCard story={entry} />
                </li>
              ))}
            </ol>
          )}
          {complete ? null : <p className="mt-8 text-sm text-muted">Loading older stories…</p>}
        </>
      )}
    </div>
  );
}
