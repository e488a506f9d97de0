/**
 * Makes the install assets the web app manifest lists (src/app/pwa/manifest.ts), with the system
 * Chromium: no image library, no download. The results are committed under public/.
 *   npx tsx scripts/generate-pwa-assets.ts icons         public/icons/*.png from the SVGs below
 *   npm run build && npx tsx scripts/generate-pwa-assets.ts screenshots
 *                                                         public/screenshots/*.png of the built app
 * With no argument it does both (so build first).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_FLAGS, findChromium } from './chromium-path.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const ICONS = resolve(ROOT, 'public', 'icons');
const SCREENSHOTS = resolve(ROOT, 'public', 'screenshots');

// The favicon's mark (public/favicon.svg): two columns of text and the shared line between them.
const MARK = `<rect x="14" y="16" width="15" height="32" rx="3" fill="#fff"/><rect x="35" y="16" width="15" height="32" rx="3" fill="#fff" opacity=".7"/><rect x="18" y="24" width="28" height="5" rx="2" fill="#facc15"/>`;

/** The favicon at any size: a rounded tile on a transparent ground. */
const ANY_ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#1d4ed8"/>${MARK}</svg>`;

/**
 * Maskable: the tile fills the square (the platform cuts its own shape) and the mark sits inside
 * the central 80 % safe zone, scaled to 70 % of the favicon's mark.
 */
const MASKABLE_ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#1d4ed8"/><g transform="translate(32 32) scale(0.7) translate(-32 -32)">${MARK}</g></svg>`;

function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === null) throw new Error('No Chromium found: run node scripts/ensure-chromium.mjs or set CHROME_PATH.');
  return chromium.launch({
    executablePath,
    args: [...CHROMIUM_FLAGS],
  });
}

async function renderIcon(browser: Browser, svg: string, size: number, file: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: resolve(ICONS, file), omitBackground: true });
  await page.close();
  console.log(`wrote public/icons/${file}`);
}

async function makeIcons(browser: Browser): Promise<void> {
  mkdirSync(ICONS, { recursive: true });
  await renderIcon(browser, ANY_ICON, 192, 'icon-192.png');
  await renderIcon(browser, ANY_ICON, 512, 'icon-512.png');
  await renderIcon(browser, MASKABLE_ICON, 512, 'icon-maskable-512.png');
  // iOS draws its own rounded corners and fills transparency with black: full bleed, like maskable.
  await renderIcon(browser, MASKABLE_ICON, 180, 'apple-touch-icon-180.png');
}

async function makeScreenshots(browser: Browser): Promise<void> {
  if (!existsSync(resolve(ROOT, 'dist', 'index.html'))) throw new Error('No build in dist/: run npm run build first.');
  mkdirSync(SCREENSHOTS, { recursive: true });
  const port = Number(process.env['SCREENSHOT_PORT'] ?? 4392);
  const server = await preview({ root: ROOT, logLevel: 'warn', preview: { port, strictPort: true, host: 'localhost', open: false } });
  try {
    const baseURL = `http://localhost:${port}`;
    // No service worker: its "ready to work offline" notice has no place in a store listing.
    const shots = [
      { path: '/', width: 1280, height: 800, file: 'library-wide.png', ready: 'Library' },
      { path: '/articles/blinken-seoul-2025-01-06--cnn', width: 412, height: 915, file: 'reader-narrow.png', ready: null },
    ];
    for (const shot of shots) {
      const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: 1, serviceWorkers: 'block', colorScheme: 'light', reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${baseURL}${shot.path}`);
      await page.getByRole('heading', { level: 1, ...(shot.ready === null ? {} : { name: shot.ready }) }).waitFor();
      await page.screenshot({ path: resolve(SCREENSHOTS, shot.file) });
      await context.close();
      console.log(`wrote public/screenshots/${shot.file}`);
    }
  } finally {
    await server.close();
  }
}

const what = process.argv[2] ?? 'all';
if (!['icons', 'screenshots', 'all'].includes(what)) {
  console.error('usage: npx tsx scripts/generate-pwa-assets.ts [icons|screenshots|all]');
  process.exit(2);
}
const browser = await launch();
try {
  if (what !== 'screenshots') await makeIcons(browser);
  if (what !== 'icons') await makeScreenshots(browser);
} finally {
  await browser.close();
}
