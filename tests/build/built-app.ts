import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

/**
 * The build under test: dist/ (what `npm test` builds), or BUILD_DIST (relative to the project
 * or absolute) for a build made elsewhere, e.g. `npx vite build --outDir /tmp/x` then
 * `BUILD_DIST=/tmp/x npx vitest run --project build`. A build of another corpus
 * (PARALLAX_DIGESTS) or with a forced offline mode (PARALLAX_OFFLINE_ARTICLES) is checked with
 * the same variables set.
 */
export const projectRoot = resolve(import.meta.dirname, '..', '..');
export const builtAppDir = resolve(projectRoot, process.env['BUILD_DIST'] ?? 'dist');

/** Every file under `dir`, as a `/`-separated path relative to the build folder. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(builtAppDir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/** A chunk of Vite's build manifest (`.vite/manifest.json`), by source module. */
export interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type ViteManifest = Record<string, ManifestChunk>;

/** The build's manifest, or an error that says to build first. */
export async function readViteManifest(): Promise<ViteManifest> {
  const path = join(builtAppDir, '.vite', 'manifest.json');
  if (!existsSync(path)) throw new Error(`${builtAppDir} has no build manifest: run \`npm run build\` before \`npm run test:build\``);
  return JSON.parse(await readFile(path, 'utf8')) as ViteManifest;
}

/** The chunk and everything it imports statically: what the browser must fetch before it runs. */
export function staticClosure(manifest: ViteManifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (chunk === undefined) throw new Error(`${key} is not in the build manifest`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/** The URLs in the generated service worker's precache manifest (sw.js). */
export function precachedUrls(sw: string): string[] {
  const urls = [...sw.matchAll(/\{\s*"?url"?\s*:\s*"([^"]+)"\s*,\s*"?revision"?\s*:/g)].map((match) => match[1] ?? '');
  if (urls.length === 0) throw new Error(`no precache manifest found in ${join(builtAppDir, 'sw.js')}`);
  return urls;
}
