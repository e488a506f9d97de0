import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { visitAndWaitForServiceWorker } from './pwa-support';

// Issue #5: the app installs like a native one. Chromium's own installability check (the one
// behind its install button) must find nothing wrong, and the manifest must be complete.

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}
interface Manifest {
  name: string;
  short_name: string;
  description: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: ManifestIcon[];
  screenshots: (ManifestIcon & { form_factor?: string; label?: string })[];
  user_preferences?: { color_scheme?: { dark?: { theme_color?: string; background_color?: string } } };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(body: Buffer): string {
  expect(body.subarray(1, 4).toString('latin1'), 'a PNG file').toBe('PNG');
  return `${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`;
}

test('Chromium reports no installability errors and reads a complete manifest', async ({ playwright, baseURL }, testInfo) => {
  // Chromium never offers to install from an incognito profile, and every Playwright context is
  // one: this test runs in a real (temporary) profile.
  const profile = await mkdtemp(join(tmpdir(), 'parallax-install-'));
  const context = await playwright.chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, ...(baseURL === undefined ? {} : { baseURL }) });
  const consoleErrors: string[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await checkInstallability(page);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
  expect(consoleErrors).toEqual([]);
});

async function checkInstallability(page: Page): Promise<void> {
  await visitAndWaitForServiceWorker(page);
  const cdp = await page.context().newCDPSession(page);

  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);

  const { url, errors, data } = await cdp.send('Page.getAppManifest');
  expect(url).toMatch(/\/manifest\.webmanifest$/);
  expect(errors).toEqual([]);
  const manifest = JSON.parse(data ?? '{}') as Manifest;

  expect(manifest).toMatchObject({ name: 'Parallax', short_name: 'Parallax', start_url: '/', scope: '/', display: 'standalone' });
  expect(manifest.description.length).toBeGreaterThan(20);
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.user_preferences?.color_scheme?.dark).toEqual({ theme_color: expect.stringMatching(/^#/), background_color: expect.stringMatching(/^#/) });
  // index.html carries the light and dark theme colours for browsers that read those.
  await expect(page.locator('meta[name="theme-color"][media*="light"]')).toHaveCount(1);
  await expect(page.locator('meta[name="theme-color"][media*="dark"]')).toHaveCount(1);

  const pngs = [...manifest.icons, ...manifest.screenshots].filter((entry) => entry.type === 'image/png');
  for (const entry of pngs) {
    const response = await page.request.get(entry.src);
    expect(response.status(), entry.src).toBe(200);
    expect(pngSize(await response.body()), entry.src).toBe(entry.sizes);
  }
  const icon = (size: string, purpose: string) => manifest.icons.find((entry) => entry.sizes === size && (entry.purpose ?? 'any').split(' ').includes(purpose));
  expect(icon('192x192', 'any'), '192 icon').toBeDefined();
  expect(icon('512x512', 'any'), '512 icon').toBeDefined();
  expect(icon('512x512', 'maskable'), 'maskable icon').toBeDefined();
  expect(manifest.screenshots.map((shot) => shot.form_factor).sort()).toEqual(['narrow', 'wide']);
  expect(manifest.screenshots.every((shot) => (shot.label ?? '').length > 0)).toBe(true);
}
