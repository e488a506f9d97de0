import type { Page, Route } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

// Each data file broken the ways a host or a bad deploy can break it: every route must show a
// designed error that names what failed, a Retry that works once the file is fixed, and a
// masthead that still leads to the library. Routes answer from here, not a service worker.
test.use({ serviceWorkers: 'block' });

const VOA = 'blinken-seoul-2025-01-06--voa';
const CNN = 'blinken-seoul-2025-01-06--cnn';
// A pair from two stories: the build ships no comparison for it, so the worker makes one.
const NPR_FED = 'fed-rate-cut-2026-01-28--npr';

// Chromium logs each failed request (404, 500, a refused worker script) as a console error.
const FAILED_LOAD = /Failed to load resource|Failed to fetch a worker script|engine-worker/;

type Breakage = 'missing' | 'truncated' | 'invalid' | 'server error';

/** Answer the matching request broken in the chosen way (until `page.unroute`). */
async function breakFile(page: Page, pattern: string, breakage: Breakage): Promise<void> {
  await page.route(pattern, async (route: Route) => {
    if (breakage === 'missing') return route.fulfill({ status: 404, contentType: 'application/json', body: '{"error":"not found"}' });
    if (breakage === 'server error') return route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' });
    const response = await route.fetch();
    const body = await response.text();
    if (breakage === 'truncated') return route.fulfill({ response, body: body.slice(0, Math.floor(body.length / 2)) });
    // Valid JSON, wrong shape: the first date (index, article) or score (comparisons) is nonsense.
    return route.fulfill({ response, body: body.replace(/"(publishedAt|score)":("[^"]*"|[\d.]+)/, '"$1":"??"') });
  });
}

/** The designed error: named, announced, with Retry and a way to the library. */
async function expectDesignedError(page: Page, names: RegExp, timeout = 15_000): Promise<void> {
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible({ timeout });
  await expect(alert).toContainText(names);
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeEnabled();
}

async function expectLibraryStillReachable(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
}

const ROUTE_OF = {
  library: '/',
  reader: `/articles/${CNN}`,
  compare: `/compare/${VOA}/${CNN}`,
} as const;

const READY: Record<keyof typeof ROUTE_OF, (page: Page) => Promise<void>> = {
  library: (page) => expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible(),
  reader: (page) => expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(/Blinken warns Russia/),
  compare: (page) => expect(page.getByTestId('compare-counts')).toHaveText(/^\d+ shared facts/),
};

const INDEX_MESSAGE: Record<Breakage, RegExp> = {
  missing: /The library index was not found \(\/data\/index\.json\)/,
  truncated: /The library index is damaged: it is not valid JSON/,
  invalid: /The library index is not in the expected shape at stories\.0\.publishedAt/,
  'server error': /The library index could not be loaded\. The server answered 500/,
};

const ARTICLE_MESSAGE: Record<Exclude<Breakage, 'missing'>, RegExp> = {
  truncated: new RegExp(`The article “${CNN}” is damaged: it is not valid JSON`),
  invalid: new RegExp(`The article “${CNN}” is not in the expected shape at publishedAt`),
  'server error': new RegExp(`The article “${CNN}” could not be loaded\\. The server answered 500`),
};

const BREAKAGES: readonly Breakage[] = ['missing', 'truncated', 'invalid', 'server error'];

test.describe('the library index, broken', () => {
  for (const breakage of BREAKAGES) {
    for (const where of ['library', 'reader', 'compare'] as const) {
      // Every combination on the library route; one kind each on the others keeps the suite short.
      if (where !== 'library' && breakage !== (where === 'reader' ? 'truncated' : 'server error')) continue;
      test(`${breakage} index on the ${where} route: a named error, Retry recovers`, async ({ page, pageGuard }) => {
        pageGuard.allowConsoleError(FAILED_LOAD);
        await breakFile(page, '**/data/index.json', breakage);
        await page.goto(ROUTE_OF[where]);
        await expectDesignedError(page, INDEX_MESSAGE[breakage]);
        await expect(page.getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeVisible();
        await expectNoAxeViolations(page);

        await page.unroute('**/data/index.json');
        await page.getByRole('button', { name: 'Try again' }).click();
        await READY[where](page);
        await expectLibraryStillReachable(page);
      });
    }
  }
});

test.describe('an article, broken', () => {
  test('missing article: the not-found page offers Retry, which finds it once it is back', async ({ page, pageGuard }) => {
    pageGuard.allowConsoleError(FAILED_LOAD);
    await breakFile(page, `**/data/articles/${CNN}.json`, 'missing');
    await page.goto(ROUTE_OF.reader);
    await expect(page.getByRole('heading', { level: 1, name: 'Article not found' })).toBeVisible();
    await page.unroute(`**/data/articles/${CNN}.json`);
    await page.getByRole('button', { name: 'Try again' }).click();
    await READY.reader(page);
    await expectLibraryStillReachable(page);
  });

  for (const breakage of ['truncated', 'invalid', 'server error'] as const) {
    for (const where of ['reader', 'compare'] as const) {
      if (where === 'compare' && breakage !== 'invalid') continue;
      test(`${breakage} article on the ${where} route: a named error, Retry recovers`, async ({ page, pageGuard }) => {
        pageGuard.allowConsoleError(FAILED_LOAD);
        await breakFile(page, `**/data/articles/${CNN}.json`, breakage);
        await page.goto(ROUTE_OF[where]);
        await expectDesignedError(page, ARTICLE_MESSAGE[breakage]);
        await expect(page.getByText(`/data/articles/${CNN}.json`)).toBeVisible();

        await page.unroute(`**/data/articles/${CNN}.json`);
        await page.getByRole('button', { name: 'Try again' }).click();
        await READY[where](page);
        await expectLibraryStillReachable(page);
      });
    }
  }
});

test.describe('a story’s comparisons, broken', () => {
  test('missing comparisons file: the pair is compared in the browser instead', async ({ page, pageGuard }) => {
    pageGuard.allowConsoleError(FAILED_LOAD);
    await breakFile(page, '**/data/comparisons/*.json', 'missing');
    await page.goto(ROUTE_OF.compare);
    await READY.compare(page);
    await expect(page.getByText('Compared in your browser.', { exact: false })).toBeVisible();
  });

  for (const breakage of ['truncated', 'invalid', 'server error'] as const) {
    test(`${breakage} comparisons file: both texts still show, the error names the file, Retry recovers`, async ({ page, pageGuard }) => {
      test.slow(breakage === 'server error', 'nested retries of a 500');
      pageGuard.allowConsoleError(FAILED_LOAD);
      await breakFile(page, '**/data/comparisons/*.json', breakage);
      await page.goto(ROUTE_OF.compare);
      // A 500 is retried, and today the retries nest (the pair's query retries the story file's
      // query, which retries too): ~15 s before the error shows. Reported on issue #7.
      await expectDesignedError(page, /The comparison file of the story “blinken-seoul-2025-01-06”/, breakage === 'server error' ? 40_000 : 15_000);
      await expect(page.getByTestId('compare-counts')).toHaveText('Shared facts unavailable');
      // The reports themselves are still there to read.
      await expect(page.locator('article[data-side="b"] .reading-body')).toContainText('Russia may be close to sharing');
      await expectNoAxeViolations(page);

      await page.unroute('**/data/comparisons/*.json');
      await page.getByRole('button', { name: 'Try again' }).click();
      await READY.compare(page);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expectLibraryStillReachable(page);
    });
  }
});

test.describe('the comparison worker, broken', () => {
  const WORKER = '**/assets/engine-worker-*.js';
  const CASES = {
    'script missing (404)': (route: Route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
    'script throws': (route: Route) => route.fulfill({ contentType: 'text/javascript', body: "throw new Error('the worker broke');" }),
    'answers nonsense': (route: Route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'self.onmessage = (event) => self.postMessage({ requestId: event.data.requestId, ok: true, comparison: { facts: "none" } });',
      }),
  } as const;

  for (const [name, answer] of Object.entries(CASES)) {
    test(`worker ${name}: a clear error, never a hang, and Retry recovers`, async ({ page, pageGuard }) => {
      pageGuard.allowConsoleError(FAILED_LOAD);
      pageGuard.allowConsoleError(/the worker broke/);
      await page.route(WORKER, answer);
      await page.goto(`/compare/${CNN}/${NPR_FED}`);
      await expect(page.locator('article[data-side="a"] .reading-body')).toContainText('Russia may be close to sharing');
      await expectDesignedError(page, /The comparison could not be made: The comparison worker (could not run|answered in an unexpected shape)/);

      await page.unroute(WORKER);
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(page.getByTestId('compare-counts')).toHaveText(/^\d+ shared facts?/, { timeout: 30_000 });
      await expect(page.getByText('Compared in your browser.', { exact: false })).toBeVisible();
      await expectLibraryStillReachable(page);
    });
  }
});
