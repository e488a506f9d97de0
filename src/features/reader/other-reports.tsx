import { Link } from 'react-router';
import type { ArticleSummary } from '../../engine/index.ts';
import { formatIsoDate } from '../../lib/format.ts';
import { paths } from '../../lib/paths.ts';

interface OtherReportsProps {
  reports: readonly ArticleSummary[];
}

export function OtherReports({ reports }: OtherReportsProps) {
  if (reports.length === 0) return null;
  return (
    <nav aria-labelledby="other-reports" className="mx-auto mt-12 max-w-[68ch] rounded-2xl border border-line bg-surface p-5">
      <h2 id="other-reports" className="text-lg font-semibold">
        Other reports of this story
      </h2>
      <ul className="mt-3 space-y-3">
        {reports.map((report) => (
          <li key={report.id}>
            <Link to={paths.article.getHref(report.id)} className="block rounded-lg hover:underline">
              <bdi className="text-sm font-semibold uppercase tracking-wide text-muted">{report.outlet.name}</bdi>
              <span dir="auto" className="block font-reading text-lg leading-snug text-ink">
                {report.headline ?? report.headlineDerived}
              </span>
            </Link>
            <p className="text-sm text-muted">
              <time dateTime={report.publishedAt}>{formatIsoDate(report.publishedAt)}</time>
              {report.headline === null ? ' · derived title' : ''}
            </p>
          </li>
        ))}
      </ul>
    </nav>
  );
}
