import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { primaryButton, secondaryButton } from '../../components/ui/button-classes.ts';
import { dismissDeletionNotice, useDeletionNotice } from '../../lib/local-library/deletion-notice.ts';
import { undoDeletion } from '../../lib/local-library/deletion.ts';

/**
 * After an imported story is deleted: “Deleted … — Undo”. The card that held the focus is gone,
 * so focus moves to Undo; after Undo it moves to the restored story's heading.
 */
export function UndoNotice() {
  const notice = useDeletionNotice();
  const queryClient = useQueryClient();
  const undoButton = useRef<HTMLButtonElement>(null);
  const noticeId = notice?.id ?? 0;
  const kind = notice?.kind ?? null;
  const restoredId = notice?.kind === 'restored' ? notice.storyId : null;

  useEffect(() => {
    if (kind === 'deleted') undoButton.current?.focus();
    if (restoredId === null) return;
    // The library renders the restored card a moment after the data arrives: wait for it briefly.
    let tries = 0;
    let timer = 0;
    const focusRestored = (): void => {
      const heading = document.getElementById(`story-${restoredId}`);
      if (heading !== null) heading.focus();
      else if (tries++ < 20) timer = window.setTimeout(focusRestored, 50);
      else document.getElementById('main')?.focus();
    };
    focusRestored();
    return () => window.clearTimeout(timer);
  }, [noticeId, kind, restoredId]);

  const messageId = useId();
  // The notice goes with the button that has the focus: give the focus to the page, not to nothing.
  const dismiss = (): void => {
    dismissDeletionNotice();
    document.getElementById('main')?.focus();
  };

  const small = 'px-3 py-1.5 text-sm';
  return (
    <div className="pointer-events-none fixed inset-x-0 top-4 z-40 flex justify-center px-4">
      {/* A failure is an alert (announced even though it arrives with the region); Undo is described by the message it undoes. */}
      <div role={kind === 'failed' ? 'alert' : 'status'} className="w-full max-w-md">
        {notice === null ? null : (
          <div className="pointer-events-auto flex flex-wrap items-center gap-3 rounded-xl border border-line bg-surface px-4 py-3 text-sm text-ink shadow-lg">
            <p id={messageId} className="flex-1">
              {notice.kind === 'deleted' ? `Deleted “${notice.title}”.` : notice.kind === 'restored' ? `Restored “${notice.title}”.` : notice.message}
            </p>
            {notice.kind === 'deleted' ? (
              <button ref={undoButton} type="button" aria-describedby={messageId} className={`${primaryButton} ${small}`} onClick={() => void undoDeletion(queryClient)}>
                Undo
              </button>
            ) : null}
            <button type="button" aria-describedby={messageId} className={`${secondaryButton} ${small}`} onClick={dismiss}>
              Dismiss
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
