import { useQuery } from '@tanstack/react-query';
import { memo, useDeferredValue } from 'react';
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
 * How many results a new answer renders at once: more than the tallest screen shows. The rest
 * (up to SEARCH_RESULT_LIMIT) follow in a render React defers until after that one, so a
 * keystroke's results reach the screen without building thirty rows first (each a link and
 * three highlighted texts; at 10,000 articles nearly every query fills all thirty).
 */
const FIRST_RESULT_ROWS = 8;

interface ResultItemProps {
  hit: SearchHit;
  /** Null when the search is already narrowed to one story. */
  onSearchStory: ((storyId: string) => void) | null;
}

/**
 * One result. Memoised: each keystroke re-renders the list with the previous results until the
 * next ones arrive, and those unchanged hits (the same objects) need no new highlighting. Off
 * screen, the browser skips its layout and paint (`content-visibility`), so a keystroke lays
 * out the screenful the reader sees, not all thirty.
 */
const ResultItem = memo(function ResultItem({ hit, onSearchStory }: ResultItemProps) {
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
});

/** Ranked reports for the query, their matched words marked, from the search worker. */
export function SearchResults({ query, filters, listId, onSearchStory }: SearchResultsProps) {
  // The reader's imported articles are searched too (the local library refetches this list
  // after every import, delete and undo).
  useImportedArticlesInSearch(useQuery(importedArticlesQueryOptions()).data ?? NONE);
  const search = useSearchResults(query, filters);
  const results = search.data;
  // The answer before this one while React first renders a new one, then this one: for an answer
  // to different words, the rows past the first few wait for that second, deferred render. A new
  // answer to the same words (asked again after an import, or on coming back to this search)
  // keeps every row, so neither the focus on a row past the first few nor the scroll is lost.
  const settled = useDeferredValue(results);
  const firstRowsOnly = results !== undefined && settled !== results && settled?.query !== results.query;
  const hits = results === undefined ? [] : firstRowsOnly ? results.hits.slice(0, FIRST_RESULT_ROWS) : results.hits;
  // The count is the answer's from its first render, so for the moment before the deferred one
  // it names more rows than are in: announcing twice would be worse (docs/decisions/009).
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
        <ol id={listId} className={`divide-y divide-line rounded-2xl border border-line bg-surface ${search.isPlaceholderData ? 'opacity-70' : ''}`} aria-label={`Results for “${results.query}”`}>
          {hits.map((hit) => (
            <ResultItem key={hit.id} hit={hit} onSearchStory={filters.story === null ? onSearchStory : null} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
