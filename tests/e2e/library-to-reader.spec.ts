import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

// The seed story (src/content/digests/blinken-seoul-2025-01-06.txt) has two reports.
const CNN_ID = 'blinken-seoul-2025-01-06--cnn';
const CNN_HEADLINE = 'Blinken warns Russia is close to sharing advanced satellite technology with North Korea';
// Voice of America gave no headline: its title is derived from the lede.
const VOA_TITLE_START = 'U.S. Secretary of State Antony Blinken said Monday';

function cnnReportLink(page: Page) {
  return page.getByRole('link', { name: CNN_HEADLINE });
}

function voaReportLink(page: Page) {
  return page.getByRole('link', { name: VOA_TITLE_START });
}

function themeGroup(page: Page) {
  return page.getByRole('group', { name: 'Theme' });
}

test('library lists the seed story, filters by outlet, and leads to the reports', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();

  // One story, an <article> titled by its h2, with a link to each report.
  const story = page.getByRole('article').filter({ has: cnnReportLink(page) });
  await expect(story).toHaveCount(1);
  await expect(story.getByRole('heading', { level: 2 }).first()).toHaveText(/\S/);
  await expect(story.getByRole('link', { name: CNN_HEADLINE })).toBeVisible();
  await expect(story.getByRole('link', { name: VOA_TITLE_START })).toBeVisible();
  await expect(story.getByText('Derived title')).toBeVisible();

  await expectNoAxeViolations(page);

  // Outlet filter.
  const outlet = page.getByLabel('Outlet', { exact: true });
  await expect(outlet).toBeVisible();
  const options = (await outlet.locator('option').allTextContents()).map((text) => text.trim());
  expect(options).toEqual(expect.arrayContaining(['All outlets', 'CNN', 'Voice of America']));

  await outlet.selectOption({ label: 'CNN' });
  await expect(voaReportLink(page)).toBeHidden();
  await expect(cnnReportLink(page)).toBeVisible();

  await outlet.selectOption({ label: 'All outlets' });
  await expect(voaReportLink(page)).toBeVisible();

  // Reader: the CNN report.
  await cnnReportLink(page).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${CNN_ID}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CNN_HEADLINE);
  // The outlet name on its own (not the "(CNN) —" dateline of the lede).
  await expect(page.getByText(/(^|[^(\w])CNN([^)\w]|$)/).first()).toBeVisible();
  await expect(page.getByText('January 6, 2025').first()).toBeVisible();

  const source = page.getByRole('link', { name: 'www.edition.cnn.com' });
  await expect(source).toHaveAttribute('href', /^https:\/\/www\.edition\.cnn\.com\/?$/);
  await expect(source).toHaveAttribute('rel', /(^|\s)noopener(\s|$)/);

  const others = page.getByRole('navigation', { name: 'Other reports of this story' });
  const toVoa = others.getByRole('link', { name: /Voice of America|U\.S\. Secretary of State/ }).first();
  await expect(toVoa).toBeVisible();

  await expectNoAxeViolations(page);

  // On to the Voice of America report.
  await toVoa.click();
  await expect(page).not.toHaveURL(new RegExp(`/articles/${CNN_ID}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^U\.S\. Secretary of State/);
  await expectNoAxeViolations(page);
});

for (const path of ['/articles/nope', '/no-such-page']) {
  test(`${path} shows a not-found page with a way back to the library`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: /library/i }).first().click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  });
}

test('reading settings: text size and a theme that persists across a reload', async ({ page }) => {
  await page.goto(`/articles/${CNN_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CNN_HEADLINE);

  const textSize = page.getByRole('group', { name: 'Text size' });
  await expect(textSize.getByRole('radio')).toHaveCount(4);
  const body = page.locator('.reading-body');
  const before = await body.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  await textSize.getByText('Extra large', { exact: true }).click();
  await expect.poll(() => body.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThan(before);

  const theme = themeGroup(page);
  for (const name of ['Light', 'Dark', 'Sepia']) {
    await expect(theme.getByRole('radio', { name, exact: true })).toBeVisible();
  }

  // Click the option's visible text, as a reader would (the radio itself may be visually hidden).
  await theme.getByText('Dark', { exact: true }).click();
  await expect(theme.getByRole('radio', { name: 'Dark', exact: true })).toBeChecked();
  const lightBackground = 'rgb(251, 251, 249)';
  await expect(page.locator('html')).not.toHaveCSS('background-color', lightBackground);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CNN_HEADLINE);
  await expect(themeGroup(page).getByRole('radio', { name: 'Dark', exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: 'Extra large' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).not.toHaveCSS('background-color', lightBackground);

  await expectNoAxeViolations(page);
});

test('keyboard only: skip link, open a report with Enter, focus lands on the new page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Tab forward (bounded) until the CNN report's link has focus, then open it. The search form
  // comes first (box, outlet, and each date field's parts), then the stories.
  const target = cnnReportLink(page);
  for (let step = 0; step < 60 && !(await target.evaluate((element) => element === document.activeElement)); step += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CNN_HEADLINE);
  await expect(page.locator('main')).toBeFocused();
});
