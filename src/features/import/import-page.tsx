import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs.tsx';
import { useLibraryIndex } from '../../lib/data/library-index.ts';
import { paths } from '../../lib/paths.ts';
import { ArticleForm } from './article-form.tsx';
import { DamagedRecords } from './damaged-records.tsx';
import { ExportImports } from './export-imports.tsx';
import { FilePicker } from './file-picker.tsx';
import { ImportPreview } from './import-preview.tsx';
import { ImportProblems } from './import-problems.tsx';
import { PasteForm } from './paste-form.tsx';
import { useImportFlow } from './use-import-flow.ts';

/** `/import`: bring digests into this browser's own library. */
export function ImportPage() {
  const { phase, choices, read, readFiles, save, discard, choose, local } = useImportFlow();
  const library = useLibraryIndex();
  const importedCount = library.stories.filter((story) => story.imported).length;
  const problemsHeading = useRef<HTMLHeadingElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const outcome = useRef<HTMLHeadingElement>(null);
  const nothingFound = useRef<HTMLParagraphElement>(null);
  const pageHeading = useRef<HTMLHeadingElement>(null);
  // Where the digests being previewed came from: Discard returns the focus there.
  const pasteField = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const articleField = useRef<HTMLInputElement>(null);
  const origin = useRef<HTMLElement | null>(null);
  const busy = phase.kind === 'reading' || phase.kind === 'saving';
  const cannotSave = local.available ? null : local.message;
  const damaged = local.available ? local.damaged : [];
  const round = 'round' in phase ? phase.round : 0;

  useEffect(() => {
    document.title = 'Import digests · Parallax';
  }, []);

  // Each new result takes focus: the problems first (a reader must see them), else the preview.
  useEffect(() => {
    if (phase.kind === 'preview') {
      const found = phase.failures.length > 0 ? problemsHeading : phase.candidates.length > 0 ? previewHeading : nothingFound;
      found.current?.focus();
    }
    if (phase.kind === 'saved' || phase.kind === 'error') outcome.current?.focus();
    // Only when a new result arrives, not on every change of choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [phase.kind, round]);

  const showResult = phase.kind === 'preview' || phase.kind === 'saving';

  // The preview (and the focused Discard with it) goes: focus returns to the field the digests
  // came from, so the reader can correct them or choose others; failing that, the page heading.
  const discardPreview = (): void => {
    discard();
    const target = origin.current;
    if (target?.isConnected === true) target.focus();
    else pageHeading.current?.focus();
  };

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <Breadcrumbs trail={[{ label: 'Library', to: paths.library.getHref() }]} />
      <h1 ref={pageHeading} tabIndex={-1} className="mt-4 font-reading text-4xl font-semibold tracking-tight outline-none">
        Import digests
      </h1>
      <p className="mt-2 text-muted">
        Add stories of your own. They are read with the same parser as the bundled library, kept only in this browser, and shown with an “Imported” badge.
      </p>

      {local.available ? null : (
        <div role="alert" className="mt-6 rounded-xl border-2 border-danger bg-surface p-4">
          <p className="font-semibold">Imported stories cannot be saved in this browser.</p>
          <p className="mt-1">{local.message}</p>
        </div>
      )}
      <div className="mt-6 empty:hidden">
        <DamagedRecords damaged={damaged} />
      </div>

      <div className="mt-8 space-y-6">
        <p role="status" className="sr-only">
          {phase.kind === 'reading' ? 'Reading the digests…' : phase.kind === 'saving' ? 'Saving…' : ''}
        </p>
        {phase.kind === 'reading' ? <p className="text-muted">Reading the digests…</p> : null}

        {showResult && phase.failures.length > 0 ? <ImportProblems ref={problemsHeading} failures={phase.failures} digestText={phase.digestText} /> : null}
        {showResult && phase.candidates.length > 0 ? (
          <ImportPreview
            ref={previewHeading}
            candidates={phase.candidates}
            choices={choices}
            onChoose={choose}
            onSave={() => void save()}
            onDiscard={discardPreview}
            saving={phase.kind === 'saving'}
            cannotSave={cannotSave}
          />
        ) : null}
        {showResult && phase.candidates.length === 0 && phase.failures.length === 0 ? (
          <p ref={nothingFound} tabIndex={-1} className="outline-none">
            No digests were found.
          </p>
        ) : null}

        {phase.kind === 'saved' ? (
          <section aria-labelledby="import-saved-heading" className="rounded-2xl border border-line bg-surface p-5">
            <h2 id="import-saved-heading" ref={outcome} tabIndex={-1} className="text-xl font-semibold outline-none">
              Saved {phase.stories.length} {phase.stories.length === 1 ? 'story' : 'stories'} to your library
            </h2>
            <ul className="mt-3 list-disc space-y-1 pl-6">
              {phase.stories.map((story) => (
                <li key={story.storyId}>
                  <Link to={paths.article.getHref(story.firstArticleId)} className="text-accent underline underline-offset-4">
                    {story.title}
                  </Link>
                </li>
              ))}
            </ul>
            <p className="mt-3">
              <Link to={paths.library.getHref()} className="font-medium text-accent underline underline-offset-4">
                Go to the library
              </Link>
            </p>
          </section>
        ) : null}
        {phase.kind === 'error' ? (
          <section role="alert" aria-labelledby="import-error-heading" className="rounded-2xl border-2 border-danger bg-surface p-5">
            <h2 id="import-error-heading" ref={outcome} tabIndex={-1} className="text-xl font-semibold text-danger outline-none">
              Nothing was saved
            </h2>
            <p className="mt-2">{phase.message}</p>
          </section>
        ) : null}

        <PasteForm
          busy={busy}
          fieldRef={pasteField}
          onImport={(text) => {
            origin.current = pasteField.current;
            void read([{ name: null, label: 'pasted text', text }]);
          }}
        />
        <FilePicker
          busy={busy}
          inputRef={fileInput}
          onFiles={(files) => {
            origin.current = fileInput.current;
            void readFiles(files);
          }}
        />
        <ArticleForm
          busy={busy}
          firstFieldRef={articleField}
          onImport={(text) => {
            origin.current = articleField.current;
            void read([{ name: null, label: 'the article form', text }], [], text);
          }}
        />
        <ExportImports storyCount={importedCount} damagedCount={damaged.length} />
      </div>
    </div>
  );
}
