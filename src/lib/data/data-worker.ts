import { readImportedEntries } from '../local-library/library-entries.ts';
import { validatePayload } from './validators.ts';

/** What the page asks the data worker: check a payload against a schema, or read the imported stories. */
export type DataRequest = { id: number; op: 'validate'; schema: string; payload: unknown } | { id: number; op: 'imported-entries' };

/** Answers the page's requests; the page runs the same function itself when it has no worker. */
export async function answerDataRequest(request: DataRequest): Promise<unknown> {
  return request.op === 'validate' ? validatePayload(request.schema, request.payload) : readImportedEntries();
}

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<DataRequest>) => void): void;
  postMessage(message: unknown): void;
}

// Wire the handler only inside a worker; imported elsewhere (the in-page fallback) this does nothing.
declare const WorkerGlobalScope: (abstract new () => unknown) | undefined;
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  const scope = self as unknown as WorkerScope;
  scope.addEventListener('message', (event) => {
    const request = event.data;
    // A failure must still answer, or the page would wait for ever: the page then answers itself.
    answerDataRequest(request).then(
      (answer) => scope.postMessage({ id: request.id, answer }),
      () => scope.postMessage({ id: request.id, failed: true }),
    );
  });
}
