import { expect, test } from './fixtures';

// The library is a virtual list (only the cards near the viewport are in the page). A reader
// who opens a report far down the list and comes Back must find the list where they left it:
// the same card at the same height, not the top of the library and not a few cards off.

test.use({ viewport: { width: 390, height: 520 } });

test('Back from a reader page restores the library where the reader left it', async ({ page }) => {
  await page.goto('/');
  const stories = page.getByRole('article');
  await expect(stories.first()).toBeVisible();
  const count = await stories.count();
  expect(count, 'the bundled library needs several stories for this test').toBeGreaterThan(2);

  // Scroll the last rendered story to the top of the viewport, as a reader scrolling down would.
  const story = stories.last();
  await story.evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  const title = (await story.getByRole('heading', { level: 2 }).first().textContent()) ?? '';
  expect(title.trim()).not.toBe('');
  const scrollBefore = await page.evaluate(() => window.scrollY);
  const topBefore = await story.evaluate((element) => element.getBoundingClientRect().top);

  await story.locator('a[href*="/articles/"]').first().click();
  await expect(page).toHaveURL(/\/articles\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeAttached();
  const same = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 2, name: title.trim(), exact: true }) });
  await expect(same).toBeVisible();
  // Within a few pixels: a restore that lands a card off, or at the top, fails.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore - 4);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(scrollBefore + 4);
  const topAfter = await same.evaluate((element) => element.getBoundingClientRect().top);
  expect(Math.abs(topAfter - topBefore)).toBeLessThan(4);
});
