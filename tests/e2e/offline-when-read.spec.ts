import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Response } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { CNN_HEADLINE, CNN_ID, COMPARE_SEED, VOA_ID, builtAppDir, visitAndWaitForServiceWorker } from './pwa-support';

// A library too large to precache (docs/decisions/006-offline-cache-policy.md) keeps its index
// and search offline, and each article and comparison file once read, in a runtime cache. Run on
// such a build: `PARALLAX_OFFLINE_ARTICLES=when-read npx vite build --outDir dist-when-read`, then
// `E2E_DIST=dist-when-read npx playwright test tests/e2e/offline-when-read.spec.ts`
// (`npm run test:e2e:when-read`). On a build that precaches every article these tests skip:
// tests/e2e/offline.spec.ts covers that one.

/** Whether the build under test caches articles as read (its service worker has a route into the reading cache). */
function cachesAsRead(): boolean {
  return /CacheFirst\(\{cacheName:"parallax-reading-/.test(readFileSync(resolve(builtAppDir(), 'sw.js'), 'utf8'));
}
const NEEDS_WHEN_READ = 'this build precaches every article: tests/e2e/offline.spec.ts covers it';

const VOA_HEADLINE = /^U\.S\. Secretary of State/;
/** A report of another story, opened by no test before it goes offline. */
const NEVER_READ = 'fed-rate-cut-2026-01-28--npr';

/** Whether the worker's reading cache holds a file (asked in the page, as the worker would). */
function inReadingCache(page: Page, path: string): Promise<boolean> {
  return page.evaluate(async (wanted) => {
    const names = (await caches.keys()).filter((name) => name.startsWith('parallax-reading-'));
    for (const name of names) if ((await (await caches.open(name)).match(wanted)) !== undefined) return true;
    return false;
  }, path);
}

function recordResponses(page: Page): Response[] {
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).origin === new URL(page.url() || 'http://localhost').origin) responses.push(response);
  });
  return responses;
}

test.beforeEach(() => {
  test.skip(!cachesAsRead(), NEEDS_WHEN_READ);
});

test('the article of the very first visit is kept, though it loaded before the worker took control', async ({ page, context }) => {
  // The first visit lands on an article: its file is fetched before any service worker exists.
  await visitAndWaitForServiceWorker(page, `/articles/${CNN_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CNN_HEADLINE);
  await expect(page.getByText('each article stays on this device once you’ve opened it')).toBeVisible();
  // Once in control, the page asks again for what it had loaded, through the worker's cache.
  await expect.poll(() => inReadingCache(page, `/data/articles/${CNN_ID}.json`), { timeout: 20_000 }).toBe(true);

  await context.setOffline(true);
  const responses = recordResponses(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CNN_HEADLINE);
  await expect(page.locator('.reading-body p').first()).toBeVisible();
  expect(responses.filter((response) => !response.fromServiceWorker()).map((response) => response.url())).toEqual([]);
});

test('offline: the library and search work, articles read before open and compare, one never read says it is not saved', async ({ page, context, pageGuard }) => {
  // The article never read fails to load offline, which the browser logs.
  pageGuard.allowConsoleError(/Failed to load resource/);
  await visitAndWaitForServiceWorker(page);
  await expect(page.getByText('Parallax is ready to work offline: the library and search work without a connection')).toBeVisible();

  // Read both reports of the seed story online: the worker keeps them.
  for (const [id, headline] of [
    [VOA_ID, VOA_HEADLINE],
    [CNN_ID, CNN_HEADLINE],
  ] as const) {
    await page.goto(`/articles/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline, { timeout: 15_000 });
    await expect.poll(() => inReadingCache(page, `/data/articles/${id}.json`), { timeout: 15_000 }).toBe(true);
  }

  await context.setOffline(true);
  await expect(page.getByText('You’re offline. The library, search and every article you’ve opened here still work')).toBeVisible();
  const responses = recordResponses(page);

  // The library and its search, from the precache.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.getByRole('searchbox', { name: /Search headlines/ }).fill('satellite');
  await expect(page.getByRole('link', { name: CNN_HEADLINE }).first()).toBeVisible();

  // A report read before, from the reading cache.
  await page.goto(`/articles/${CNN_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CNN_HEADLINE);
  await expect(page.locator('.reading-body p').first()).toBeVisible();

  // Their comparison: the story's comparisons file was never read (the worker answers 404), so
  // the page computes the pair in its worker.
  await page.goto(COMPARE_SEED);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voice of America and CNN', { timeout: 15_000 });
  await expect(page.locator('article[data-side="a"] mark[data-fact-id]').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('article[data-side="b"] mark[data-fact-id]').first()).toBeVisible();
  const comparisons = responses.filter((response) => new URL(response.url()).pathname.startsWith('/data/comparisons/'));
  expect(comparisons.map((response) => response.status()), 'the comparisons file is not on this device').toContain(404);
  expect(responses.filter((response) => !response.fromServiceWorker()).map((response) => response.url()), 'responses not from the service worker').toEqual([]);

  // A report never read: not on this device. Asserted inside <main>: the masthead's "Offline"
  // badge would match any wording about the connection.
  await page.goto(`/articles/${NEVER_READ}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Not saved for offline reading', { timeout: 20_000 });
  await expect(main.getByText(/not found/i)).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Back online, it opens by itself.
  await context.setOffline(false);
  await expect(page.locator('.reading-body p').first()).toBeVisible({ timeout: 20_000 });
});
