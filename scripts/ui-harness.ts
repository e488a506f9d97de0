/**
 * Shared by the UI scripts (bench-ui, compare-screenshots): serve the production build on its
 * own port with scripts/serve.mjs and drive Debian's Chromium with Playwright.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './chromium-path.mjs';

export const ROOT = resolve(import.meta.dirname, '..');

export interface Harness {
  baseURL: string;
  browser: Browser;
  close: () => Promise<void>;
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`no server at ${url} after ${timeoutMs} ms`);
}

export async function startHarness(port: number): Promise<Harness> {
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) throw new Error('no build in dist/: run `npm run build` first');
  const executablePath = findChromium();
  if (executablePath === null) throw new Error('no Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROME_PATH');
  const server = spawn(process.execPath, [resolve(ROOT, 'scripts/serve.mjs')], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  const baseURL = `http://localhost:${port}`;
  try {
    await waitForServer(baseURL, server);
  } catch (error) {
    server.kill('SIGTERM');
    throw error;
  }
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_FLAGS],
  });
  return {
    baseURL,
    browser,
    close: async () => {
      await browser.close();
      server.kill('SIGTERM');
    },
  };
}
