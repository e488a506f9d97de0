import { join } from 'node:path';
import type { Plugin } from 'vite';
import { DATA_DIR, buildDataFiles, readDigestFiles } from './build-data.ts';

/**
 * Parses the bundled digests at build time and emits the app's JSON data; in development it
 * serves the same files from memory, rebuilt on each request so edited digests show at once.
 */
export function digestData(digestDir: string): Plugin {
  return {
    name: 'parallax-digest-data',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0]?.replace(/^\//, '') ?? '';
        if (!path.startsWith(`${DATA_DIR}/`)) return next();
        readDigestFiles(digestDir)
          .then((digests) => {
            const body = buildDataFiles(digests).get(path);
            response.statusCode = body === undefined ? 404 : 200;
            response.setHeader('Content-Type', body === undefined ? 'text/plain' : 'application/json');
            response.end(body ?? 'Not found');
          })
          .catch(next);
      });
    },
    async generateBundle() {
      for (const [fileName, source] of buildDataFiles(await readDigestFiles(digestDir))) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}

export const DEFAULT_DIGEST_DIR = join(import.meta.dirname, '..', 'content', 'digests');
