import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './scripts/chromium-path.mjs';

// End-to-end tests run against the production build (dist/), served by scripts/serve.mjs on
// its own port so they never hit a developer's `npm start` on 4173. `npm test` builds first;
// to run them alone: `npm run build && npm run test:e2e`.
// E2E_PORT and E2E_DIST let two checkouts (or two people) run the suite side by side.
const port = Number(process.env.E2E_PORT ?? 4317);
const distDir = process.env.E2E_DIST ?? 'dist';
const baseURL = `http://localhost:${port}`;
const isCI = Boolean(process.env.CI);

// Playwright's own browser downloads cannot work here: always use a system Chromium
// (`npm run test:e2e` runs scripts/ensure-chromium.mjs first, which installs or explains).
const executablePath = findChromium();
if (executablePath === null) {
  throw new Error(
    'No Chromium found for the browser tests. Run `node scripts/ensure-chromium.mjs` ' +
      '(or `sudo apt-get install -y chromium`), or set CHROME_PATH.',
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  // Axe runs take a few seconds each on a 2-core machine.
  timeout: 60_000,
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL,
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [...CHROMIUM_FLAGS],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs --dir ${JSON.stringify(distDir)}`,
    env: { PORT: String(port) },
    url: baseURL,
    // Never test a stale server that happens to be on the port.
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
