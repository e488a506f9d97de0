/**
 * Screenshots of the comparison view for the docs, from the production build:
 *   npm run build && npx tsx scripts/compare-screenshots.ts
 * writes docs/screenshots/compare-wide.png (1440×1000) and compare-narrow.png (390×844).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, startHarness } from './ui-harness.ts';

const SEED = '/compare/blinken-seoul-2025-01-06--voa/blinken-seoul-2025-01-06--cnn';
const OUT = resolve(ROOT, 'docs/screenshots');
const port = Number(process.env['SCREENSHOT_PORT'] ?? 4391);

const harness = await startHarness(port);
try {
  mkdirSync(OUT, { recursive: true });
  const wide = await harness.browser.newPage({ viewport: { width: 1440, height: 1000 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  await wide.goto(`${harness.baseURL}${SEED}`);
  await wide.locator('mark[data-fact-id]').first().waitFor();
  const first = wide.locator('[data-side="b"] mark[data-fact-id]').nth(1);
  await first.click();
  await wide.mouse.move(0, 0);
  await wide.screenshot({ path: resolve(OUT, 'compare-wide.png') });

  const narrow = await harness.browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, reducedMotion: 'reduce' });
  await narrow.goto(`${harness.baseURL}${SEED}`);
  await narrow.locator('mark[data-fact-id]').first().waitFor();
  await narrow.keyboard.press('n');
  await narrow.keyboard.press('n');
  await narrow.screenshot({ path: resolve(OUT, 'compare-narrow.png') });
  console.log(`wrote ${resolve(OUT, 'compare-wide.png')} and ${resolve(OUT, 'compare-narrow.png')}`);
} finally {
  await harness.close();
}
