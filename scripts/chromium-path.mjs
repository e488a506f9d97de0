// Finds a Chromium executable for the browser tests. Playwright's own browser downloads
// cannot work here, so the tests always run a system Chromium (Debian's `chromium`).
import { existsSync } from 'node:fs';

/**
 * The flags every headless Chromium here starts with. Without the network ones it floods the
 * closed network with refused connections (docs/toolchain.md).
 */
export const CHROMIUM_FLAGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/** Paths tried, in order, when CHROME_PATH is not set. */
export const CHROMIUM_CANDIDATES = Object.freeze([
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]);

/**
 * Returns the path of a Chromium executable: $CHROME_PATH when set (throws if that file does
 * not exist), else the first of CHROMIUM_CANDIDATES that exists, else null.
 *
 * @param {{ env?: Record<string, string | undefined>, exists?: (path: string) => boolean }} [options]
 * @returns {string | null}
 */
export function findChromium({ env = process.env, exists = existsSync } = {}) {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!exists(fromEnv)) {
      throw new Error(`CHROME_PATH is set to ${fromEnv}, but no such file exists.`);
    }
    return fromEnv;
  }
  return CHROMIUM_CANDIDATES.find((path) => exists(path)) ?? null;
}
