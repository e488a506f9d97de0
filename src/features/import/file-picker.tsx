import { useId, useState, type DragEvent, type Ref } from 'react';

interface FilePickerProps {
  busy: boolean;
  onFiles: (files: File[]) => void;
  /** The file input, for the page to return focus to (after Discard). */
  inputRef?: Ref<HTMLInputElement>;
}

/** Choose one or many digest files, or drop them here. The file input is the keyboard path. */
export function FilePicker({ busy, onFiles, inputRef }: FilePickerProps) {
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0 && !busy) onFiles(files);
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-2xl border border-line bg-surface p-5">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Import digest files
      </h2>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={`mt-3 rounded-xl border-2 border-dashed p-6 text-center ${over ? 'border-accent bg-badge' : 'border-line'}`}
      >
        <label htmlFor={`${id}-files`} className="block font-medium">
          Digest files (.txt)
        </label>
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          Choose one or more files, or drop them here. A file exported from Parallax holds several stories.
        </p>
        <input
          ref={inputRef}
          id={`${id}-files`}
          type="file"
          accept=".txt,text/plain"
          multiple
          disabled={busy}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Cleared so that choosing the same file again reads it again.
            event.target.value = '';
            if (files.length > 0) onFiles(files);
          }}
          className="mt-3 block w-full text-sm file:mr-3 file:rounded-lg file:border file:border-line file:bg-surface file:px-3 file:py-1.5 file:font-medium"
        />
      </div>
    </section>
  );
}
