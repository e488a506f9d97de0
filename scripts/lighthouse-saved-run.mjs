// A Lighthouse run saved by `scripts/lighthouse-ab.mjs --save <dir>` (its `.json`, `.trace.json` and
// `.lantern.json`), read back for a replay of Lighthouse's simulation (Lantern):
// scripts/lighthouse-lantern.mjs and scripts/lighthouse-what-if.mjs.
import { readFileSync } from 'node:fs';

/** The run whose files start with `given` (a trailing `.json` is allowed). */
export function readSavedRun(given) {
  const prefix = given.replace(/\.json$/u, '');
  const read = (suffix) => JSON.parse(readFileSync(`${prefix}${suffix}`, 'utf8'));
  const { devtoolsLog, URL, gatherContext } = read('.lantern.json');
  return { prefix, lhr: read('.json'), trace: read('.trace.json'), devtoolsLog, URL, gatherContext };
}

/** What a Lantern metric's `request` takes for the run, with its own network log or another one. */
export function lanternInput(run, devtoolsLog = run.devtoolsLog) {
  const settings = run.lhr.configSettings;
  return {
    data: { trace: run.trace, devtoolsLog, URL: run.URL, gatherContext: run.gatherContext, settings, simulator: null },
    context: { computedCache: new Map(), settings },
  };
}
