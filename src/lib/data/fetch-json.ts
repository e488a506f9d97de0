import { check, prepareDataWorker, validate } from './data-worker-client.ts';
import type { SchemaName, Validated, ValidationFailure } from './validators.ts';

/**
 * What a data URL holds, in words a reader understands, so an error can say what failed.
 * Follows the layout of `dataUrls` (src/lib/paths.ts); anything else is named by its path.
 */
export function describeDataUrl(url: string): string {
  // The local library names what it holds `local-library:articles/<id>` (src/lib/data/article.ts).
  const local = /^local-library:(articles|comparisons)\/(.+)$/.exec(url);
  if (local !== null) return local[1] === 'articles' ? `The imported article “${local[2] ?? ''}”` : `The imported comparisons of “${local[2] ?? ''}”`;
  const path = new URL(url, 'http://localhost').pathname;
  const named = /\/data\/(articles|comparisons)\/([^/]+)\.json$/.exec(path);
  const id = named === null ? '' : safelyDecoded(named[2] ?? '');
  if (path.endsWith('/data/index.json')) return 'The library index';
  if (named?.[1] === 'articles') return `The article “${id}”`;
  if (named?.[1] === 'comparisons') return `The comparison file of the story “${id}”`;
  return `The file ${path}`;
}

function safelyDecoded(component: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    return component;
  }
}

/** The resource does not exist: a route shows its not-found page. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(readonly url: string) {
    super(url.startsWith('local-library:') ? `${describeDataUrl(url)} was not found.` : `${describeDataUrl(url)} was not found (${new URL(url, 'http://localhost').pathname}).`);
  }
}

/** The resource exists (or should) but could not be loaded or is not what we expect. */
export class DataError extends Error {
  override readonly name: string = 'DataError';
  constructor(
    readonly url: string,
    message: string,
    /** Whether asking again may help (a network or server failure, not a damaged file). */
    readonly retryable = false,
  ) {
    super(message);
  }
}

/**
 * The file is not on this device and the browser has no network: in a library too large to keep
 * whole offline (docs/decisions/006), an article or comparison never opened here. Not retried:
 * the page tries again by itself when the network comes back.
 */
export class OfflineUnavailableError extends DataError {
  override readonly name = 'OfflineUnavailableError';
  constructor(url: string) {
    super(url, `${describeDataUrl(url)} is not saved on this device, and you are offline.`);
  }
}

/** Resolves in a later task (not a microtask): whatever is queued already runs first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}

const browserIsOffline = (): boolean => typeof navigator !== 'undefined' && !navigator.onLine;

/** Why a file was refused, as an error a reader understands. */
function refusal(url: string, what: string, result: ValidationFailure): DataError {
  switch (result.reason) {
    case 'not-json':
      return new DataError(url, `${what} is damaged: it is not valid JSON (cut short, or not JSON at all).`);
    case 'shape':
      return new DataError(url, `${what} is not in the expected shape${result.where}.`);
    case 'unknown-schema':
      return new DataError(url, `${what} cannot be checked: the app has no schema called “${result.schema}”.`);
  }
}

export interface FetchJsonOptions {
  /**
   * Parse the JSON in the page while the data worker checks it, instead of receiving the checked
   * data from the worker: for large files (the library index), where cloning the checked objects
   * back costs more than parsing them here, in parallel with the check.
   */
  parseInPage?: boolean;
  /** With `parseInPage`: turns this thread's parse into what the worker checked (a compact index part, decoded). */
  decode?: (parsed: unknown) => Promise<unknown>;
  /**
   * With `parseInPage`: called with this thread's parse as soon as it is made, before the
   * worker has checked the text (it may still refuse it). For what can start early without
   * trusting it, such as fetching the files a split index names (`fetchLibraryIndex`).
   */
  onParsed?: (parsed: unknown) => void;
}

/**
 * Fetch JSON and validate it against the named schema: the app never trusts a file it did not
 * check. The check runs in the data worker (src/lib/data/data-worker-client.ts).
 */
export async function fetchJson<Name extends SchemaName>(url: string, schema: Name, signal?: AbortSignal, options: FetchJsonOptions = {}): Promise<Validated<Name>> {
  const what = describeDataUrl(url);
  prepareDataWorker();
  let response: Response;
  try {
    response = await fetch(url, signal === undefined ? {} : { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (browserIsOffline()) throw new OfflineUnavailableError(url);
    throw new DataError(url, `${what} could not be downloaded: the network request failed. Check your connection and try again.`, true);
  }
  if (response.status === 404) throw new NotFoundError(url);
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new DataError(url, `${what} could not be loaded. The server answered ${status}.`, response.status >= 500);
  }
  // A static host answers an unknown path with the app's index.html: that file does not exist.
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) throw new NotFoundError(url);
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataError(url, `${what} could not be downloaded: the connection broke off. Try again.`, true);
  }
  if (options.parseInPage === true) {
    const checked = check(schema, text); // posted first: the worker checks while this thread parses
    // Then let other tasks run before parsing: a split index's parts arrive together, and each
    // part reached the worker only once this thread had parsed the one before (~30–50 ms each at
    // 10,000 articles), so the worker, whose checks are the slower of the two, sat idle between
    // them and the last check came ~0.1 s after the page's last parse. Yielding here lets the
    // responses already in read and post their text first (docs/decisions/009).
    await nextTask();
    let parsed: unknown = undefined;
    try {
      parsed = JSON.parse(text);
    } catch {
      // the worker's answer says so
    }
    if (parsed !== undefined) options.onParsed?.(parsed);
    // Decoded now, while the worker checks, not after its answer: the checks are the slower
    // side, so the last part's decode used to run after the last check, on the first card's
    // path. Nothing decoded is used unless the worker accepts the text; a part the decoder
    // refuses, the worker refuses too (it decodes it the same way) and names the place.
    const decoded = options.decode === undefined ? null : options.decode(parsed).then((value) => ({ value }), (error: unknown) => ({ error }));
    const result = await checked;
    if (!result.ok) throw refusal(url, what, result);
    if (decoded === null) return parsed as Validated<Name>;
    // The worker accepted this very text (decoded the same way) against a schema without defaults or transforms.
    const outcome = await decoded;
    if ('error' in outcome) throw outcome.error;
    return outcome.value as Validated<Name>;
  }
  const result = await validate(schema, text);
  if (result.ok) return result.data;
  throw refusal(url, what, result);
}
