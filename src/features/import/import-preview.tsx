import { forwardRef } from 'react';
import { DerivedTitleBadge } from '../../components/ui/badge.tsx';
import { primaryButton, secondaryButton } from '../../components/ui/button-classes.ts';
import { formatIsoDate } from '../../lib/format.ts';
import type { DuplicateChoice, ImportCandidate } from '../../lib/local-library/prepare-import.ts';

interface ImportPreviewProps {
  candidates: readonly ImportCandidate[];
  choices: Readonly<Record<string, DuplicateChoice>>;
  onChoose: (key: string, choice: DuplicateChoice) => void;
  onSave: () => void;
  onDiscard: () => void;
  saving: boolean;
  /** Why nothing can be saved (no local library in this browser), or null. */
  cannotSave: string | null;
}

function dateRange(dates: readonly string[]): string {
  const sorted = [...new Set(dates)].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return '';
  return first === last ? formatIsoDate(first) : `${formatIsoDate(first)} to ${formatIsoDate(last)}`;
}

/** What was found, before anything is saved: each story, its outlets, dates and reports. */
export const ImportPreview = forwardRef<HTMLHeadingElement, ImportPreviewProps>(function ImportPreview(
  { candidates, choices, onChoose, onSave, onDiscard, saving, cannotSave },
  headingRef,
) {
  const count = candidates.length;
  const noun = count === 1 ? 'story' : 'stories';
  return (
    <section aria-labelledby="import-preview-heading" className="rounded-2xl border border-line bg-surface p-5">
      <h2 id="import-preview-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold outline-none">
        Preview: {count} {noun} ready to save
      </h2>
      <p className="mt-1 text-sm text-muted">Nothing is saved until you choose Save.</p>
      <ul className="mt-4 space-y-5">
        {candidates.map((candidate) => {
          const { story, articles } = candidate.digest;
          const outlets = [...new Set(articles.map((article) => article.outlet.name))];
          const legendId = `duplicate-${candidate.key.replace(/[^a-z0-9-]/giu, '-')}`;
          return (
            <li key={candidate.key} className="rounded-xl border border-line p-4">
              <h3 className="font-reading text-lg font-semibold">
                {story.title}
                {story.titleDerived ? (
                  <>
                    {' '}
                    <DerivedTitleBadge />
                  </>
                ) : null}
              </h3>
              <p className="mt-1 text-sm text-muted">
                {candidate.file === null ? 'Pasted text' : candidate.file} · {articles.length} {articles.length === 1 ? 'report' : 'reports'} · {outlets.join(', ')} ·{' '}
                {dateRange(articles.map((article) => article.publishedAt))}
              </p>
              <ul className="mt-2 space-y-1 text-sm" aria-label={`Reports in “${story.title}”`}>
                {articles.map((article) => (
                  <li key={article.id}>
                    <span className="font-medium">{article.outlet.name}</span>, {formatIsoDate(article.publishedAt)}: {article.headline ?? article.headlineDerived}
                    {article.headline === null ? ' (derived title)' : ''} · {article.wordCount} words
                  </li>
                ))}
              </ul>
              {candidate.duplicate ? (
                <fieldset className="mt-3 rounded-lg border border-line p-3" aria-describedby={`${legendId}-note`}>
                  <legend className="px-1 font-medium">You imported this story before</legend>
                  <p id={`${legendId}-note`} className="text-sm text-muted">
                    Replace the earlier import, or keep both (this one is saved as a separate story).
                  </p>
                  <div className="mt-2 flex flex-wrap gap-4">
                    {(['replace', 'keep-both'] as const).map((choice) => (
                      <label key={choice} className="flex items-center gap-2">
                        <input
                          type="radio"
                          name={legendId}
                          value={choice}
                          checked={choices[candidate.key] === choice}
                          onChange={() => onChoose(candidate.key, choice)}
                        />
                        {choice === 'replace' ? 'Replace the earlier import' : 'Keep both'}
                      </label>
                    ))}
                  </div>
                </fieldset>
              ) : null}
            </li>
          );
        })}
      </ul>
      {cannotSave === null ? null : <p className="mt-4 text-danger">{cannotSave}</p>}
      <div className="mt-5 flex flex-wrap gap-3">
        <button type="button" className={primaryButton} onClick={onSave} disabled={saving || cannotSave !== null}>
          {saving ? 'Saving…' : `Save ${count} ${noun} to the library`}
        </button>
        <button type="button" className={secondaryButton} onClick={onDiscard} disabled={saving}>
          Discard
        </button>
      </div>
    </section>
  );
});
