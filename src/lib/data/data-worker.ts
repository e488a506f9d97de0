import type { ImportedEntries } from '../local-library/library-entries.ts';
import { localLibraryCertainlyAbsent } from '../local-library/presence.ts';
import { onWorkerMessage } from '../workers/worker-scope.ts';
import { validateQuickly } from './quick-validate.ts';
import type { ValidationResult } from './validators.ts';

/**
 * What the page asks the data worker: check a payload against a schema and send it back checked
 * (`validate`), only check it (`check`: the page parses its own copy meanwhile, so a large file
 * is not cloned back across threads), read the imported stories, or put names in the reader's
 * alphabetical order (`sort-names`: the first `localeCompare` of a page loads the collation
 * rules, 25–40 ms on this machine, which the page's first render would otherwise wait for).
 */
export type DataRequest =
  | { id: number; op: 'validate'; schema: string; payload: unknown }
  | { id: number; op: 'check'; schema: string; payload: unknown }
  | { id: number; op: 'imported-entries' }
  | { id: number; op: 'sort-names'; names: readonly string[] };

/** Names in alphabetical order, as `localeCompare` orders them (the library's outlet filter). */
export function sortNames(names: readonly string[]): string[] {
  return [...names].sort((a, b) => a.localeCompare(b));
}

// What most first visits never need is loaded only when a request needs it: zod and the schemas
// (a file the fast check cannot vouch for: an article, a comparison, a damaged index) and the
// local library's code (idb, the record checks), when this browser keeps imports. The worker's
// first module then evaluates in a fraction of the time, and the library's first answers (the
// index's check, "no imports", the outlets' order) do not wait for them (docs/decisions/009,
// session 10). Without a worker the page runs this same module (data-worker-client.ts).
let schemas: Promise<typeof import('./validators.ts')> | null = null;
let localLibrary: Promise<typeof import('../local-library/library-entries.ts')> | null = null;

/** `load()` once; a failed load is forgotten, so the next request tries again (this one is answered by the page). */
function once<T>(current: Promise<T> | null, load: () => Promise<T>, forget: () => void): Promise<T> {
  return (
    current ??
    load().catch((error: unknown) => {
      forget();
      throw error;
    })
  );
}

const loadSchemas = (): Promise<typeof import('./validators.ts')> =>
  (schemas = once(schemas, () => import('./validators.ts'), () => (schemas = null)));
const loadLocalLibrary = (): Promise<typeof import('../local-library/library-entries.ts')> =>
  (localLibrary = once(localLibrary, () => import('../local-library/library-entries.ts'), () => (localLibrary = null)));

async function validate(name: unknown, payload: unknown): Promise<ValidationResult> {
  const verdict = validateQuickly(name, payload);
  return verdict.ok === 'unsure' ? (await loadSchemas()).judgeBySchema(verdict.name, verdict.value) : verdict;
}

/** A browser that has never saved an import: nothing to read (`readImportedEntries` answers the same). */
const NO_IMPORTS: ImportedEntries = { entries: [], status: { available: true, damaged: [] } };

async function importedEntries(): Promise<ImportedEntries> {
  // Opening the database would create it; once the local library's code is loaded (it may hold a
  // connection), it answers for itself.
  if (localLibrary === null && (await localLibraryCertainlyAbsent())) return NO_IMPORTS;
  return (await loadLocalLibrary()).readImportedEntries();
}

/** Answers the page's requests; the page runs the same function itself when it has no worker. */
export async function answerDataRequest(request: DataRequest): Promise<unknown> {
  switch (request.op) {
    case 'validate':
      return validate(request.schema, request.payload);
    case 'check': {
      const result = await validate(request.schema, request.payload);
      return result.ok ? { ok: true } : result;
    }
    case 'imported-entries':
      return importedEntries();
    case 'sort-names':
      return sortNames(request.names);
  }
}

let collationWarmed = false;

/**
 * Once the library index's first file has been checked, load the collation rules in a task of
 * their own (a `localeCompare`, 25–40 ms, far more on a loaded machine), so the outlets'
 * `sort-names` that comes after the last part is quick. The worker then sits idle while a split
 * index's parts download; before this, loading the rules was the last step before the first
 * card, with the page waiting (traced at 10,000 articles: 29 ms at load ~14, 117 ms at load
 * ~16; docs/decisions/009). For a one-file index the sort comes right after and waits for this
 * task instead of loading the rules itself: the same cost. Returns whether it scheduled it.
 */
export function warmCollationAfter(request: DataRequest, later: (task: () => void) => void = (task) => setTimeout(task, 0)): boolean {
  if (collationWarmed || request.op !== 'check' || request.schema !== 'library-index') return false;
  collationWarmed = true;
  later(() => sortNames(['b', 'a']));
  return true;
}

// Wired only inside a worker; imported elsewhere (the in-page fallback) this does nothing.
onWorkerMessage((data, reply) => {
  const request = data as DataRequest;
  // A failure must still answer, or the page would wait for ever: the page then answers itself.
  answerDataRequest(request).then(
    (answer) => {
      reply({ id: request.id, answer });
      warmCollationAfter(request);
    },
    () => reply({ id: request.id, failed: true }),
  );
});
