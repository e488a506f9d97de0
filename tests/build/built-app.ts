import { resolve } from 'node:path';

/**
 * The build under test: dist/ (what `npm test` builds), or BUILD_DIST (relative to the project
 * or absolute) for a build made elsewhere, e.g. `npx vite build --outDir /tmp/x` then
 * `BUILD_DIST=/tmp/x npx vitest run --project build`. A build of another corpus
 * (PARALLAX_DIGESTS) or with a forced offline mode (PARALLAX_OFFLINE_ARTICLES) is checked with
 * the same variables set.
 */
export const projectRoot = resolve(import.meta.dirname, '..', '..');
export const builtAppDir = resolve(projectRoot, process.env['BUILD_DIST'] ?? 'dist');
