import { useState } from 'react';
import { secondaryButton } from '../../components/ui/button-classes.ts';

interface ExportImportsProps {
  storyCount: number;
  /** Stored records that cannot be read: they cannot be exported, and the page says so. */
  damagedCount: number;
}

function notExported(damaged: readonly { id: string }[]): string {
  if (damaged.length === 0) return '';
  const count = damaged.length;
  return ` ${count === 1 ? '1 damaged record was' : `${count} damaged records were`} not exported (${damaged.map((record) => record.id).join(', ')}).`;
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Every imported story as one digest file, which imports back into the same stories. */
export function ExportImports({ storyCount, damagedCount }: ExportImportsProps) {
  const [status, setStatus] = useState('');
  const run = async (): Promise<void> => {
    try {
      const { exportImportedDigests } = await import('../../lib/local-library/export-imports.ts');
      const result = await exportImportedDigests();
      // Nothing is left out silently: what could not be read is named.
      if (result.storyCount === 0) {
        setStatus(`There are no readable imported stories to export.${notExported(result.damaged)}`);
        return;
      }
      download(result.text, result.fileName);
      setStatus(`Exported ${result.storyCount} ${result.storyCount === 1 ? 'story' : 'stories'} as ${result.fileName}.${notExported(result.damaged)}`);
    } catch (error) {
      setStatus(`The export failed: ${error instanceof Error ? error.message : 'unknown error'}`);
    }
  };
  return (
    <section aria-labelledby="export-heading" className="rounded-2xl border border-line bg-surface p-5">
      <h2 id="export-heading" className="text-lg font-semibold">
        Your imported stories
      </h2>
      <p className="mt-1 text-sm text-muted">
        {storyCount === 0
          ? damagedCount === 0
            ? 'You have not imported any stories yet.'
            : 'None of the imported stories kept in this browser can be read, so there is nothing to export.'
          : `${storyCount} imported ${storyCount === 1 ? 'story is' : 'stories are'} kept in this browser. They work offline and stay after updates; export them to keep a copy or move them to another browser.`}
        {storyCount > 0 && damagedCount > 0 ? ` ${damagedCount === 1 ? 'One damaged record cannot be exported' : `${damagedCount} damaged records cannot be exported`} (see above).` : null}
      </p>
      <button type="button" className={`${secondaryButton} mt-3`} onClick={() => void run()} disabled={storyCount === 0}>
        Export all imports (.txt)
      </button>
      <p role="status" className="mt-2 text-sm">
        {status}
      </p>
    </section>
  );
}
