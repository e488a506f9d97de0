import { validatePayload, type ValidationResult } from './validators.ts';

/** One request to the validation worker, and its answer (matched by `id`). */
export interface ValidationRequest {
  id: number;
  schema: string;
  payload: unknown;
}
export type ValidationResponse = ValidationResult & { id: number };

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ValidationRequest>) => void): void;
  postMessage(message: ValidationResponse): void;
}

const scope = self as unknown as WorkerScope;
scope.addEventListener('message', (event) => {
  const { id, schema, payload } = event.data;
  scope.postMessage({ id, ...validatePayload(schema, payload) });
});
