import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, type Page, type Response } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { CNN_HEADLINE, CNN_ID, COMPARE_SEED, VOA_ID, builtAppDir, visitAndWaitForServiceWorker } from './pwa-support';

// Issue #5: after one visit every bundled story, article and comparison works with no network.
// The service worker must answer everything: each response below is checked to come from it.
// These need every article precached, as the bundled library is. A library too large to
// precache (docs/decisions/006-offline-cache-policy.md) keeps its index and search offline and
// each article once read: tests/e2e/offline-when-read.spec.ts, run on such a build.

/** Whether the build under test precaches every article (else it has a route that caches them as read). */
function articlesPrecached(): boolean {
  return !/CacheFirst\(\{cacheName:"parallax-reading-/.test(readFileSync(resolve(builtAppDir(), 'sw.js'), 'utf8'));
}
const NEEDS_PRECACHED = 'this build caches articles as read (too large to precache): tests/e2e/offline-when-read.spec.ts';

/** A fact the build's comparison of the seed pair holds (read from the shipped data). */
function bundledFactId(): string {
  const file = resolve(builtAppDir(), 'data', 'comparisons', 'blinken-seoul-2025-01-06.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { comparisons: { a: string; b: string; facts: { id: string }[] }[] };
  const pair = data.comparisons.find((comparison) => comparison.a === VOA_ID && comparison.b === CNN_ID) ?? data.comparisons[0];
  const fact = pair?.facts[1] ?? pair?.facts[0];
  if (fact === undefined) throw new Error('the seed comparison has no facts');
  return fact.id;
}

/** Records every same-origin response so the test can show none came from the network. */
function recordResponses(page: Page): Response[] {
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).origin === new URL(page.url() || 'http://localhost').origin) responses.push(response);
  });
  return responses;
}

function notFromServiceWorker(responses: readonly Response[]): string[] {
  return responses.filter((response) => !response.fromServiceWorker()).map((response) => `${response.status()} ${response.url()}`);
}

test('after one visit, every route works offline: library, reader, comparison by deep link', async ({ page, context }) => {
  test.skip(!articlesPrecached(), NEEDS_PRECACHED);
  await visitAndWaitForServiceWorker(page);
  await expect(page.getByText('Parallax is ready to work offline')).toBeVisible();

  await context.setOffline(true);
  await expect(page.getByTestId('network-status')).toHaveText(/Offline/);
  await expect(page.getByText('You’re offline. Every story in the library still works')).toBeVisible();

  const responses = recordResponses(page);

  // The library, reloaded with no network.
  const reload = await page.reload();
  expect(reload?.fromServiceWorker(), 'the page itself comes from the service worker').toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.getByRole('link', { name: CNN_HEADLINE })).toBeVisible();
  await expect(page.getByTestId('network-status')).toBeVisible();
  await expectNoAxeViolations(page);

  // A reader page by deep link.
  await page.goto(`/articles/${CNN_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CNN_HEADLINE);
  await expect(page.locator('.reading-body p').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // An outlet's own site cannot open offline: the reader is told so, no dead tab opens.
  const pagesBefore = context.pages().length;
  await page.getByRole('link', { name: /Read the full report at/ }).click();
  await expect(page.getByText(/You’re offline, so .+ can’t open now/)).toBeVisible();
  expect(context.pages()).toHaveLength(pagesBefore);

  // The other report, by following a link.
  await page.goto(`/articles/${VOA_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^U\.S\. Secretary of State/);

  // A comparison by deep link, with a fact selected.
  const fact = bundledFactId();
  await page.goto(`${COMPARE_SEED}?fact=${fact}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voice of America and CNN');
  await expect(page.locator(`article[data-side="a"] mark[data-fact-id="${fact}"]`).first()).toHaveAttribute('aria-current', 'true');
  await expect(page.locator(`article[data-side="b"] mark[data-fact-id="${fact}"]`).first()).toHaveAttribute('aria-current', 'true');
  await expectNoAxeViolations(page);

  // The comparison picker and a page that does not exist.
  await page.goto('/compare');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i);
  await expectNoAxeViolations(page);

  expect(responses.length).toBeGreaterThan(0);
  expect(responses.some((response) => response.url().includes('/data/'))).toBe(true);
  expect(notFromServiceWorker(responses), 'responses that did not come from the service worker').toEqual([]);

  // Back online: the indicator goes and says so.
  await context.setOffline(false);
  await expect(page.getByText('You’re back online.')).toBeVisible();
  await expect(page.getByTestId('network-status')).toHaveCount(0);
});

test('offline, the first page opened is a deep link into a comparison', async ({ page, context }) => {
  test.skip(!articlesPrecached(), NEEDS_PRECACHED);
  await visitAndWaitForServiceWorker(page, `/articles/${VOA_ID}`);
  await context.setOffline(true);
  const responses = recordResponses(page);
  await page.goto(`${COMPARE_SEED}?fact=${bundledFactId()}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voice of America and CNN');
  await expect(page.locator('mark[aria-current="true"]').first()).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  expect(notFromServiceWorker(responses)).toEqual([]);
});

// Not the strict fixture: the browser itself logs the 404 of the missing data file, which is
// exactly what this test wants to see.
base('offline, an article that does not exist is "not found", not "check your connection"', async ({ page, context }) => {
  base.skip(!articlesPrecached(), NEEDS_PRECACHED);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await visitAndWaitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/articles/nope');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article not found');
  expect(errors.filter((text) => !/status of 404/.test(text))).toEqual([]);

  // And a data URL opened as a page is that file's 404, never the app shell.
  const response = await page.goto('/data/articles/nope.json');
  expect(response?.status()).toBe(404);
});

// Either build: a reading cache left by an earlier build (a large library, since shrunk, or an
// older data version) goes when this build's worker activates.
test('the worker deletes on activate the reading caches of other builds', async ({ page, pageGuard }) => {
  // A same-origin page that loads no app, so no worker exists yet when the old cache is made
  // (the browser asks for a favicon the host does not have).
  pageGuard.allowConsoleError(/favicon\.ico/);
  await page.goto('/robots.txt');
  await page.evaluate(async () => {
    await (await caches.open('parallax-reading-000000000000')).put('/data/articles/old.json', new Response('{}', { headers: { 'Content-Type': 'application/json' } }));
  });
  await visitAndWaitForServiceWorker(page);
  await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 15_000 }).not.toContain('parallax-reading-000000000000');
});
