/**
 * Whether this browser holds a local library at all, asked without idb or the stores' code: the
 * data worker's first module answers a first visit's "any imports?" with it (docs/decisions/009).
 */

export const DB_NAME = 'parallax-local-library';

/** The browser's IndexedDB, or undefined where there is none or reading it throws. */
export function indexedDBFactory(): IDBFactory | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : indexedDB;
  } catch {
    return undefined; // some browsers throw on merely reading it when storage is blocked
  }
}

/**
 * Whether the browser certainly holds no local library: `indexedDB.databases()` does not list
 * it. Anything less than certain (no IndexedDB, no `databases()` — Firefox before 126 — or a
 * rejection) is false, and the caller opens the database as before and reports what that says.
 */
export async function localLibraryCertainlyAbsent(): Promise<boolean> {
  const idb = indexedDBFactory();
  const list = (idb as Partial<Pick<IDBFactory, 'databases'>> | undefined)?.databases;
  if (idb === undefined || typeof list !== 'function') return false;
  try {
    return !(await list.call(idb)).some(({ name }) => name === DB_NAME);
  } catch {
    return false;
  }
}
