import { useEffect, useState, type SyntheticEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs.tsx';
import { primaryButton } from '../../components/ui/button-classes.ts';
import { useLibraryIndex } from '../../lib/data/library-index.ts';
import { paths } from '../../lib/paths.ts';
import { ArticlePicker } from './article-picker.tsx';

/** `/compare`: pick any two reports, of one story or of two. */
export function ComparePickerPage() {
  const index = useLibraryIndex();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const all = index.stories.flatMap((story) => story.articles.map((article) => article.id));
  const wanted = params.get('a');
  const [a, setA] = useState(wanted !== null && all.includes(wanted) ? wanted : (all[0] ?? ''));
  const [b, setB] = useState(() => all.find((id) => id !== a) ?? '');

  useEffect(() => {
    document.title = 'Compare two reports · Parallax';
  }, []);

  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    if (a !== '' && b !== '' && a !== b) void navigate(paths.compare.getHref(a, b));
  };

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <Breadcrumbs trail={[{ label: 'Library', to: paths.library.getHref() }]} />
      <h1 className="mt-4 font-reading text-4xl font-semibold tracking-tight">Compare two reports</h1>
      <p className="mt-2 text-muted">Any two: two outlets on one story, or one story against another.</p>
      {all.length < 2 ? (
        <p className="mt-8 rounded-xl border border-line bg-surface p-6 text-muted">The library needs at least two reports to compare.</p>
      ) : (
        <form onSubmit={submit} className="mt-8 space-y-4 rounded-2xl border border-line bg-surface p-5">
          <div className="flex flex-col gap-4 sm:flex-row">
            <ArticlePicker label="Left report" stories={index.stories} value={a} onChange={setA} />
            <ArticlePicker label="Right report" stories={index.stories} value={b} onChange={setB} />
          </div>
          {a === b ? <p className="text-sm text-danger">Choose two different reports.</p> : null}
          <button type="submit" className={primaryButton} disabled={a === b}>
            Compare
          </button>
        </form>
      )}
    </div>
  );
}
