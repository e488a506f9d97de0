import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { StoryEntry } from '../../engine/index.ts';
import { useLibraryIndex } from '../../lib/data/library-index.ts';
import { paths } from '../../lib/paths.ts';
import { OutletFilter } from './outlet-filter.tsx';
import { StoryCard } from './story-card.tsx';

export const OUTLET_PARAM = 'outlet';

function outletsOf(stories: readonly StoryEntry[]): string[] {
  const names = new Set(stories.flatMap((story) => story.articles.map((article) => article.outlet.name)));
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** Stories newest first (the index is sorted by the build), optionally narrowed to one outlet. */
export function LibraryPage() {
  const index = useLibraryIndex();
  const [params, setParams] = useSearchParams();
  const outlets = useMemo(() => outletsOf(index.stories), [index.stories]);
  const wanted = params.get(OUTLET_PARAM);
  const outlet = wanted !== null && outlets.includes(wanted) ? wanted : null;

  const stories = useMemo(
    () =>
      outlet === null
        ? index.stories
        : index.stories
            .map((story) => ({ ...story, articles: story.articles.filter((article) => article.outlet.name === outlet) }))
            .filter((story) => story.articles.length > 0),
    [index.stories, outlet],
  );
  const reportCount = stories.reduce((sum, story) => sum + story.articles.length, 0);

  const chooseOutlet = (next: string | null): void => {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === null) updated.delete(OUTLET_PARAM);
        else updated.set(OUTLET_PARAM, next);
        return updated;
      },
      { replace: true },
    );
  };

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <header className="mb-8 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="font-reading text-4xl font-semibold tracking-tight">Library</h1>
          <p className="mt-2 text-muted">Each story, as the outlets that covered it told it.</p>
          <p className="mt-1 text-sm">
            <Link to={paths.comparePicker.getHref()} className="font-medium text-accent underline underline-offset-4">
              Compare any two reports
            </Link>
          </p>
        </div>
        <OutletFilter outlets={outlets} value={outlet} onChange={chooseOutlet} />
      </header>
      <p className="sr-only" aria-live="polite">
        {`${stories.length} ${stories.length === 1 ? 'story' : 'stories'}, ${reportCount} ${reportCount === 1 ? 'report' : 'reports'}${outlet === null ? '' : ` from ${outlet}`}`}
      </p>
      {stories.length === 0 ? (
        <p className="rounded-xl border border-line bg-surface p-6 text-muted">
          {index.stories.length === 0 ? 'The library is empty: no digests were bundled with this build.' : 'No stories from this outlet.'}
        </p>
      ) : (
        <ol className="space-y-8" aria-label="Stories, newest first">
          {stories.map((story) => (
            <li key={story.id}>
              <StoryCard story={story} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
