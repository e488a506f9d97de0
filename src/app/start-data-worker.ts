import { prepareDataWorker } from '../lib/data/data-worker-client.ts';

/**
 * Starts the data worker as the entry chunk begins to run: main.tsx imports this module first, so
 * the worker's script is requested before React, the router and the query client are evaluated
 * and before the first route's loader asks for the index. Every route's first data waits for this
 * worker's check. In every load trace its thread still started only after the entry's long task
 * had ended (why is not verified; a yield in the middle of the entry did not let it start there),
 * but 11 ms after it (three traces) rather than 48 and 340 ms after it (two traces of the app
 * starting it from the first loader), its script having arrived by then (docs/decisions/009,
 * session 9).
 */
prepareDataWorker();
