import { answerCompareRequest } from './compare-worker.ts';
import { answerImportRequest } from './import-worker.ts';
import { onWorkerMessage } from './workers/worker-scope.ts';

/**
 * The one worker that runs the engine in the browser: comparisons of pairs the build did not
 * ship, and the parsing and comparing of imported digests. One script, so the engine and its
 * word tables are downloaded and cached once (docs/decisions/006). Each request is answered by
 * its handler, which validates it; an import request is the one that carries `files`.
 */
export function answerEngineRequest(message: unknown): unknown {
  const isImport = typeof message === 'object' && message !== null && 'files' in message;
  return isImport ? answerImportRequest(message) : answerCompareRequest(message);
}

// Wired only inside a worker; imported elsewhere (tests) this module does nothing.
onWorkerMessage((data, reply) => reply(answerEngineRequest(data)));
