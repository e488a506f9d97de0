import { memo } from 'react';
import { Link } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs.tsx';
import type { Article } from '../../engine/index.ts';
import { paths } from '../../lib/paths.ts';
import type { Side } from './compare-model.ts';

interface CompareHeaderProps {
  articles: Record<Side, Article>;
  source: 'bundled' | 'computed' | null;
}

export const CompareHeader = memo(function CompareHeader({ articles, source }: CompareHeaderProps) {
  const { a, b } = articles;
  return (
    <header className="compare-header flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div>
        <Breadcrumbs trail={[{ label: 'Library', to: paths.library.getHref() }]} />
        <h1 className="mt-2 font-reading text-3xl font-semibold leading-tight">
          {/* Isolated: a bidi override in one name must not reorder the rest of the heading. */}
          <bdi>{a.outlet.name}</bdi> <span className="font-normal text-muted">and</span> <bdi>{b.outlet.name}</bdi>
        </h1>
        <p className="mt-1 text-sm text-muted">
          What they agree on, where they differ, and what only one of them tells.
          {source === 'computed' ? ' Compared in your browser.' : ''}
        </p>
      </div>
      <nav aria-label="This comparison" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link to={paths.compare.getHref(b.id, a.id)} className="text-accent underline underline-offset-4">
          Swap sides
        </Link>
        <Link to={paths.comparePicker.getHref({ a: a.id })} className="text-accent underline underline-offset-4">
          Compare other reports
        </Link>
      </nav>
    </header>
  );
});
