/**
 * The request/response machinery every worker client of the page needs, written once: numbered
 * requests, a map of those waiting, an optional time limit and abort signal, and a worker that
 * is given up (every waiting request fails with a reason) when it crashes, sends a message that
 * cannot be read or answers in a shape the protocol does not allow. The next request then starts
 * a fresh worker. A request whose message cannot be sent (it cannot be cloned) fails alone.
 *
 * Every request settles: with its answer, or with an error made by `makeError`. Nothing is ever
 * answered in the page: a request too slow for the worker would freeze the page there.
 */

/** An answer read off the wire by the client's own protocol check. */
export type DecodedAnswer<Answer> = { id: number; ok: true; answer: Answer } | { id: number; ok: false; message: string };

/** What the page says when the worker fails; each client words it for its own work. */
export interface WorkerFailureMessages {
  /** The script failed to load, or it threw (the worker's `error` event). */
  crashed: string;
  /** The browser could not read a message (`messageerror`). */
  unreadable: string;
  /** The message was read but is not in the protocol's shape. */
  malformed: string;
  /** The Worker constructor threw: a security policy, or no worker support. */
  cannotStart: string;
  /** One request's message could not be sent (postMessage threw, e.g. a DataCloneError); only that request fails. */
  unsendable: string;
  /** A request ran past its time limit. */
  timedOut: (seconds: number) => string;
}

export interface WorkerClientOptions<Request, Answer> {
  /**
   * Starts the worker. Write `new Worker(new URL('./x.ts', import.meta.url), …)` in the client's
   * own file: that is the form the bundler finds and builds.
   */
  createWorker: () => Worker;
  /** The message to post for one request: the request with its id. */
  encode: (id: number, request: Request) => unknown;
  /** Check a message from the worker; null when it is not in the protocol's shape. */
  decode: (data: unknown) => DecodedAnswer<Answer> | null;
  messages: WorkerFailureMessages;
  /** The error every failure becomes (default: Error), so callers can tell this client's failures apart. */
  makeError?: (message: string) => Error;
  /** Stop the worker whenever nothing is waiting (a rarely used worker need not hold its memory). */
  stopWhenIdle?: boolean;
}

export interface RequestOptions {
  /** Give up on the worker after this long: it is stopped and every waiting request fails. */
  timeoutMs?: number;
  /** An aborted request is forgotten (its answer, when it comes, is ignored) and rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface WorkerClient<Request, Answer> {
  request(request: Request, options?: RequestOptions): Promise<Answer>;
  /** Stop the worker; every waiting request fails with `message`. The next request starts afresh. */
  reset(message: string): void;
}

interface Waiting<Answer> {
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
  /** Clears the time limit and the abort listener: called once the request settles, however. */
  cleanUp: () => void;
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error('aborted');
}

export function createWorkerClient<Request, Answer>(options: WorkerClientOptions<Request, Answer>): WorkerClient<Request, Answer> {
  const { createWorker, encode, decode, messages, makeError = (message: string) => new Error(message), stopWhenIdle = false } = options;
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Waiting<Answer>>();

  function stop(): void {
    worker?.terminate();
    worker = null;
  }

  /** Forget one waiting request (its late answer will be ignored); stops an idle worker when asked to. */
  function take(id: number): Waiting<Answer> | undefined {
    const waiting = pending.get(id);
    if (waiting === undefined) return undefined;
    pending.delete(id);
    waiting.cleanUp();
    if (stopWhenIdle && pending.size === 0) stop();
    return waiting;
  }

  /** Give up on the worker: stop it, and every waiting request fails with `message`. */
  function giveUp(message: string): void {
    const waiting = [...pending.values()];
    pending.clear();
    stop();
    for (const { cleanUp, reject } of waiting) {
      cleanUp();
      reject(makeError(message));
    }
  }

  function onMessage(event: MessageEvent<unknown>): void {
    const decoded = decode(event.data);
    if (decoded === null) {
      giveUp(messages.malformed);
      return;
    }
    const waiting = take(decoded.id);
    if (waiting === undefined) return; // forgotten: aborted, or failed already
    if (decoded.ok) waiting.resolve(decoded.answer);
    else waiting.reject(makeError(decoded.message));
  }

  function start(): Worker {
    if (worker !== null) return worker;
    const created = createWorker();
    created.addEventListener('message', onMessage);
    created.addEventListener('error', (event) => {
      // Handled here: not also reported as an uncaught error in the page.
      event.preventDefault();
      if (worker === created) giveUp(messages.crashed);
    });
    created.addEventListener('messageerror', () => {
      if (worker === created) giveUp(messages.unreadable);
    });
    worker = created;
    return created;
  }

  function request(body: Request, { timeoutMs, signal }: RequestOptions = {}): Promise<Answer> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    return new Promise<Answer>((resolve, reject) => {
      const id = nextId++;
      const onAbort = (): void => {
        if (take(id) !== undefined && signal !== undefined) reject(abortReason(signal));
      };
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              if (pending.has(id)) giveUp(messages.timedOut(Math.round(timeoutMs / 1000)));
            }, timeoutMs);
      const cleanUp = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      pending.set(id, { resolve, reject, cleanUp });
      signal?.addEventListener('abort', onAbort, { once: true });
      let target: Worker;
      try {
        target = start();
      } catch {
        giveUp(messages.cannotStart);
        return;
      }
      try {
        target.postMessage(encode(id, body));
      } catch (error) {
        // This request alone cannot be sent (a DataCloneError): the worker and the others are fine.
        if (take(id) === undefined) return;
        const name = typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? ` (${error.name})` : '';
        reject(makeError(`${messages.unsendable}${name}`));
      }
    });
  }

  return {
    request,
    reset: giveUp,
  };
}
