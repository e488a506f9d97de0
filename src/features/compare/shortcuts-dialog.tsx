import type { RefObject } from 'react';
import { secondaryButton } from '../../components/ui/button-classes.ts';

const SHORTCUTS: [string, string][] = [
  ['n', 'Next fact'],
  ['p', 'Previous fact'],
  ['Enter', 'Select the highlight that has focus'],
  ['Tab', 'Move between highlights'],
  ['Escape', 'Clear the selection'],
  ['?', 'Show these shortcuts'],
];

/**
 * Open with `showDialog(ref.current)`; the browser's dialog keeps focus inside and closes on Escape.
 * Focus goes to Close here, when the dialog opens, not through React's `autoFocus`: React calls
 * `focus()` on such an element when it mounts, hidden in the closed dialog or not, and that call
 * made the browser compute the whole page's style inside the comparison's first commit (issue #5,
 * docs/decisions/011-no-static-app-shell.md).
 */
export function showDialog(element: HTMLDialogElement | null): void {
  if (element === null || element.open) return;
  if (typeof element.showModal === 'function') element.showModal();
  else element.setAttribute('open', '');
  element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
}

export function ShortcutsDialog({ dialogRef }: { dialogRef: RefObject<HTMLDialogElement | null> }) {
  return (
    <dialog ref={dialogRef} aria-labelledby="shortcuts-title" className="compare-dialog">
      <h2 id="shortcuts-title" className="text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {SHORTCUTS.map(([key, action]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-line bg-badge px-1.5 py-0.5 font-mono text-badge-ink">{key}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4 text-right">
        <button type="submit" className={secondaryButton} data-autofocus="">
          Close
        </button>
      </form>
    </dialog>
  );
}
