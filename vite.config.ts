import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { DEFAULT_DIGEST_DIR, digestData } from './src/cli/vite-plugin-digests.ts';
import { webAppManifest } from './src/app/pwa/manifest.ts';

// react-router's package exports only its development build under the conditions Vite resolves
// (see its package.json "exports"); production builds use its production build explicitly.
const reactRouterProduction = join(import.meta.dirname, 'node_modules', 'react-router', 'dist', 'production', 'index.mjs');

/**
 * The Content-Security-Policy (docs/decisions/007-content-security-policy.md). Everything the
 * app runs, styles, fetches and shows comes from its own origin: no inline script, no eval, no
 * plugins, no <base> rewriting, no form posts. Hostile text in a digest can at worst show as
 * text; if a bug ever let it become markup, the browser still refuses to run it.
 *
 * `style-src 'self'` holds because styles come from the built CSS file only: React's `style`
 * props and theme-init.js set styles through the CSSOM, which CSP does not govern.
 */
const contentSecurityPolicy: Record<string, readonly string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** The policy as one header or meta value. */
const cspValue = (extra: Record<string, readonly string[]> = {}): string =>
  Object.entries({ ...contentSecurityPolicy, ...extra })
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');

/**
 * The built index.html carries the policy as a <meta>, so any static host enforces it. Build
 * only: Vite's dev client and React Refresh inject inline scripts the policy would refuse.
 * Right after the charset, before any script or link: a meta policy governs only what the
 * parser meets after it.
 */
function contentSecurityPolicyMeta(): Plugin {
  const anchor = /<meta charset="UTF-8" \/>\n/i;
  return {
    name: 'parallax:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        if (!anchor.test(html)) throw new Error('index.html: no <meta charset="UTF-8" /> to put the Content-Security-Policy after.');
        return html.replace(anchor, (charset) => `${charset}    <meta http-equiv="Content-Security-Policy" content="${cspValue()}" />\n`);
      },
    },
  };
}

/**
 * What a host should send with every response (docs/hosting.md). The preview server (and so
 * the browser tests) sends them too, so the suite runs under the same rules as production.
 * `frame-ancestors` works only as a header: a <meta> policy ignores it.
 */
const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': cspValue({ 'frame-ancestors': ["'none'"] }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

// The offline cache policy (what is precached, what is not, the size limits) is recorded in
// docs/decisions/006-offline-cache-policy.md; tests/build/budgets.test.ts enforces it.
export default defineConfig(({ mode }) => ({
  resolve: {
    alias: mode === 'production' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : [],
  },
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicyMeta(),
    digestData(DEFAULT_DIGEST_DIR),
    VitePWA({
      // A new version waits until the reader asks for it (src/app/pwa/): never a reload under them.
      registerType: 'prompt',
      // src/app/pwa/register-service-worker.ts registers it after the first render.
      injectRegister: false,
      strategies: 'generateSW',
      manifest: webAppManifest,
      // public/ files are precached by the glob below (screenshots excepted: only the install UI uses them).
      includeAssets: [],
      includeManifestIcons: false,
      workbox: {
        // Every route's code, the styles and all bundled data: JSON is not in Workbox's default glob.
        // (vite-plugin-pwa adds manifest.webmanifest itself.)
        globPatterns: ['**/*.{js,css,html,svg,png,json,txt}'],
        globIgnores: ['**/*.map', 'screenshots/**'],
        // Workbox's default (2 MiB per file), stated so the policy is visible here.
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        navigateFallback: '/index.html',
        // Data and files are never answered with the app shell: a miss must stay a miss.
        navigateFallbackDenylist: [/^\/data\//, /\/[^/?]+\.[a-z0-9]+(?:\?.*)?$/i],
        // First visit: take control at once, so the page that installed the worker works offline.
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // Bundled data is all precached, so a /data/ URL the precache does not hold does not
            // exist in this version. Online the server answers; offline it is a real 404, not a
            // network failure (the route then shows "not found" instead of "check your connection").
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/data/'),
            handler: 'NetworkOnly',
            options: {
              plugins: [
                {
                  handlerDidError: () =>
                    Promise.resolve(
                      new Response(JSON.stringify({ error: 'not found' }), {
                        status: 404,
                        statusText: 'Not Found',
                        headers: { 'Content-Type': 'application/json' },
                      }),
                    ),
                },
              ],
            },
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Every browser that runs ES2022 supports <link rel="modulepreload">: no polyfill in the entry.
    modulePreload: { polyfill: false },
    sourcemap: true,
    // dist/.vite/manifest.json: the chunk graph tests/build/budgets.test.ts measures.
    manifest: true,
    rolldownOptions: {
      // The engine is pure (docs/architecture.md): a module whose exports the app does not use
      // can go entirely, top-level tables and all. Without this, tables the bundler cannot prove
      // unused (number words, date patterns) ride along in the initial bundle.
      treeshake: {
        moduleSideEffects: [
          { test: /[\\/]src[\\/]engine[\\/]/, sideEffects: false },
          { test: /\.css$/, sideEffects: true },
        ],
      },
    },
  },
  server: { port: 5173 },
  preview: { port: Number(process.env['PORT'] ?? 4173), strictPort: true, headers: securityHeaders },
}));
