import { Link } from 'react-router';
import { useLocalLibraryStatus } from '../../lib/data/library-index.ts';
import { paths } from '../../lib/paths.ts';

/**
 * The library fell back to the bundled stories (no local library in this browser), or some
 * imported records were damaged and left out: say so rather than leave stories missing
 * silently, and point to the import page, where damaged records can be removed.
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
              {status.damaged.length === 1 ? 'One stored record of your imports cannot be read' : `${status.damaged.length} stored records of your imports cannot be read`}: what{' '}
              {status.damaged.length === 1 ? 'it holds is' : 'they hold is'} not shown.
            </p>
            <ul className="mt-1 list-disc pl-5">
              {status.damaged.map((record) => (
                <li key={`${record.store}:${record.id}`}>
                  {record.store === 'stories' ? 'Story' : 'Article'} {record.id}: {record.problem}
                </li>
              ))}
            </ul>
            <p className="mt-2">
              <Link to={paths.importDigests.getHref()} className="font-medium text-accent underline underline-offset-4">
                Review and remove damaged records
              </Link>{' '}
              on the import page.
            </p>
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
