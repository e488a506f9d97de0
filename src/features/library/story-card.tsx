import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { StoryEntry } from '../../engine/index.ts';
import { Badge, DerivedTitleBadge } from '../../components/ui/badge.tsx';
import { secondaryButton } from '../../components/ui/button-classes.ts';
import { formatIsoDate } from '../../lib/format.ts';
import { paths } from '../../lib/paths.ts';

interface StoryCardProps {
  /** `imported` (from useLibraryIndex) marks a story from this browser's local library. */
  story: StoryEntry & { imported?: boolean };
}

/** The id of a story card's heading: Undo after a delete moves focus back to it. */
export const storyHeadingId = (storyId: string): string => `story-${storyId}`;

function DeleteStoryButton({ story, headingId }: { story: StoryEntry; headingId: string }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={`${secondaryButton} px-3 py-1.5 text-sm`}
      aria-describedby={headingId}
      disabled={busy}
      onClick={() => {
        setBusy(true);
        // Loaded on the first delete: the library's first page carries no storage code.
        void import('../../lib/local-library/deletion.ts')
          .then(({ deleteImportedStoryWithUndo }) => deleteImportedStoryWithUndo(queryClient, story.id, story.title))
          .finally(() => setBusy(false));
      }}
    >
      {busy ? 'Deleting…' : 'Delete imported story'}
    </button>
  );
}

export function StoryCard({ story }: StoryCardProps) {
  const headingId = storyHeadingId(story.id);
  const imported = story.imported === true;
  const outlets = [...new Set(story.articles.map((article) => article.outlet.name))];
  return (
    <article aria-labelledby={headingId} className="rounded-2xl border border-line bg-surface p-5 shadow-sm sm:p-6">
      <p className="text-sm text-muted">
        <time dateTime={story.publishedAt}>{formatIsoDate(story.publishedAt)}</time>
        <span aria-hidden="true"> · </span>
        <span>{outlets.join(', ')}</span>
        {imported ? (
          <>
            {' '}
            <Badge title="You imported this story; it is kept in this browser only">Imported</Badge>
          </>
        ) : null}
      </p>
      <h2 id={headingId} tabIndex={-1} className="mt-1 font-reading text-2xl font-semibold leading-snug outline-none">
        {story.title}
        {story.titleDerived ? (
          <>
            {' '}
            <DerivedTitleBadge />
          </>
        ) : null}
      </h2>
      {story.articles.length >= 2 && story.articles[0] !== undefined && story.articles[1] !== undefined ? (
        <p className="mt-3 text-sm">
          <Link to={paths.compare.getHref(story.articles[0].id, story.articles[1].id)} aria-describedby={headingId} className="font-medium text-accent underline underline-offset-4">
            {story.articles.length === 2 ? 'Compare the two reports side by side' : 'Compare reports side by side'}
          </Link>
        </p>
      ) : null}
      {imported ? (
        <p className="mt-3">
          <DeleteStoryButton story={story} headingId={headingId} />
        </p>
      ) : null}
      <ul className="mt-4 divide-y divide-line" aria-label={`Reports of this story`}>
        {story.articles.map((article) => {
          const title = article.headline ?? article.headlineDerived ?? article.lede;
          return (
            <li key={article.id} className="py-4 first:pt-2 last:pb-0">
              <Link to={paths.article.getHref(article.id)} className="group block rounded-lg">
                <span className="text-sm font-semibold uppercase tracking-wide text-muted">{article.outlet.name}</span>
                <span className="mt-1 block font-reading text-lg font-medium leading-snug text-ink group-hover:underline">
                  {title}
                </span>
              </Link>
              {article.headline === null ? (
                <p className="mt-1">
                  <Badge title="The digest gives no headline for this report; the title is taken from its lede">Derived title</Badge>
                </p>
              ) : null}
              <p className="mt-2 line-clamp-3 font-reading text-base leading-relaxed text-muted">{article.lede}</p>
              <p className="mt-2 text-sm text-muted">
                <time dateTime={article.publishedAt}>{formatIsoDate(article.publishedAt)}</time>
                <span aria-hidden="true"> · </span>
                {article.readingMinutes} min read
              </p>
            </li>
          );
        })}
      </ul>
    </article>
  );
}
