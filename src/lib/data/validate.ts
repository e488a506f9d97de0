import type { ValidationRequest, ValidationResponse } from './validation-worker.ts';
import type { SchemaName, Validated, ValidationResult } from './validators.ts';

type Validator = (schema: SchemaName, payload: unknown) => Promise<ValidationResult>;

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;
interface Waiting {
  schema: SchemaName;
  payload: unknown;
  resolve: (result: ValidationResult) => void;
}
const pending = new Map<number, Waiting>();

/** Without a worker (tests, a browser that refuses it, a worker that failed), the same code runs here. */
const validateHere: Validator = async (schema, payload) => {
  try {
    return (await import('./validators.ts')).validatePayload(schema, payload);
  } catch {
    return { ok: false, message: 'The data could not be checked: part of the app failed to load. Reload the page and try again.' };
  }
};

function startWorker(): Worker | null {
  if (worker !== null || workerBroken) return worker;
  if (typeof Worker === 'undefined') {
    workerBroken = true;
    return null;
  }
  try {
    worker = new Worker(new URL('./validation-worker.ts', import.meta.url), { type: 'module', name: 'parallax-validate' });
  } catch {
    workerBroken = true;
    return null;
  }
  worker.addEventListener('message', (event: MessageEvent<ValidationResponse>) => {
    const { id, ...result } = event.data;
    pending.get(id)?.resolve(result);
    pending.delete(id);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    // Whatever was waiting is answered here instead; later requests never try the worker again.
    workerBroken = true;
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const { schema, payload, resolve } of waiting) void validateHere(schema, payload).then(resolve);
  });
  return worker;
}

const validateInWorker: Validator = (schema, payload) => {
  const target = startWorker();
  if (target === null) return validateHere(schema, payload);
  return new Promise<ValidationResult>((resolve) => {
    const id = nextId++;
    pending.set(id, { schema, payload, resolve });
    const request: ValidationRequest = { id, schema, payload };
    target.postMessage(request);
  });
};

/**
 * Validates data against one of the engine's schemas off the main thread: JSON text from a
 * file, or a value read from storage. zod and the schemas load with the worker, not with the
 * page (docs/decisions/006). Resolves to the data or to the reason it was refused.
 */
export async function validate<Name extends SchemaName>(schema: Name, payload: unknown): Promise<ValidationResult<Validated<Name>>> {
  return (await validateInWorker(schema, payload)) as ValidationResult<Validated<Name>>;
}
