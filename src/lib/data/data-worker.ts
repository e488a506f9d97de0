import { readImportedEntries } from '../local-library/library-entries.ts';
import { onWorkerMessage } from '../workers/worker-scope.ts';
import { validatePayload } from './validators.ts';

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

/** Answers the page's requests; the page runs the same function itself when it has no worker. */
export async function answerDataRequest(request: DataRequest): Promise<unknown> {
  switch (request.op) {
    case 'validate':
      return validatePayload(request.schema, request.payload);
    case 'check': {
      const result = validatePayload(request.schema, request.payload);
      return result.ok ? { ok: true } : result;
    }
    case 'imported-entries':
      return readImportedEntries();
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
