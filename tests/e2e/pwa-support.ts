import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The seed story: two reports, and the comparison the build ships for them. */
export const CNN_ID = 'blinken-seoul-2025-01-06--cnn';
export const VOA_ID = 'blinken-seoul-2025-01-06--voa';
export const CNN_HEADLINE = 'Blinken warns Russia is close to sharing advanced satellite technology with North Korea';
export const COMPARE_SEED = `/compare/${VOA_ID}/${CNN_ID}`;

/**
 * The first visit: open the page, then wait until the service worker has precached everything
 * and controls the page (clientsClaim), so the next load can come from the cache alone.
 */
export async function visitAndWaitForServiceWorker(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

export interface VersionedServer {
  baseURL: string;
  /** From now on, serve "version 2": the same build with a changed service worker (a new release). */
  release: () => void;
  close: () => Promise<void>;
}

/** The built app under test: dist/, or E2E_DIST (relative to the project or absolute) as playwright.config.ts serves it. */
export function builtAppDir(): string {
  return resolve(import.meta.dirname, '..', '..', process.env.E2E_DIST ?? 'dist');
}

/**
 * A tiny static server for dist/ (SPA fallback like `vite preview`) that can publish a new
 * version of the service worker: the update flow needs a release while a page is open, which
 * the shared preview server cannot do without disturbing the tests running beside it.
 */
export async function startVersionedServer(): Promise<VersionedServer> {
  const dist = builtAppDir();
  let version = 1;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const file = normalize(join(dist, pathname));
      const isFile = file.startsWith(dist) && extname(pathname) !== '';
      try {
        let body: Buffer | string = await readFile(isFile ? file : join(dist, 'index.html'));
        if (pathname === '/sw.js' && version === 2) {
          // A new release: index.html gets a new revision, so the new worker fetches it again.
          body = body
            .toString('utf8')
            .replace(/\{url:"index\.html",revision:"[^"]+"\}/, '{url:"index.html",revision:"release-2"}')
            .concat('\n// release 2\n');
        }
        response.writeHead(200, { 'Content-Type': TYPES[extname(isFile ? file : 'index.html')] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
        response.end(body);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain' });
        response.end('Not found');
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, 'localhost', done));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://localhost:${port}`,
    release: () => {
      version = 2;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
