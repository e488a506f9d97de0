import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DATA_DIR, buildDataFiles, readDigestFiles, type BuildOptions } from './build-data.ts';

/**
 * The folder of digests to build: `PARALLAX_DIGESTS` when set (a generated corpus, e.g.
 * `npm run gen:corpus -- --stories 3334 --out /tmp/corpus`), else the given default.
 */
export function resolveDigestDir(fallback: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const fromEnv = env['PARALLAX_DIGESTS'];
  return fromEnv === undefined || fromEnv === '' ? fallback : resolve(fromEnv);
}

/** `PARALLAX_COMPARISONS=build|browser` overrides where comparisons are computed (default: by corpus size). */
export function resolveBuildOptions(env: Readonly<Record<string, string | undefined>> = process.env): BuildOptions {
  const mode = env['PARALLAX_COMPARISONS'];
  if (mode === undefined || mode === '' || mode === 'auto') return {};
  if (mode === 'build' || mode === 'browser') return { comparisons: mode };
  throw new Error(`PARALLAX_COMPARISONS must be build, browser or auto, not “${mode}”`);
}

const builtData = new Map<string, Promise<Map<string, string>>>();

/**
 * The data files a build emits for a folder of digests, made once per process: the build's
 * configuration reads their sizes for the offline cache policy (vite.config.ts,
 * docs/decisions/006-offline-cache-policy.md) before the bundle emits them, and at 10,000
 * articles making them takes ~20 s.
 */
export function buildDigestData(digestDir: string, options: BuildOptions): Promise<Map<string, string>> {
  const key = JSON.stringify([digestDir, options]);
  let files = builtData.get(key);
  if (files === undefined) {
    files = readDigestFiles(digestDir).then((digests) => buildDataFiles(digests, options));
    builtData.set(key, files);
  }
  return files;
}

/**
 * Parses the bundled digests at build time and emits the app's JSON data; in development it
 * serves the same files from memory, rebuilt on each request so edited digests show at once.
 */
export function digestData(defaultDigestDir: string): Plugin {
  const digestDir = resolveDigestDir(defaultDigestDir);
  const options = resolveBuildOptions();
  return {
    name: 'parallax-digest-data',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0]?.replace(/^\//, '') ?? '';
        if (!path.startsWith(`${DATA_DIR}/`)) return next();
        readDigestFiles(digestDir)
          .then((digests) => {
            const body = buildDataFiles(digests, options).get(path);
            response.statusCode = body === undefined ? 404 : 200;
            response.setHeader('Content-Type', body === undefined ? 'text/plain' : 'application/json');
            response.end(body ?? 'Not found');
          })
          .catch(next);
      });
    },
    async generateBundle() {
      for (const [fileName, source] of await buildDigestData(digestDir, options)) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}

export const DEFAULT_DIGEST_DIR = join(import.meta.dirname, '..', 'content', 'digests');
