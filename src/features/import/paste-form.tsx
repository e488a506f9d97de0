import { useId, useState, type Ref, type SyntheticEvent } from 'react';
import { primaryButton } from '../../components/ui/button-classes.ts';

interface PasteFormProps {
  busy: boolean;
  onImport: (text: string) => void;
  /** The text box, for the page to return focus to (after Discard). */
  fieldRef?: Ref<HTMLTextAreaElement>;
}

/** Paste a digest's text. */
export function PasteForm({ busy, onImport, fieldRef }: PasteFormProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    if (text.trim() === '') {
      setEmpty(true);
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    setEmpty(false);
    onImport(text);
  };
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-heading`} className="rounded-2xl border border-line bg-surface p-5">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Paste a digest
      </h2>
      <label htmlFor={`${id}-text`} className="mt-3 block font-medium">
        Digest text
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        One story as an aggregator shows it: each report’s header (“CNN | Published January 6, 2025”) followed by its paragraphs.
      </p>
      <textarea
        ref={fieldRef}
        id={`${id}-text`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={10}
        spellCheck={false}
        aria-describedby={empty ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={empty || undefined}
        className="mt-2 w-full rounded-lg border border-line bg-surface px-3 py-2 font-mono text-sm text-ink"
      />
      {empty ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-danger">
          Paste a digest first.
        </p>
      ) : null}
      <button type="submit" className={`${primaryButton} mt-3`} disabled={busy}>
        Import
      </button>
    </form>
  );
}
