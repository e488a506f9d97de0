import { ImportResponseSchema, type ImportRequest, type ParsedPart } from './import-worker-protocol.ts';
import { createWorkerClient } from './workers/create-worker-client.ts';

/**
 * How long one import may take before the page gives up on the worker: parsing is fast, and
 * comparing every pair of a digest at the limits takes seconds (docs/limits.md), so 60 s plus
 * 0.2 ms per character is ample even on a slow phone.
 */
export function importTimeoutMs(files: ImportRequest['files']): number {
  return 60_000 + Math.ceil(files.reduce((sum, file) => sum + file.text.length, 0) / 5);
}

const client = createWorkerClient<ImportRequest['files'], ParsedPart[]>({
  createWorker: () => new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'parallax-engine' }),
  encode: (requestId, files): ImportRequest => ({ requestId, files }),
  decode: (data) => {
    const parsed = ImportResponseSchema.safeParse(data);
    if (!parsed.success) return null;
    const { requestId: id } = parsed.data;
    return parsed.data.ok ? { id, ok: true, answer: parsed.data.parts } : { id, ok: false, message: parsed.data.message };
  },
  // Imports are rare, and the worker holds a copy of the engine's word tables.
  stopWhenIdle: true,
  messages: {
    crashed: 'The import worker could not run (its script failed to load or stopped with an error).',
    unreadable: 'The import worker sent a message that could not be read.',
    malformed: 'The import worker answered in an unexpected shape.',
    cannotStart: 'The import worker could not be started in this browser.',
    unsendable: 'These files could not be sent to the import worker.',
    timedOut: (seconds) => `Reading the digests took longer than ${seconds} seconds and was stopped.`,
  },
});

/**
 * Parse digests (and compare each one's articles) off the main thread with the build's engine:
 * a large digest never freezes the page. One answer per digest found, in order. Every request
 * settles: with the parts, or with an error if the worker cannot start, fails, answers in a
 * shape the protocol does not allow, or runs past its time.
 */
export function parseDigestsInWorker(files: ImportRequest['files']): Promise<ParsedPart[]> {
  return client.request(files, { timeoutMs: importTimeoutMs(files) });
}
