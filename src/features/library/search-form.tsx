import { useId, useLayoutEffect } from 'react';
import type { LibraryFilters } from './library-filters.ts';
import { OutletFilter } from './outlet-filter.tsx';

interface SearchFormProps {
  query: string;
  filters: LibraryFilters;
  outlets: readonly string[];
  /** The title of the story the search is narrowed to, if it is. */
  storyTitle: string | null;
  onQuery: (query: string) => void;
  /** The box lost focus: the address should hold the query now. */
  onCommit: () => void;
  onFilters: (change: Partial<LibraryFilters>) => void;
  /** Arrow Down in the box: move to the first result. */
  onLeaveBox: () => void;
  /** The search box, for the page to move focus to (when the control that had it goes away). */
  box: React.RefObject<HTMLInputElement | null>;
}

/**
 * Typing `/` anywhere but in a field jumps to the search box, as on many reading sites. The key is
 * listened for from before the page first paints (a layout effect), so a `/` pressed as soon as the
 * library shows is not lost (a passive effect runs after paint: the end-to-end test pressed it in
 * that gap under load).
 */
function useSlashToFocus(input: React.RefObject<HTMLInputElement | null>): void {
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target;
      if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [input]);
}

const fieldClass = 'rounded-lg border border-line bg-surface px-3 py-2 text-ink';

export function SearchForm({ query, filters, outlets, storyTitle, onQuery, onCommit, onFilters, onLeaveBox, box: input }: SearchFormProps) {
  const id = useId();
  useSlashToFocus(input);
  return (
    <form role="search" aria-label="Library" className="mb-6 flex flex-col gap-3" onSubmit={(event) => event.preventDefault()}>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}q`} className="text-sm font-medium text-muted">
          Search headlines, reports and outlets <kbd aria-hidden="true" className="ml-1 rounded border border-line px-1 text-xs">/</kbd>
        </label>
        <input
          ref={input}
          id={`${id}q`}
          type="search"
          value={query}
          autoComplete="off"
          aria-keyshortcuts="/"
          // Narrowed to one story, the box says so: focus lands here when that narrowing changes.
          aria-describedby={storyTitle === null ? undefined : `${id}story`}
          onChange={(event) => onQuery(event.target.value)}
          onBlur={onCommit}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              onLeaveBox();
            }
          }}
          className={`${fieldClass} w-full text-lg`}
        />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <OutletFilter outlets={outlets} value={filters.outlet} onChange={(outlet) => onFilters({ outlet })} />
        {(['from', 'to'] as const).map((bound) => (
          <div key={bound} className="flex flex-col gap-1">
            <label htmlFor={`${id}${bound}`} className="text-sm font-medium text-muted">
              {bound === 'from' ? 'From' : 'To'}
            </label>
            <input
              id={`${id}${bound}`}
              type="date"
              value={filters[bound] ?? ''}
              onChange={(event) => onFilters({ [bound]: event.target.value === '' ? null : event.target.value })}
              className={fieldClass}
            />
          </div>
        ))}
        {storyTitle === null ? null : (
          <p className="flex items-center gap-2 text-sm">
            <span id={`${id}story`}>
              In the story <q>{storyTitle}</q>
            </span>
            <button
              type="button"
              // This button goes with the narrowing: the page moves focus to the box once it has.
              onClick={() => onFilters({ story: null })}
              className="font-medium text-accent underline underline-offset-4">
              All stories
            </button>
          </p>
        )}
      </div>
    </form>
  );
}
