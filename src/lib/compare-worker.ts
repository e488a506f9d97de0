import { ComparisonSchema, compareArticles } from '../engine/index.ts';
import { CompareRequestSchema, type CompareResponse } from './compare-worker-protocol.ts';

/**
 * Answer one request: compare two articles with the same engine the build uses. Exported so
 * tests (which have no Worker) can stand in for the worker with this very function.
 */
export function answerCompareRequest(message: unknown): CompareResponse {
  const parsed = CompareRequestSchema.safeParse(message);
  const requestId = typeof message === 'object' && message !== null && 'requestId' in message && typeof message.requestId === 'number' ? message.requestId : 0;
  if (!parsed.success) return { requestId, ok: false, message: 'The comparison request was not in the expected shape.' };
  try {
    // The same shape the build ships (src/cli/build-data.ts), checked the same way.
    return { requestId, ok: true, comparison: ComparisonSchema.parse(compareArticles(parsed.data.a, parsed.data.b)) };
  } catch (error) {
    return { requestId, ok: false, message: error instanceof Error ? error.message : 'The comparison failed.' };
  }
}

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: unknown): void;
}

// Wire the handler only inside a worker; imported elsewhere (tests) this module does nothing.
declare const WorkerGlobalScope: (abstract new () => unknown) | undefined;
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  const scope = self as unknown as WorkerScope;
  scope.addEventListener('message', (event) => scope.postMessage(answerCompareRequest(event.data)));
}
