import { resolve } from 'node:path';
import { formatTable, pagesToAudit, runLighthouse, type Category } from '../../scripts/lighthouse.mjs';
import { expect, test } from './fixtures';

// Issue #5: Lighthouse's accessibility, best-practices and SEO scores are 100 on the library, a
// reader page and a comparison. Performance is a timing (noisy on a busy 2-core machine), so
// `npm run lighthouse` reports it and this test does not run it.
const ASSERTED: Category[] = ['accessibility', 'best-practices', 'seo'];

test('Lighthouse: accessibility, best practices and SEO are 100 on every page', async ({ baseURL }, testInfo) => {
  test.setTimeout(240_000);
  expect(baseURL).toBeDefined();
  // The pages come from the build under test (E2E_DIST, as in playwright.config.ts).
  const pages = pagesToAudit(resolve(process.env['E2E_DIST'] ?? 'dist'));
  expect(pages.map((page) => page.name)).toEqual(['library', 'reader', 'comparison']);

  const results = await runLighthouse({ baseURL: baseURL ?? '', pages, categories: ASSERTED });
  const table = formatTable(results, ASSERTED);
  testInfo.annotations.push({ type: 'lighthouse', description: table });
  console.log(`Lighthouse 12.2.3 (mobile preset)\n${table}`);

  for (const result of results) {
    for (const category of ASSERTED) {
      expect(result.scores[category], `${result.name} ${category}; failing audits:\n${(result.failing[category] ?? []).join('\n')}`).toBe(100);
    }
  }
});
