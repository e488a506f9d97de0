import { ComparisonSchema, compareArticles } from '../engine/index.ts';
import { CompareRequestSchema, type CompareResponse } from './compare-worker-protocol.ts';

/**
 * Answer one request: compare two articles with the same engine the build uses. The engine
 * worker (src/lib/engine-worker.ts) runs it; tests, which have no Worker, call it directly.
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
