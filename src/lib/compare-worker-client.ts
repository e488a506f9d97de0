import type { Article, ComparisonData } from '../engine/index.ts';
import type { CompareRequest } from './compare-worker-protocol.ts';
import { createWorkerClient } from './workers/create-worker-client.ts';

type Protocol = typeof import('./compare-worker-protocol.ts');

/**
 * The protocol's schemas (zod and the engine's article and comparison schemas) load with the
 * first request, not with the compare route: a pair bundled with the build never asks the
 * worker, and its page should not evaluate zod on the main thread (docs/decisions/006).
 */
let protocol: Protocol | null = null;
/**
 * Only a loaded protocol is kept: when its chunk cannot be downloaded (offline before the app
 * was cached, or a release removed the file), the next request imports it again (a browser may
 * keep the failed import until a reload, which is what the error asks for).
 */
async function loadProtocol(): Promise<Protocol> {
  protocol ??= await import('./compare-worker-protocol.ts');
  return protocol;
}

/** The comparison worker failed, answered nonsense or took too long: the page can offer a retry. */
export class CompareWorkerError extends Error {
  override readonly name = 'CompareWorkerError';
}

/**
 * How long one comparison may take before the page gives up on the worker. Time grows with
 * the text (docs/limits.md: two articles at the 100,000-character limit take about 2 s, 6 s on
 * an adversarial shape, on a 2-core machine), so the allowance does too: 30 s, plus 0.1 ms per
 * character of the pair (50 s at the limit), ample on a slow phone.
 */
export function compareTimeoutMs(a: Article, b: Article): number {
  return 30_000 + Math.ceil((a.text.length + b.text.length) / 10);
}

const client = createWorkerClient<{ a: Article; b: Article }, ComparisonData>({
  createWorker: () => new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'parallax-engine' }),
  encode: (requestId, { a, b }): CompareRequest => ({ requestId, a, b }),
  decode: (data) => {
    // Always loaded: a request is sent only after compareInWorker has loaded the protocol.
    const parsed = protocol?.CompareResponseSchema.safeParse(data);
    if (parsed === undefined || !parsed.success) return null;
    const { requestId: id } = parsed.data;
    return parsed.data.ok ? { id, ok: true, answer: parsed.data.comparison } : { id, ok: false, message: `The comparison failed: ${parsed.data.message}` };
  },
  makeError: (message) => new CompareWorkerError(message),
  messages: {
    crashed: 'The comparison worker could not run (its script failed to load or stopped with an error).',
    unreadable: 'The comparison worker sent a message that could not be read.',
    malformed: 'The comparison worker answered in an unexpected shape.',
    cannotStart: 'The comparison worker could not be started in this browser.',
    unsendable: 'These two reports could not be sent to the comparison worker.',
    timedOut: (seconds) => `The comparison took longer than ${seconds} seconds and was stopped.`,
  },
});

/**
 * Compare two articles off the main thread, so a long comparison never freezes the page. One
 * worker serves every request; an aborted request is forgotten (its answer is ignored). Every
 * request settles: with the comparison, or with a CompareWorkerError if the worker cannot be
 * started, fails, answers in a shape the protocol does not allow or runs past its time, or when
 * the protocol's own code cannot be downloaded.
 */
export async function compareInWorker(a: Article, b: Article, signal?: AbortSignal): Promise<ComparisonData> {
  const { CompareRequestSchema } = await loadProtocol().catch(() => {
    throw new CompareWorkerError('Part of Parallax could not be downloaded. Check your connection, then reload the page.');
  });
  // Checked on this side too, so a bad request is a clear error here, not a vague one from the worker.
  if (!CompareRequestSchema.safeParse({ requestId: 0, a, b }).success) {
    throw new CompareWorkerError('These two reports cannot be compared: one of them is not in the expected shape.');
  }
  return client.request({ a, b }, { timeoutMs: compareTimeoutMs(a, b), ...(signal === undefined ? {} : { signal }) });
}

/** For tests: forget the worker and every waiting request. */
export function resetCompareWorker(): void {
  client.reset('The comparison worker was reset.');
}
