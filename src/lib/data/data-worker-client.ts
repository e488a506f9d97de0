import type { ImportedEntries } from '../local-library/library-entries.ts';
import type { DataRequest } from './data-worker.ts';
import type { SchemaName, Validated, ValidationResult } from './validators.ts';

/** A request without its id: the client numbers them. */
type Request = DataRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

interface Waiting {
  request: Request;
  resolve: (answer: unknown) => void;
  reject: (error: unknown) => void;
}

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Waiting>();

/** Without a worker (tests, a browser that refuses it, a worker that failed), the same code runs in the page. */
async function answerHere(request: Request): Promise<unknown> {
  const { answerDataRequest } = await import('./data-worker.ts');
  return answerDataRequest({ ...request, id: 0 });
}

function startWorker(): Worker | null {
  if (worker !== null || workerBroken) return worker;
  if (typeof Worker === 'undefined') {
    workerBroken = true;
    return null;
  }
  try {
    worker = new Worker(new URL('./data-worker.ts', import.meta.url), { type: 'module', name: 'parallax-data' });
  } catch {
    workerBroken = true;
    return null;
  }
  worker.addEventListener('message', (event: MessageEvent<{ id: number; answer?: unknown; failed?: true }>) => {
    const { id, answer, failed } = event.data;
    const waiting = pending.get(id);
    pending.delete(id);
    if (waiting === undefined) return;
    // The worker could not answer this one: the page answers it (and reports what went wrong).
    if (failed === true) answerHere(waiting.request).then(waiting.resolve, waiting.reject);
    else waiting.resolve(answer);
  });
  const giveUp = (event: Event): void => {
    event.preventDefault();
    // Whatever was waiting is answered in the page instead; later requests never try the worker again.
    workerBroken = true;
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const { request, resolve, reject } of waiting) answerHere(request).then(resolve, reject);
  };
  worker.addEventListener('error', giveUp);
  worker.addEventListener('messageerror', giveUp);
  return worker;
}

/** Starts the worker now, so its script downloads while the data it will check is on the way. */
export function prepareDataWorker(): void {
  startWorker();
}

function ask(request: Request): Promise<unknown> {
  const target = startWorker();
  if (target === null) return answerHere(request);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { request, resolve, reject });
    target.postMessage({ ...request, id });
  });
}

/**
 * Validates data against one of the engine's schemas off the main thread: the JSON text of a
 * fetched file. zod and the schemas load with the data worker, not with the page
 * (docs/decisions/006). Resolves to the data or to why it was refused.
 */
export async function validate<Name extends SchemaName>(schema: Name, payload: unknown): Promise<ValidationResult<Validated<Name>>> {
  return (await ask({ op: 'validate', schema, payload })) as ValidationResult<Validated<Name>>;
}

/**
 * Checks JSON text against one of the engine's schemas off the main thread, without sending the
 * data back: the caller parses its own copy while the worker checks (cloning a large checked
 * object graph back costs the page about as much as parsing it, after the worker's own time to
 * serialise it). The schemas have no defaults or transforms, so the checked data is the parsed
 * JSON (apart from keys the schema does not know, which nothing reads).
 */
export async function check(schema: SchemaName, json: string): Promise<ValidationResult<undefined>> {
  return (await ask({ op: 'check', schema, payload: json })) as ValidationResult<undefined>;
}

/** The imported stories as library entries, read (and each record validated) by the data worker. */
export async function readImportedEntries(): Promise<ImportedEntries> {
  return (await ask({ op: 'imported-entries' })) as ImportedEntries;
}

/**
 * `names` in alphabetical order (`localeCompare`), sorted by the data worker: the page's first
 * `localeCompare` would load the collation rules on the main thread, in the first render.
 */
export async function sortNamesOffThread(names: readonly string[]): Promise<string[]> {
  return (await ask({ op: 'sort-names', names })) as string[];
}
