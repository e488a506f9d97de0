import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { primaryButton, secondaryButton } from '../../components/ui/button-classes.ts';
import type { DamagedRecord } from '../../lib/local-library/library-store.ts';
import { refreshLocalLibrary } from '../../lib/local-library/queries.ts';

interface DamagedRecordsProps {
  /** The stored records the library could not read (from the library's last read). */
  damaged: readonly DamagedRecord[];
}

const records = (count: number): string => `${count} damaged ${count === 1 ? 'record' : 'records'}`;

/** An Error's or a DOMException's message (a DOMException is not an Error in every realm). */
function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string' ? error.message : 'unknown error';
}

type Outcome = { kind: 'removed'; message: string } | { kind: 'failed'; message: string };

/**
 * The local library holds records it cannot read: say how many and which, and offer to remove
 * them (after a confirmation: unreadable records cannot be exported or brought back). Focus
 * follows each step, so a keyboard user is never left on a button that has gone: the Remove
 * button keeps it while the removal runs (marked aria-disabled, not disabled, which would drop
 * it), then the outcome takes it. The outcome has no live role: being focused, it is read once.
 */
export function DamagedRecords({ damaged }: DamagedRecordsProps) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  // Set when Cancel is chosen: the Remove button comes back and takes the focus.
  const refocusRemove = useRef(false);

  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (refocusRemove.current) {
      refocusRemove.current = false;
      removeButton.current?.focus();
    } else if (outcomeRef.current !== null && (document.activeElement === null || document.activeElement === document.body)) {
      // The question closed after a removal with the focus in it (on the busy button, clicked
      // again while the library was read again): it went with the question, so the outcome takes it.
      outcomeRef.current.focus();
    }
  }, [confirming]);
  useEffect(() => {
    if (outcome !== null) outcomeRef.current?.focus();
  }, [outcome]);

  if (damaged.length === 0 && outcome === null) return null;

  const count = damaged.length;
  const remove = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    try {
      let removed: DamagedRecord[];
      try {
        const { removeDamagedRecords } = await import('../../lib/local-library/library-store.ts');
        removed = await removeDamagedRecords(damaged);
      } catch (error) {
        // One transaction: a failure removes nothing.
        setOutcome({ kind: 'failed', message: `The damaged records could not be removed, so nothing was removed: ${messageOf(error)}` });
        return;
      }
      const kept = count - removed.length;
      const message = `Removed ${records(removed.length)}.${kept > 0 ? ` ${kept} could be read again and ${kept === 1 ? 'was' : 'were'} kept.` : ''}`;
      // Said before the library is read again: the records are gone either way, and the section
      // must not be left with nothing to show (no damaged records, no outcome) while it is read.
      setOutcome({ kind: 'removed', message });
      try {
        await refreshLocalLibrary(queryClient);
      } catch (error) {
        // The removal is done; only the page's copy of the library is out of date.
        setOutcome({ kind: 'removed', message: `${message} The library could not be read again (${messageOf(error)}): reload the page to see it as it is now.` });
      }
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <section aria-labelledby="damaged-records-heading" className="rounded-2xl border-2 border-danger bg-surface p-5">
      <h2 id="damaged-records-heading" className="text-xl font-semibold">
        {count === 0 ? 'Damaged records' : `${count === 1 ? 'One stored record' : `${count} stored records`} cannot be read`}
      </h2>
      {outcome === null ? null : (
        <p ref={outcomeRef} tabIndex={-1} className={`mt-2 outline-none ${outcome.kind === 'failed' ? 'font-medium' : ''}`}>
          {outcome.message}
        </p>
      )}
      {count === 0 ? null : (
        <>
          <p className="mt-2">
            {count === 1 ? 'It is' : 'They are'} left out of the library, search and exports. This browser’s copy is damaged (or was written by a faulty version) and cannot be repaired here: remove{' '}
            {count === 1 ? 'it' : 'them'}, then import the stories again if you still have their digests.
          </p>
          <ul className="mt-3 list-disc space-y-1 pl-6 text-sm" aria-label="Damaged records">
            {damaged.map((record) => (
              <li key={`${record.store}:${record.id}`}>
                <span className="font-medium">{record.store === 'stories' ? 'Story' : 'Article'} {record.id}</span>: {record.problem}
              </li>
            ))}
          </ul>
          {confirming ? (
            <div className="mt-4 rounded-xl border border-line p-4">
              <p ref={question} id="damaged-records-question" tabIndex={-1} className="font-medium outline-none">
                Remove {count === 1 ? 'this record' : `these ${count} records`} from this browser for good? {count === 1 ? 'It' : 'They'} cannot be read, so {count === 1 ? 'it' : 'they'} cannot be exported or brought back.
              </p>
              <div className="mt-3 flex flex-wrap gap-3">
                <button type="button" className={primaryButton} aria-describedby="damaged-records-question" aria-disabled={busy} onClick={() => void remove()}>
                  {busy ? 'Removing…' : `Remove ${records(count)}`}
                </button>
                <button
                  type="button"
                  className={secondaryButton}
                  aria-disabled={busy}
                  onClick={() => {
                    if (busy) return;
                    refocusRemove.current = true;
                    setConfirming(false);
                  }}
                >
                  {count === 1 ? 'Keep it' : 'Keep them'}
                </button>
              </div>
            </div>
          ) : (
            <button ref={removeButton} type="button" className={`${secondaryButton} mt-4`} onClick={() => setConfirming(true)}>
              Remove damaged records…
            </button>
          )}
        </>
      )}
    </section>
  );
}
