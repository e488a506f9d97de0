import { useLocalLibraryStatus } from '../../lib/data/library-index.ts';

/**
 * The library fell back to the bundled stories (no local library in this browser), or some
 * imported records were damaged and left out: say so rather than leave stories missing silently.
 */
export function LocalLibraryNotice() {
  const status = useLocalLibraryStatus();
  if (status === null || (status.available && status.damaged.length === 0)) return null;
  return (
    <div className="mx-auto mt-4 max-w-3xl px-4">
      <div role="note" className="rounded-xl border border-line bg-surface p-4 text-sm">
        {status.available ? (
          <>
            <p className="font-semibold">
              {status.damaged.length === 1 ? 'One imported story could not be read' : `${status.damaged.length} imported stories could not be read`} and {status.damaged.length === 1 ? 'is' : 'are'} not shown.
            </p>
            <ul className="mt-1 list-disc pl-5">
              {status.damaged.map((record) => (
                <li key={record.id}>
                  {record.id}: {record.problem}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            <span className="font-semibold">Only the bundled library is shown.</span> {status.message}
          </p>
        )}
      </div>
    </div>
  );
}
