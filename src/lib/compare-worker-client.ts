import type { Article, ComparisonData } from '../engine/index.ts';
import { CompareResponseSchema, type CompareRequest } from './compare-worker-protocol.ts';

interface Pending {
  resolve: (comparison: ComparisonData) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let nextRequestId = 1;
const pending = new Map<number, Pending>();

function failAll(message: string): void {
  for (const request of pending.values()) request.reject(new Error(message));
  pending.clear();
  worker?.terminate();
  worker = null;
}

function getWorker(): Worker {
  if (worker !== null) return worker;
  const created = new Worker(new URL('./compare-worker.ts', import.meta.url), { type: 'module', name: 'parallax-compare' });
  created.addEventListener('message', (event: MessageEvent<unknown>) => {
    const parsed = CompareResponseSchema.safeParse(event.data);
    if (!parsed.success) {
      failAll('The comparison worker answered in an unexpected shape.');
      return;
    }
    const request = pending.get(parsed.data.requestId);
    if (request === undefined) return; // abandoned (aborted) request
    pending.delete(parsed.data.requestId);
    if (parsed.data.ok) request.resolve(parsed.data.comparison);
    else request.reject(new Error(parsed.data.message));
  });
  created.addEventListener('error', (event) => {
    event.preventDefault();
    failAll('The comparison worker stopped unexpectedly.');
  });
  worker = created;
  return created;
}

/**
 * Compare two articles off the main thread, so a long comparison never freezes the page. One
 * worker serves every request; an aborted request is forgotten (its answer is ignored).
 */
export function compareInWorker(a: Article, b: Article, signal?: AbortSignal): Promise<ComparisonData> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      return;
    }
    const requestId = nextRequestId++;
    pending.set(requestId, { resolve, reject });
    signal?.addEventListener('abort', () => {
      if (pending.delete(requestId)) reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    });
    const request: CompareRequest = { requestId, a, b };
    getWorker().postMessage(request);
  });
}
