import { z } from 'zod/mini';

/** The resource does not exist: a route shows its not-found page. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(readonly url: string) {
    super(`Nothing found at ${url}`);
  }
}

/** The resource exists (or should) but could not be loaded or is not what we expect. */
export class DataError extends Error {
  override readonly name = 'DataError';
  constructor(
    readonly url: string,
    message: string,
    /** Whether asking again may help (a network or server failure, not a damaged file). */
    readonly retryable = false,
  ) {
    super(message);
  }
}

/** Fetch JSON and validate it: the app never trusts a file it did not check. */
export async function fetchJson<Schema extends z.core.$ZodType>(url: string, schema: Schema, signal?: AbortSignal): Promise<z.output<Schema>> {
  let response: Response;
  try {
    response = await fetch(url, signal === undefined ? {} : { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataError(url, 'The network request failed. Check your connection and try again.', true);
  }
  if (response.status === 404) throw new NotFoundError(url);
  if (!response.ok) throw new DataError(url, `The server answered ${response.status} ${response.statusText}`.trim() + '.', response.status >= 500);
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) throw new NotFoundError(url);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new DataError(url, 'The data file is damaged (not valid JSON).');
  }
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first === undefined ? '' : ` at ${first.path.join('.') || 'the top level'}: ${first.message}`;
    throw new DataError(url, `The data file is not in the expected shape${where}.`);
  }
  return parsed.data;
}
