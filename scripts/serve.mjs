// Serves the production build (dist/) with Vite's preview server.
//   node scripts/serve.mjs [--dir <folder>]      PORT=4173 by default
// Run `npm run build` first (`npm start` does both).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { preview } from 'vite';

const root = resolve(import.meta.dirname, '..');

function fail(message) {
  console.error(`serve: ${message}`);
  process.exit(1);
}

let options;
try {
  ({ values: options } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } }));
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\nusage: node scripts/serve.mjs [--dir <folder>]`);
}

const dir = resolve(root, options.dir);
const portText = process.env.PORT ?? '4173';
const port = Number(portText);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  fail(`PORT must be a port number (1-65535), not "${portText}".`);
}

if (!existsSync(resolve(dir, 'index.html'))) {
  fail(`no built app in ${dir} (index.html is missing): run npm run build first.`);
}

let server;
try {
  server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: dir },
    preview: { port, strictPort: true, host: 'localhost', open: false },
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const code = error !== null && typeof error === 'object' && 'code' in error ? error.code : undefined;
  if (code === 'EADDRINUSE' || /already in use/i.test(message)) {
    fail(`port ${port} is already in use. Stop whatever is using it, or choose another port: PORT=4174 npm start`);
  }
  fail(`could not start the preview server: ${message}`);
}

const url = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`;
console.log(`Parallax (production build from ${dir}) is served at ${url}`);
console.log('Press Ctrl+C to stop.');

let closing = false;
async function shutdown(signal) {
  if (closing) return;
  closing = true;
  // Vite's preview server also listens for SIGTERM and exits with 128+15 unless an exit code
  // is already set: a requested stop is a clean one.
  process.exitCode = 0;
  console.log(`serve: ${signal} received, stopping.`);
  // Do not hang on a stuck connection.
  setTimeout(() => process.exit(0), 3000).unref();
  try {
    await server.close();
  } catch (error) {
    console.error(`serve: error while closing: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
