import { ImportResponseSchema, type ImportRequest, type ParsedPart } from './import-worker-protocol.ts';

interface Pending {
  resolve: (parts: ParsedPart[]) => void;
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
  const created = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'parallax-engine' });
  created.addEventListener('message', (event: MessageEvent<unknown>) => {
    const parsed = ImportResponseSchema.safeParse(event.data);
    if (!parsed.success) {
      failAll('The import worker answered in an unexpected shape.');
      return;
    }
    const request = pending.get(parsed.data.requestId);
    if (request === undefined) return;
    pending.delete(parsed.data.requestId);
    if (parsed.data.ok) request.resolve(parsed.data.parts);
    else request.reject(new Error(parsed.data.message));
  });
  created.addEventListener('error', (event) => {
    event.preventDefault();
    failAll('The import worker stopped unexpectedly.');
  });
  worker = created;
  return created;
}

/**
 * Parse digests (and compare each one's articles) off the main thread with the build's engine:
 * a large digest never freezes the page. One answer per digest found, in order.
 */
export function parseDigestsInWorker(files: ImportRequest['files']): Promise<ParsedPart[]> {
  return new Promise((resolve, reject) => {
    const requestId = nextRequestId++;
    pending.set(requestId, { resolve, reject });
    const request: ImportRequest = { requestId, files };
    getWorker().postMessage(request);
  });
}
