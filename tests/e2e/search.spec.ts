import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { CNN_HEADLINE, CNN_ID, visitAndWaitForServiceWorker } from './pwa-support';

// Issue #6, search: MiniSearch in a worker over the bundled search shards (data/search/).

const searchBox = (page: Page) => page.getByRole('search', { name: 'Library' }).getByRole('searchbox', { name: /Search headlines, reports and outlets/ });
const results = (page: Page) => page.getByRole('list', { name: /^Results for/ }).getByRole('listitem');

test('`/` focuses the search box; typing finds reports, marks the matches and keeps the query in the address', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('satell', { delay: 30 });
  await expect(page).toHaveURL(/\?q=satell$/);
  await expect(page.getByRole('status').filter({ hasText: /reports? match/ })).toHaveText(/^2 reports match “satell”/);
  await expect(results(page)).toHaveCount(2);
  await expect(results(page).first().locator('mark').first()).toHaveText(/^satellite$/i);
  await expectNoAxeViolations(page);

  // From the box to the first result by keyboard, and on to the reader.
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first().getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/articles\//);

  // Back restores the search.
  await page.goBack();
  await expect(searchBox(page)).toHaveValue('satell');
  await expect(results(page)).toHaveCount(2);

  // `/` typed in another field stays there.
  await page.getByLabel('From').focus();
  await page.keyboard.press('/');
  await expect(searchBox(page)).not.toBeFocused();
});

test('filters by outlet, date range and story, all in the address', async ({ page }) => {
  await page.goto('/?q=satellite');
  await expect(results(page)).toHaveCount(2);
  await page.getByLabel('Outlet', { exact: true }).selectOption({ label: 'CNN' });
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).getByRole('link', { name: CNN_HEADLINE })).toBeVisible();
  await expect(page).toHaveURL(/outlet=CNN/);

  await page.getByLabel('Outlet', { exact: true }).selectOption({ label: 'All outlets' });
  await page.getByLabel('From').fill('2025-01-07');
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toHaveText(/^0 reports match/);
  await page.getByLabel('From').fill('');
  await expect(results(page)).toHaveCount(2);

  await results(page).first().getByRole('button', { name: 'Search only this story' }).click();
  await expect(page).toHaveURL(/story=blinken-seoul-2025-01-06/);
  await expect(page.getByText(/In the story/)).toBeVisible();
  await page.reload();
  await expect(searchBox(page)).toHaveValue('satellite');
  await expect(results(page)).toHaveCount(2);
  await expectNoAxeViolations(page);
});

test('search works offline after one visit', async ({ page, context }) => {
  await visitAndWaitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await searchBox(page).fill('satellite');
  await expect(results(page)).toHaveCount(2);
  await expect(results(page).getByRole('link', { name: CNN_HEADLINE })).toHaveAttribute('href', `/articles/${CNN_ID}`);
  await context.setOffline(false);
});
