import type { Page, Route } from '@playwright/test';
import { ASTRAL, BIDI, ENTITIES, HOSTILE_PARAGRAPHS, IMG_TAG, LONG_LINE, SCRIPT_TAG, ZERO_WIDTH, hostileArticle, hostileComparison } from '../fixtures/app/hostile';
import { expect, expectNoAxeViolations, test } from './fixtures';

// Routes answer from here, not from a service worker's cache.
test.use({ serviceWorkers: 'block' });

const VOA = 'blinken-seoul-2025-01-06--voa';
const CNN = 'blinken-seoul-2025-01-06--cnn';
const REFUSED = /Content Security Policy/;

type ArticleJson = Parameters<typeof hostileArticle>[0];

/** Serve the real article with every free-text field made hostile (still schema-valid). */
async function serveHostileArticle(route: Route): Promise<void> {
  const response = await route.fetch();
  const article = (await response.json()) as ArticleJson;
  await route.fulfill({ response, json: hostileArticle(article) });
}

/** Collects every dialog (alert, confirm, prompt) the page opens: there must be none. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe('Content-Security-Policy', () => {
  test('the built page carries a strict policy, and the server sends it with frame-ancestors', async ({ page }) => {
    const response = await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).not.toBeNull();
    const directives = new Map((meta ?? '').split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources.join(' ')] as const;
    }));
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'worker-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self'",
      'font-src': "'self'",
      'connect-src': "'self'",
      'manifest-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
    });
    // The meta comes before anything it must govern.
    expect(await page.evaluate(() => document.head.firstElementChild?.nextElementSibling?.getAttribute('http-equiv'))).toBe('Content-Security-Policy');
    const header = response?.headers()['content-security-policy'] ?? '';
    expect(header).toBe(`${meta ?? ''}; frame-ancestors 'none'`);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  });

  test('an inline script or event handler slipped into the page is refused, and the guard sees it', async ({ page, pageGuard }) => {
    pageGuard.allowConsoleError(REFUSED);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = "script";';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.__injected = "handler"');
      image.src = '/no-such-image.png';
      document.body.append(image);
    });
    // Each refusal is reported once per policy (the meta and the server's header).
    const seen = new Set<string>();
    await expect
      .poll(() => {
        for (const violation of pageGuard.takeCspViolations()) seen.add(`${violation.directive} ${violation.blockedUri}`);
        return [...seen].sort();
      })
      .toEqual(['script-src-attr inline', 'script-src-elem inline']);
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  });

  // The guard itself must be able to fail a test: this one breaks the policy and says nothing.
  test('a violation the test did not expect fails the test', async ({ page, pageGuard }) => {
    test.fail(true, 'the page fixture must fail a test that breaks the Content-Security-Policy');
    pageGuard.allowConsoleError(REFUSED); // so only the CSP check can fail it
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
    });
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(1);
  });
});

test.describe('hostile text', () => {
  test('a hostile article shows as literal text: no dialog, no markup, no violation, axe clean', async ({ page }) => {
    const dialogs = watchDialogs(page);
    await page.route(`**/data/articles/${CNN}.json`, serveHostileArticle);
    await page.goto(`/articles/${CNN}`);
    const article = page.getByRole('article');
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(`${SCRIPT_TAG} ${ASTRAL}`);
    const paragraphs = await article.locator('.reading-body p').allTextContents();
    expect(paragraphs).toEqual([`Opening ${SCRIPT_TAG} and ${IMG_TAG} in the lede.`, `Entities ${ENTITIES} stay as typed.`, `${BIDI} and ${ZERO_WIDTH} here.`, ASTRAL, LONG_LINE]);
    await expect(article.locator('figcaption')).toContainText(`${IMG_TAG} ${BIDI}`);
    expect(await page.locator('main script, main img, main iframe, main object, main b').count()).toBe(0);
    const source = article.getByRole('link', { name: /Read the full report at/ });
    await expect(source).toHaveText(/at evil\.example/);
    await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    // A 100,000-character word wraps instead of widening the page.
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    expect(dialogs).toEqual([]);
  });

  test('a hostile comparison shows as literal text, with marks on whole characters', async ({ page }) => {
    test.slow();
    const dialogs = watchDialogs(page);
    await page.route(`**/data/articles/*.json`, serveHostileArticle);
    await page.route('**/data/comparisons/blinken-seoul-2025-01-06.json', async (route) => {
      const response = await route.fetch();
      const text = HOSTILE_PARAGRAPHS.join('\n\n'); // both reports' hostile text
      await route.fulfill({ response, json: { storyId: 'blinken-seoul-2025-01-06', comparisons: [hostileComparison(VOA, CNN, text)] } });
    });
    await page.goto(`/compare/${VOA}/${CNN}`);
    // Two 100,000-character paragraphs to measure and mark: slow on a busy 2-core machine.
    await expect(page.getByTestId('compare-counts')).toHaveText(/^2 shared facts/, { timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${IMG_TAG} and ${IMG_TAG}`);
    const column = page.locator('article[data-side="a"]');
    const markText = (id: string) =>
      column.locator(`mark[data-item-id="${id}"]`).evaluateAll((marks) =>
        marks.map((mark) => [...mark.childNodes].filter((node) => !(node instanceof HTMLElement && node.matches('.compare-mark-number'))).map((node) => node.textContent).join('')),
      );
    expect(await markText('fact-tag')).toEqual([SCRIPT_TAG]);
    expect(await markText('fact-rocket')).toEqual(['🚀 with ']);
    expect(await markText('conflict-script')).toEqual(['𝒳']);
    expect(await page.locator('main script, main img, main iframe, main object').count()).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    expect(dialogs).toEqual([]);
  });
});
