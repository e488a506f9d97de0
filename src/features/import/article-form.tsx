import { useId, useRef, useState, type Ref, type SyntheticEvent } from 'react';
import { formatDigest, spellIsoDate } from '../../engine/index.ts';
import { primaryButton } from '../../components/ui/button-classes.ts';

interface ArticleFormProps {
  busy: boolean;
  /** The digest built from the fields: it goes through the same parser as any other. */
  onImport: (digestText: string) => void;
  /** The first field, for the page to return focus to (after Discard). */
  firstFieldRef?: Ref<HTMLInputElement>;
}

type Field = 'outlet' | 'date' | 'body';
const LABELS: Record<Field, string> = { outlet: 'Outlet', date: 'Date', body: 'Article text' };

/** Build a one-report digest from form fields. Lines are paragraphs; the digest format does the rest. */
export function buildArticleDigest(fields: { outlet: string; headline: string; date: string; body: string; source: string }): string {
  return formatDigest([
    {
      outlet: { label: fields.outlet.trim() },
      dateline: { kind: 'published', text: spellIsoDate(fields.date), time: null },
      headline: fields.headline.trim() === '' ? null : fields.headline.trim(),
      caption: null,
      credit: null,
      source: fields.source.trim() === '' ? null : fields.source.trim(),
      paragraphs: fields.body.split(/\r\n|\r|\n/u).map((line) => line.trim()).filter((line) => line !== ''),
    },
  ]);
}

/** One article that is not in digest form: outlet, headline, date and text. */
export function ArticleForm({ busy, onImport, firstFieldRef }: ArticleFormProps) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const submit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string): string => {
      const entry = data.get(name);
      return typeof entry === 'string' ? entry : '';
    };
    const fields = { outlet: value('outlet'), headline: value('headline'), date: value('date'), body: value('body'), source: value('source') };
    const found: Partial<Record<Field, string>> = {};
    if (fields.outlet.trim() === '') found.outlet = 'Enter the outlet’s name.';
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(fields.date)) found.date = 'Enter the date it was published.';
    if (fields.body.trim() === '') found.body = 'Paste the article’s text.';
    setErrors(found);
    const first = (['outlet', 'date', 'body'] as const).find((field) => found[field] !== undefined);
    if (first !== undefined) {
      form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onImport(buildArticleDigest(fields));
  };

  const describedBy = (field: Field, hint?: string): string | undefined =>
    [hint, errors[field] === undefined ? undefined : `${id}-${field}-error`].filter((part) => part !== undefined).join(' ') || undefined;
  const errorOf = (field: Field) =>
    errors[field] === undefined ? null : (
      <p id={`${id}-${field}-error`} className="mt-1 text-sm text-danger">
        {errors[field]}
      </p>
    );
  const input = 'mt-1 w-full rounded-lg border border-line bg-surface px-3 py-2 text-ink';

  return (
    <form ref={form} onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} className="rounded-2xl border border-line bg-surface p-5">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Add one article
      </h2>
      <p className="mt-1 text-sm text-muted">For a single report that is not in digest form. It becomes a story of its own.</p>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-outlet`} className="font-medium">
            {LABELS.outlet}
          </label>
          <input ref={firstFieldRef} id={`${id}-outlet`} name="outlet" type="text" required aria-invalid={errors.outlet !== undefined || undefined} aria-describedby={describedBy('outlet')} className={input} />
          {errorOf('outlet')}
        </div>
        <div>
          <label htmlFor={`${id}-date`} className="font-medium">
            {LABELS.date}
          </label>
          <input id={`${id}-date`} name="date" type="date" required aria-invalid={errors.date !== undefined || undefined} aria-describedby={describedBy('date')} className={input} />
          {errorOf('date')}
        </div>
      </div>
      <div className="mt-4">
        <label htmlFor={`${id}-headline`} className="font-medium">
          Headline <span className="font-normal text-muted">(optional)</span>
        </label>
        <input id={`${id}-headline`} name="headline" type="text" className={input} />
      </div>
      <div className="mt-4">
        <label htmlFor={`${id}-body`} className="font-medium">
          {LABELS.body}
        </label>
        <p id={`${id}-body-hint`} className="text-sm text-muted">
          One paragraph per line.
        </p>
        <textarea id={`${id}-body`} name="body" rows={8} required aria-invalid={errors.body !== undefined || undefined} aria-describedby={describedBy('body', `${id}-body-hint`)} className={input} />
        {errorOf('body')}
      </div>
      <div className="mt-4">
        <label htmlFor={`${id}-source`} className="font-medium">
          Source site <span className="font-normal text-muted">(optional, e.g. www.reuters.com)</span>
        </label>
        <input id={`${id}-source`} name="source" type="text" inputMode="url" className={input} />
      </div>
      <button type="submit" className={`${primaryButton} mt-4`} disabled={busy}>
        Check article
      </button>
    </form>
  );
}
