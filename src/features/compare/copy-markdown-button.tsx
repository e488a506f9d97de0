import { useRef, useState } from 'react';
import { secondaryButton } from '../../components/ui/button-classes.ts';

interface CopyMarkdownButtonProps {
  getMarkdown: () => string;
}

type Status = 'idle' | 'copied' | 'manual';

/** Copies the comparison as Markdown; where the clipboard is refused, shows it to copy by hand. */
export function CopyMarkdownButton({ getMarkdown }: CopyMarkdownButtonProps) {
  const [status, setStatus] = useState<Status>('idle');
  const [text, setText] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);

  const copy = async (): Promise<void> => {
    const markdown = getMarkdown();
    setText(markdown);
    try {
      await navigator.clipboard.writeText(markdown);
      setStatus('copied');
    } catch {
      setStatus('manual');
      const element = dialog.current;
      if (element !== null && typeof element.showModal === 'function') element.showModal();
      else element?.setAttribute('open', '');
    }
  };

  return (
    <>
      <button type="button" className={secondaryButton} onClick={() => void copy()}>
        Copy as Markdown
      </button>
      <span role="status" className="text-sm text-muted">
        {status === 'copied' ? 'Copied to the clipboard.' : ''}
      </span>
      <dialog ref={dialog} aria-labelledby="markdown-dialog-title" className="compare-dialog" onClose={() => setStatus('idle')}>
        <h2 id="markdown-dialog-title" className="text-lg font-semibold">
          Copy as Markdown
        </h2>
        <p className="mt-1 text-sm text-muted">The clipboard is not available here: select the text and copy it.</p>
        <textarea readOnly value={text} aria-label="The comparison as Markdown" className="mt-3 h-72 w-full rounded-lg border border-line bg-page p-2 font-mono text-sm text-ink" />
        <form method="dialog" className="mt-3 text-right">
          <button type="submit" className={secondaryButton}>
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
