/** What a worker script needs of its global scope: messages in, messages out. */
export interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: unknown): void;
}

declare const WorkerGlobalScope: (abstract new () => unknown) | undefined;

/**
 * Wire `listener` to every message the worker receives, with `reply` to answer it, but only
 * when this code runs inside a worker: imported elsewhere (tests, a client's in-page
 * fallback) it does nothing, so a worker script's handlers can be called directly there.
 * Returns whether it was wired.
 */
export function onWorkerMessage(listener: (data: unknown, reply: (message: unknown) => void) => void): boolean {
  if (typeof WorkerGlobalScope === 'undefined' || !(self instanceof WorkerGlobalScope)) return false;
  const scope = self as unknown as WorkerScope;
  scope.addEventListener('message', (event) => listener(event.data, (message) => scope.postMessage(message)));
  return true;
}
