// Makes sure a system Chromium exists before `playwright test` runs (see chromium-path.mjs).
// Installs Debian's `chromium` when running as root on Debian; otherwise says what to run.
// Never runs `npx playwright install`: browser downloads are not possible here.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import process from 'node:process';
import { findChromium } from './chromium-path.mjs';

function find() {
  try {
    return { path: findChromium() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function run(command, args) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) {
    throw result.error;
  }
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

const found = find();
if (found.error !== undefined) {
  // CHROME_PATH was set explicitly: respect it rather than install something else.
  console.error(`ensure-chromium: ${found.error}`);
  console.error('Point CHROME_PATH at a Chromium executable, or unset it to use /usr/bin/chromium.');
  process.exit(1);
}
if (found.path !== null) {
  console.log(`ensure-chromium: using Chromium at ${found.path}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');
if (!(isRoot && isDebian)) {
  console.error('ensure-chromium: no Chromium found (looked at $CHROME_PATH and /usr/bin/chromium,');
  console.error('  /usr/bin/chromium-browser, /usr/bin/google-chrome, /usr/bin/google-chrome-stable).');
  console.error('The browser tests need a system Chromium. Install it with:');
  console.error('  sudo apt-get update && sudo apt-get install -y chromium');
  console.error('or set CHROME_PATH=/path/to/chromium. (Do not run `npx playwright install`.)');
  process.exit(1);
}

console.log("ensure-chromium: no Chromium found; installing Debian's chromium package (apt-get).");
try {
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium']);
} catch (error) {
  console.error(`ensure-chromium: installing chromium failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const after = find();
if (after.path === undefined || after.path === null) {
  console.error('ensure-chromium: apt-get finished, but still no Chromium at the expected paths.');
  process.exit(1);
}
console.log(`ensure-chromium: installed; using Chromium at ${after.path}`);
