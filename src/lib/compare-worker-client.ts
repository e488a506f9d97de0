import type { Article, ComparisonData } from '../engine/index.ts';
import { CompareRequestSchema, CompareResponseSchema, type CompareRequest } from './compare-worker-protocol.ts';

/** The comparison worker failed, answered nonsense or took too long: the page can offer a retry. */
export class CompareWorkerError extends Error {
  override readonly name = 'CompareWorkerError';
}

interface Pending {
  resolve: (comparison: ComparisonData) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
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

let worker: Worker | null = null;
let nextRequestId = 1;
const pending = new Map<number, Pending>();

/** Give up on the worker: every waiting request fails with `message`; the next one starts afresh. */
function failAll(message: string): void {
  for (const request of pending.values()) {
    clearTimeout(request.timer);
    request.reject(new CompareWorkerError(message));
  }
  pending.clear();
  worker?.terminate();
  worker = null;
}

function onMessage(event: MessageEvent<unknown>): void {
  const parsed = CompareResponseSchema.safeParse(event.data);
  if (!parsed.success) {
    failAll('The comparison worker answered in an unexpected shape.');
    return;
  }
  const request = pending.get(parsed.data.requestId);
  if (request === undefined) return; // abandoned (aborted) request
  pending.delete(parsed.data.requestId);
  clearTimeout(request.timer);
  if (parsed.data.ok) request.resolve(parsed.data.comparison);
  else request.reject(new CompareWorkerError(`The comparison failed: ${parsed.data.message}`));
}

function getWorker(): Worker {
  if (worker !== null) return worker;
  const created = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'parallax-engine' });
  created.addEventListener('message', onMessage);
  // Fired when the script cannot be loaded (missing, refused, not JavaScript) or throws.
  created.addEventListener('error', (event) => {
    event.preventDefault();
    failAll('The comparison worker could not run (its script failed to load or stopped with an error).');
  });
  created.addEventListener('messageerror', () => failAll('The comparison worker sent a message that could not be read.'));
  worker = created;
  return created;
}

/**
 * Compare two articles off the main thread, so a long comparison never freezes the page. One
 * worker serves every request; an aborted request is forgotten (its answer is ignored). Every
 * request settles: with the comparison, or with a CompareWorkerError if the worker cannot be
 * started, fails, answers in a shape the protocol does not allow, or runs past its time.
 */
export function compareInWorker(a: Article, b: Article, signal?: AbortSignal): Promise<ComparisonData> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      return;
    }
    const requestId = nextRequestId++;
    const request: CompareRequest = { requestId, a, b };
    // Checked on this side too, so a bad request is a clear error here, not a vague one from the worker.
    if (!CompareRequestSchema.safeParse(request).success) {
      reject(new CompareWorkerError('These two reports cannot be compared: one of them is not in the expected shape.'));
      return;
    }
    const timeoutMs = compareTimeoutMs(a, b);
    const timer = setTimeout(() => {
      if (pending.has(requestId)) failAll(`The comparison took longer than ${Math.round(timeoutMs / 1000)} seconds and was stopped.`);
    }, timeoutMs);
    pending.set(requestId, { resolve, reject, timer });
    signal?.addEventListener('abort', () => {
      if (!pending.delete(requestId)) return;
      clearTimeout(timer);
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    });
    try {
      getWorker().postMessage(request);
    } catch {
      // The Worker constructor throws if the browser refuses it (a security policy, no worker support).
      failAll('The comparison worker could not be started in this browser.');
    }
  });
}

/** For tests: forget the worker and every waiting request. */
export function resetCompareWorker(): void {
  failAll('The comparison worker was reset.');
}
