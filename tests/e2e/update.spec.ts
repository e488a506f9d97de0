import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { CNN_HEADLINE, CNN_ID, startVersionedServer, visitAndWaitForServiceWorker, type VersionedServer } from './pwa-support';

// Issue #5: a new version announces itself, never reloads under the reader, and the reload the
// reader asks for keeps their settings and their place in the article.

let server: VersionedServer;
test.beforeEach(async () => {
  server = await startVersionedServer();
});
test.afterEach(async () => {
  await server.close();
});

/** Index of the paragraph at the top of the screen. */
function paragraphAtTop(page: Page): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll('.reading-body > p')].findIndex((p) => p.getBoundingClientRect().bottom > 0));
}

async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

test('a new version waits for the reader, then reloads keeping settings and position', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await visitAndWaitForServiceWorker(page, `${server.baseURL}/articles/${CNN_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CNN_HEADLINE);

  // The reader's settings and place.
  await page.getByRole('group', { name: 'Theme' }).getByText('Dark', { exact: true }).click();
  await page.getByRole('group', { name: 'Text size' }).getByText('Extra large', { exact: true }).click();
  await page.locator('.reading-body > p').nth(5).evaluate((paragraph) => paragraph.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.mouse.wheel(0, 40);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('parallax:reading-position:v1') ?? '')).toContain(CNN_ID);
  const place = await paragraphAtTop(page);
  expect(place).toBeGreaterThanOrEqual(4);

  // A release while the page is open.
  await page.evaluate(() => {
    (window as unknown as { readerWasHere: boolean }).readerWasHere = true;
  });
  server.release();
  await checkForUpdate(page);

  const prompt = page.getByTestId('update-prompt');
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('A new version is ready — Reload');
  await expectNoAxeViolations(page);

  // Announced, not applied: the page stays as it is (no reload under the reader).
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { readerWasHere?: boolean }).readerWasHere)).toBe(true);
  expect(await paragraphAtTop(page)).toBe(place);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);

  // The reader asks for it.
  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CNN_HEADLINE);
  expect(await page.evaluate(() => (window as unknown as { readerWasHere?: boolean }).readerWasHere)).toBeUndefined();

  // The new version is in control and nothing is waiting.
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (registration?.waiting !== null || navigator.serviceWorker.controller === null) return false;
    const keys = await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)));
    return keys.flat().some((url) => url.includes('release-2'));
  });
  await expect(page.getByTestId('update-prompt')).toHaveCount(0);

  // Settings and place kept.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: 'Extra large' })).toBeChecked();
  await expect.poll(() => paragraphAtTop(page)).toBe(place);
});

test('"Later" puts the notice away and the page carries on with the old version', async ({ page }) => {
  await visitAndWaitForServiceWorker(page, `${server.baseURL}/`);
  server.release();
  await checkForUpdate(page);
  const prompt = page.getByTestId('update-prompt');
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: 'Later' }).click();
  await expect(prompt).toHaveCount(0);
  await page.getByRole('link', { name: CNN_HEADLINE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CNN_HEADLINE);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);
});
