import { ImportResponseSchema, type ImportRequest, type ParsedPart } from './import-worker-protocol.ts';

interface Pending {
  resolve: (parts: ParsedPart[]) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * How long one import may take before the page gives up on the worker: parsing is fast, and
 * comparing every pair of a digest at the limits takes seconds (docs/limits.md), so 60 s plus
 * 0.2 ms per character is ample even on a slow phone.
 */
export function importTimeoutMs(files: ImportRequest['files']): number {
  return 60_000 + Math.ceil(files.reduce((sum, file) => sum + file.text.length, 0) / 5);
}

let worker: Worker | null = null;
let nextRequestId = 1;
const pending = new Map<number, Pending>();

/** Stop the worker: imports are rare, and it holds a copy of the engine's word tables. */
function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

/** Give up on the worker: every waiting request fails with `message`; the next one starts afresh. */
function failAll(message: string): void {
  for (const request of pending.values()) {
    clearTimeout(request.timer);
    request.reject(new Error(message));
  }
  pending.clear();
  stopWorker();
}

function onMessage(event: MessageEvent<unknown>): void {
  const parsed = ImportResponseSchema.safeParse(event.data);
  if (!parsed.success) {
    failAll('The import worker answered in an unexpected shape.');
    return;
  }
  const request = pending.get(parsed.data.requestId);
  if (request === undefined) return;
  pending.delete(parsed.data.requestId);
  clearTimeout(request.timer);
  if (pending.size === 0) stopWorker();
  if (parsed.data.ok) request.resolve(parsed.data.parts);
  else request.reject(new Error(parsed.data.message));
}

function getWorker(): Worker {
  if (worker !== null) return worker;
  const created = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'parallax-engine' });
  created.addEventListener('message', onMessage);
  created.addEventListener('error', (event) => {
    event.preventDefault();
    failAll('The import worker could not run (its script failed to load or stopped with an error).');
  });
  created.addEventListener('messageerror', () => failAll('The import worker sent a message that could not be read.'));
  worker = created;
  return created;
}

/**
 * Parse digests (and compare each one's articles) off the main thread with the build's engine:
 * a large digest never freezes the page. One answer per digest found, in order. Every request
 * settles: with the parts, or with an error if the worker cannot start, fails, answers in a
 * shape the protocol does not allow, or runs past its time.
 */
export function parseDigestsInWorker(files: ImportRequest['files']): Promise<ParsedPart[]> {
  return new Promise((resolve, reject) => {
    const requestId = nextRequestId++;
    const timeoutMs = importTimeoutMs(files);
    const timer = setTimeout(() => {
      if (pending.has(requestId)) failAll(`Reading the digests took longer than ${Math.round(timeoutMs / 1000)} seconds and was stopped.`);
    }, timeoutMs);
    pending.set(requestId, { resolve, reject, timer });
    const request: ImportRequest = { requestId, files };
    try {
      getWorker().postMessage(request);
    } catch {
      // The Worker constructor throws if the browser refuses it (a security policy, no worker support).
      failAll('The import worker could not be started in this browser.');
    }
  });
}
