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

// Wired only inside a worker; imported elsewhere (the in-page fallback) this does nothing.
onWorkerMessage((data, reply) => {
  const request = data as DataRequest;
  // A failure must still answer, or the page would wait for ever: the page then answers itself.
  answerDataRequest(request).then(
    (answer) => reply({ id: request.id, answer }),
    () => reply({ id: request.id, failed: true }),
  );
});
