import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { Breadcrumbs } from '../../components/ui/breadcrumbs.tsx';
import { secondaryButton } from '../../components/ui/button-classes.ts';
import { useArticle } from '../../lib/data/article.ts';
import { useLibraryIndex } from '../../lib/data/library-index.ts';
import { formatIsoDate, smartenPunctuation } from '../../lib/format.ts';
import { paths } from '../../lib/paths.ts';
import { useReadingPosition } from '../../lib/reading-position.ts';
import { useReadingSettings, type TextSize } from '../../lib/reading-settings.ts';
import { OtherReports } from './other-reports.tsx';
import { ReadingSettingsBar } from './reading-settings-bar.tsx';
import { SourceLink } from './source-link.tsx';

const BODY_SIZE: Record<TextSize, string> = {
  small: 'text-[1.0625rem]',
  medium: 'text-[1.1875rem]',
  large: 'text-[1.375rem]',
  'x-large': 'text-[1.625rem]',
};

export function ReaderPage() {
  const { articleId = '' } = useParams();
  const article = useArticle(articleId);
  const index = useLibraryIndex();
  const [settings] = useReadingSettings();
  useReadingPosition(article.id, '.reading-body');
  const story = index.stories.find((candidate) => candidate.id === article.storyId);
  const siblings = story?.articles.filter((other) => other.id !== article.id) ?? [];
  const title = article.headline ?? article.headlineDerived ?? article.outlet.name;

  useEffect(() => {
    document.title = `${title} — ${article.outlet.name} · Parallax`;
  }, [title, article.outlet.name]);

  return (
    <div className="mx-auto max-w-3xl px-4 py-6 wrap-break-word sm:py-10">
      <Breadcrumbs trail={[{ label: 'Library', to: paths.library.getHref() }]} className="mb-6" />
      <ReadingSettingsBar />
      <article lang="en" className="mt-6">
        <header className="mx-auto max-w-[68ch]">
          <p className="text-sm font-semibold uppercase tracking-wider text-muted">
            <bdi>{article.outlet.name}</bdi>
            {article.outlet.short !== article.outlet.name ? (
              <span className="sr-only">
                {' '}
                (<bdi>{article.outlet.short}</bdi>)
              </span>
            ) : null}
          </p>
          <h1 dir="auto" className="mt-2 font-reading text-3xl font-semibold leading-tight sm:text-4xl">{smartenPunctuation(title)}</h1>
          {article.headline === null ? (
            <p className="mt-2 flex items-center gap-2 text-sm text-muted">
              <Badge>Derived title</Badge>
              <span>The digest gives no headline for this report; this title is taken from its opening sentence.</span>
            </p>
          ) : null}
          <p className="mt-3 text-sm text-muted">
            {article.dateline.kind === 'updated' ? 'Updated ' : 'Published '}
            <time dateTime={article.publishedAt}>{formatIsoDate(article.publishedAt)}</time>
            {article.dateline.time === null ? null : <span>, {article.dateline.time}</span>}
            <span aria-hidden="true"> · </span>
            {Math.max(1, Math.round(article.wordCount / 230))} min read
          </p>
        </header>

        {siblings.length > 0 ? (
          <nav aria-label="Compare this report" className="mx-auto mt-4 flex max-w-[68ch] flex-wrap gap-2">
            {siblings.map((other) => (
              <Link key={other.id} to={paths.compare.getHref(article.id, other.id)} className={secondaryButton}>
                Compare with <bdi>{other.outlet.name}</bdi>
              </Link>
            ))}
          </nav>
        ) : null}

        {article.caption !== null || article.credit !== null ? (
          <figure className="mx-auto mt-6 max-w-[68ch] border-l-4 border-line pl-4">
            {/* The label is the interface's (left to right); the caption keeps its own direction in a <bdi>. */}
            <figcaption className="text-sm leading-relaxed text-muted">
              <span className="font-medium">Photo: </span>
              {article.caption === null ? null : <bdi>{smartenPunctuation(article.caption)}</bdi>}
              {article.credit === null ? null : <bdi className="ml-1 text-xs uppercase tracking-wide">{article.credit}</bdi>}
            </figcaption>
          </figure>
        ) : null}

        <div className={`reading-body mx-auto mt-8 max-w-[68ch] font-reading leading-[1.7] ${BODY_SIZE[settings.textSize]}`}>
          {article.paragraphs.map((paragraph, index) => (
            <p key={index} dir="auto" className="mb-[1.1em]">
              {smartenPunctuation(paragraph)}
            </p>
          ))}
        </div>

        <footer className="mx-auto mt-8 max-w-[68ch] border-t border-line pt-6 text-sm">
          <SourceLink url={article.sourceUrl} source={article.source} />
        </footer>
      </article>
      <OtherReports reports={siblings} />
    </div>
  );
}
