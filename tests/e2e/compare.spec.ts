import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

// The seed story's two reports; the build ships their comparison precomputed.
const VOA = 'blinken-seoul-2025-01-06--voa';
const CNN = 'blinken-seoul-2025-01-06--cnn';
const SEED = `/compare/${VOA}/${CNN}`;

const column = (page: Page, side: 'a' | 'b') => page.locator(`article[data-side="${side}"]`);
const current = (page: Page) => page.locator('mark[aria-current="true"]');

async function factIds(page: Page, side: 'a' | 'b'): Promise<string[]> {
  const ids = await column(page, side).locator('mark[data-fact-id]').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-fact-id') ?? ''));
  return [...new Set(ids)].sort();
}

test('the seed: shared facts marked in both reports, same ids, no axe findings in light and dark', async ({ page }) => {
  await page.goto(SEED);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voice of America and CNN');
  await expect(column(page, 'a').getByRole('heading', { level: 2 })).toHaveText(/^U\.S\. Secretary of State/);
  await expect(column(page, 'b').getByRole('heading', { level: 2 })).toHaveText('Blinken warns Russia is close to sharing advanced satellite technology with North Korea');
  await expect(column(page, 'a').locator('mark[data-fact-id]').first()).toBeVisible();
  const ids = await factIds(page, 'a');
  expect(ids.length).toBeGreaterThanOrEqual(4);
  expect(await factIds(page, 'b')).toEqual(ids);
  await expect(page.getByTestId('compare-counts')).toHaveText(new RegExp(`^${ids.length} shared facts`));
  // Only-in lists are there, with their sentences.
  await expect(page.getByRole('region', { name: /^Only in Voice of America/ })).toContainText('79 of the 128 drones');
  await expectNoAxeViolations(page);

  await page.evaluate(() => localStorage.setItem('parallax:reading-settings:v1', JSON.stringify({ theme: 'dark', textSize: 'medium' })));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await column(page, 'b').locator('mark[data-fact-id]').first().click();
  await expect(current(page).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('select by mouse: both sides current, the counterpart scrolls level, hover lights it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(SEED);
  // A fact CNN tells near its top and Voice of America further down: VOA's column must scroll
  // down until its wording sits level with CNN's.
  await expect(column(page, 'b').locator('mark[data-fact-id]').first()).toBeVisible();
  const id = await page.evaluate(() => {
    const top = (mark: Element | null | undefined): number => mark?.getBoundingClientRect().top ?? Number.NaN;
    for (const mark of document.querySelectorAll('article[data-side="b"] mark[data-fact-id]')) {
      const factId = mark.getAttribute('data-fact-id') ?? '';
      const there = document.querySelector(`article[data-side="a"] mark[data-fact-id="${factId}"]`);
      if (top(there) > top(mark) + 100 && top(mark) < window.innerHeight - 50) return factId;
    }
    return null;
  });
  expect(id, 'a fact lower in VOA than in CNN').not.toBeNull();
  const source = column(page, 'b').locator(`mark[data-fact-id="${id ?? ''}"]`).first();
  const counterpart = column(page, 'a').locator(`mark[data-fact-id="${id ?? ''}"]`).first();

  await source.hover();
  await expect(counterpart).toHaveAttribute('data-active', 'true');

  await source.click();
  await expect(source).toHaveAttribute('aria-current', 'true');
  await expect(counterpart).toHaveAttribute('aria-current', 'true');
  await expect(page).toHaveURL(new RegExp(`\\?fact=${id ?? ''}$`));
  await expect
    .poll(async () => {
      const [from, to] = await Promise.all([source.boundingBox(), counterpart.boundingBox()]);
      return from === null || to === null ? Number.POSITIVE_INFINITY : Math.abs(from.y - to.y);
    })
    .toBeLessThan(4);
  await expect(page.getByRole('region', { name: 'Selection' })).toContainText(/Fact \d of \d/);
});

test('select by keyboard: Tab to a mark, Enter, n and p, Escape, ? for the shortcuts', async ({ page }) => {
  await page.goto(SEED);
  const firstMark = page.locator('mark[data-item-id]').first();
  await expect(firstMark).toBeVisible();
  for (let step = 0; step < 40 && !(await firstMark.evaluate((mark) => mark === document.activeElement)); step += 1) await page.keyboard.press('Tab');
  await expect(firstMark).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(firstMark).toHaveAttribute('aria-current', 'true');
  const firstId = await firstMark.getAttribute('data-item-id');

  await page.keyboard.press('n');
  await expect(current(page).first()).not.toHaveAttribute('data-item-id', firstId ?? '');
  await expect(page.locator('mark[aria-current="true"]:focus')).toHaveCount(1);
  await page.keyboard.press('p');
  await expect(current(page).first()).toHaveAttribute('data-item-id', firstId ?? '');
  await page.keyboard.press('Escape');
  await expect(current(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/fact=/);

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a deep link opens with its fact selected, and the reader links here', async ({ page }) => {
  await page.goto(`/articles/${VOA}`);
  await page.getByRole('link', { name: 'Compare with CNN' }).click();
  await expect(page).toHaveURL(new RegExp(`${SEED}$`));
  const id = (await column(page, 'a').locator('mark[data-fact-id]').nth(1).getAttribute('data-fact-id')) ?? '';

  await page.goto(`${SEED}?fact=${id}`);
  await expect(column(page, 'a').locator(`mark[data-fact-id="${id}"]`).first()).toHaveAttribute('aria-current', 'true');
  await expect(column(page, 'b').locator(`mark[data-fact-id="${id}"]`).first()).toHaveAttribute('aria-current', 'true');
  await expect(column(page, 'b').locator(`mark[data-fact-id="${id}"]`).first()).toBeInViewport();
});

// Lighthouse's mobile audit opens a comparison this way (issue #5): the fact is aligned in the
// page's first animation frame, with a jump rather than a smooth scroll (decision 011, session 8).
// Until then the page scrolled to it in the commit's layout effect, and the router's
// <ScrollRestoration>, whose layout effect runs after the page's, put the window back at the top:
// on a narrow screen a linked fact was selected but never shown.
test('narrow screens: a shared link to a fact further down opens there, the fact selected', async ({ page, context }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(SEED);
  const marks = column(page, 'a').locator('mark[data-fact-id]');
  await expect(marks.first()).toBeVisible();
  // The fact that first appears last in the report: its first mark is the one aligned.
  const ids = await marks.evaluateAll((all) => all.map((mark) => mark.getAttribute('data-fact-id') ?? ''));
  const id = ids.filter((each, index) => ids.indexOf(each) === index).at(-1) ?? '';
  await expect(column(page, 'a').locator(`mark[data-fact-id="${id}"]`).first()).not.toBeInViewport(); // opening there is a scroll

  // A new tab, as a shared link opens: this tab's <ScrollRestoration> would put it back where this page was.
  const linked = await context.newPage();
  await linked.setViewportSize({ width: 390, height: 844 });
  await linked.goto(`${SEED}?fact=${id}`);
  const target = column(linked, 'a').locator(`mark[data-fact-id="${id}"]`).first();
  await expect(target).toHaveAttribute('aria-current', 'true');
  await expect(target).toBeInViewport();
  expect(await linked.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('narrow screens: one report at a time, the switch keeps the selected fact', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(SEED);
  await expect(column(page, 'a')).toBeVisible();
  await expect(column(page, 'b')).toBeHidden();
  const mark = column(page, 'a').locator('mark[data-fact-id]').first();
  await mark.click();
  const id = (await mark.getAttribute('data-fact-id')) ?? '';
  await page.getByRole('button', { name: 'See in CNN' }).click();
  await expect(column(page, 'a')).toBeHidden();
  const counterpart = column(page, 'b').locator(`mark[data-fact-id="${id}"]`).first();
  await expect(counterpart).toHaveAttribute('aria-current', 'true');
  await expect(counterpart).toBeInViewport();
  await page.getByRole('group', { name: 'Report shown' }).getByRole('button', { name: 'Voice of America' }).click();
  await expect(column(page, 'a')).toBeVisible();
  await expect(mark).toHaveAttribute('aria-current', 'true');
  await expectNoAxeViolations(page);
});

test('export: copy as Markdown, and a print layout that keeps both columns', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(SEED);
  await expect(page.locator('mark[data-fact-id]').first()).toBeVisible();
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain('# Voice of America and CNN compared');
  expect(markdown).toMatch(/### Fact 1 \(\w+, \d+% confidence\)\n\n- \*\*Voice of America:\*\* “.+”\n- \*\*CNN:\*\* “.+”/);
  expect(markdown).toContain('## Only in Voice of America');
  expect(markdown).toContain('Source: <https://www.edition.cnn.com>');

  await page.setViewportSize({ width: 600, height: 900 });
  await page.emulateMedia({ media: 'print' });
  await expect(column(page, 'a')).toBeVisible();
  await expect(column(page, 'b')).toBeVisible();
  const [a, b] = await Promise.all([column(page, 'a').boundingBox(), column(page, 'b').boundingBox()]);
  expect(a !== null && b !== null && Math.abs(a.y - b.y) < 2 && b.x > a.x).toBe(true);
  await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeHidden();
});

test('any two reports, across stories, from the picker', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Compare any two reports' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare two reports');
  await expectNoAxeViolations(page);
  await page.getByLabel('Left report').selectOption(CNN);
  await page.getByLabel('Right report').selectOption(VOA);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(new RegExp(`/compare/${CNN}/${VOA}$`));
  await expect(column(page, 'a')).toContainText('(CNN)');
});

test('a pair from two different stories is compared on the spot, in a worker', async ({ page }) => {
  const quake = 'quake-davao-oriental-2025-03-04--ap';
  await page.goto('/compare');
  await page.getByLabel('Left report').selectOption(CNN);
  await page.getByLabel('Right report').selectOption(quake);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(new RegExp(`/compare/${CNN}/${quake}$`));
  await expect(column(page, 'b')).toContainText('earthquake');
  // Two reports of different events: the worker answers, and finds (almost) nothing shared.
  await expect(page.getByText(/^[01] shared facts? · 0 conflicts$/)).toBeVisible();
  await expectNoAxeViolations(page);
});
