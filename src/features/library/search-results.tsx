import { useQuery } from '@tanstack/react-query';
import { memo, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Article } from '../../engine/index.ts';
import { formatIsoDate } from '../../lib/format.ts';
import { paths } from '../../lib/paths.ts';
import { importedArticlesQueryOptions } from '../../lib/local-library/queries.ts';
import type { SearchHit } from '../../lib/search/search-protocol.ts';
import { useImportedArticlesInSearch, useSearchResults } from '../../lib/search/search-query.ts';
import { HighlightedText } from './highlighted-text.tsx';
import type { LibraryFilters } from './library-filters.ts';

interface SearchResultsProps {
  query: string;
  filters: LibraryFilters;
  listId: string;
  onSearchStory: (storyId: string) => void;
}

function announce(total: number, shown: number, query: string): string {
  const matched = `${total} ${total === 1 ? 'report matches' : 'reports match'} “${query}”`;
  return total > shown ? `${matched}; showing the best ${shown}` : matched;
}

const NONE: readonly Article[] = [];

/**
 * How long the previous results may stand for the next ones before they are dimmed. Most
 * answers come sooner: dimming the list and lifting it again on every keystroke restyled and
 * repainted it twice per letter, for a change the reader could hardly see.
 */
const DIM_AFTER_MS = 150;

/** True once `on` has held for `ms` milliseconds without a break. */
function useHeldFor(on: boolean, ms: number): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!on) return undefined;
    const timer = window.setTimeout(() => setHeld(true), ms);
    return () => {
      window.clearTimeout(timer);
      setHeld(false);
    };
  }, [on, ms]);
  return on && held;
}

interface ResultItemProps {
  hit: SearchHit;
  /** Null when the search is already narrowed to one story. */
  onSearchStory: ((storyId: string) => void) | null;
}

/** Whether two hits render the same row: every field the row shows, the matched terms included. */
function sameHit(a: SearchHit, b: SearchHit): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.storyId === b.storyId &&
      a.outlet === b.outlet &&
      a.publishedAt === b.publishedAt &&
      a.title === b.title &&
      a.snippet === b.snippet &&
      a.imported === b.imported &&
      a.terms.length === b.terms.length &&
      a.terms.every((term, index) => term === b.terms[index]))
  );
}

/**
 * One result. Memoised on what it shows, not on the hit object: while a word grows letter by
 * letter (`rescu` → `rescue`) most of the thirty results are the same articles with the same
 * snippet and matched terms, and those rows are not rendered again. Off screen, the browser
 * skips its layout and paint (`content-visibility`), so a keystroke lays out the screenful the
 * reader sees, not all thirty.
 */
const ResultItem = memo(
  function ResultItem({ hit, onSearchStory }: ResultItemProps) {
    return (
      <li className="p-5 [contain-intrinsic-size:auto_11rem] [content-visibility:auto]">
        <p className="text-sm text-muted">
          <span className="font-semibold uppercase tracking-wide">
            <HighlightedText text={hit.outlet} terms={hit.terms} />
          </span>
          <span aria-hidden="true"> · </span>
          <time dateTime={hit.publishedAt}>{formatIsoDate(hit.publishedAt)}</time>
          {hit.imported ? <span className="ml-2 rounded border border-line px-1 text-xs">Imported</span> : null}
        </p>
        <Link to={paths.article.getHref(hit.id)} className="mt-1 block font-reading text-lg font-medium leading-snug text-ink underline-offset-4 hover:underline">
          <HighlightedText text={hit.title} terms={hit.terms} />
        </Link>
        <p className="mt-2 font-reading text-base leading-relaxed text-muted">
          <HighlightedText text={hit.snippet} terms={hit.terms} />
        </p>
        {onSearchStory === null ? null : (
          <button type="button" onClick={() => onSearchStory(hit.storyId)} className="mt-2 text-sm font-medium text-accent underline underline-offset-4">
            Search only this story
          </button>
        )}
      </li>
    );
  },
  (before, after) => before.onSearchStory === after.onSearchStory && sameHit(before.hit, after.hit),
);

/** Ranked reports for the query, their matched words marked, from the search worker. */
export function SearchResults({ query, filters, listId, onSearchStory }: SearchResultsProps) {
  // The reader's imported articles are searched too (the local library refetches this list
  // after every import, delete and undo).
  useImportedArticlesInSearch(useQuery(importedArticlesQueryOptions()).data ?? NONE);
  const search = useSearchResults(query, filters);
  const results = search.data;
  const hits = results?.hits ?? [];
  // The previous results stay while the next are on their way, dimmed only if that takes a while.
  const stale = useHeldFor(search.isPlaceholderData, DIM_AFTER_MS);
  const status = search.isError
    ? 'Search is not available right now. Try again in a moment.'
    : results === undefined
      ? 'Searching…'
      : announce(results.total, results.hits.length, results.query);
  return (
    <section aria-label="Search results" data-search-ms={results?.tookMs.toFixed(1)}>
      <p role="status" className="mb-4 text-sm text-muted">
        {status}
      </p>
      {results !== undefined && hits.length > 0 ? (
        <ol
          id={listId}
          className={`divide-y divide-line rounded-2xl border border-line bg-surface ${stale ? 'opacity-70' : ''}`}
          aria-label={`Results for “${results.query}”`}
          // What the dimming shows the eye: these are the last words' results, the next are coming.
          aria-busy={stale ? true : undefined}
        >
          {hits.map((hit) => (
            <ResultItem key={hit.id} hit={hit} onSearchStory={filters.story === null ? onSearchStory : null} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
