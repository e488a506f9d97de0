// Brotli for the built app, as a static host serves it (docs/hosting.md, issue #5): the build writes
// `<file>.br` (quality 11) beside each text file of the app, and the preview server (`npm run
// preview`, `npm start`, the browser tests and the Lighthouse scripts all use it) answers a request
// that accepts `br` with that file, `Content-Encoding: br`. Anything else goes on to Vite's own
// middleware, which compresses with gzip on the fly.
import { createReadStream, statSync, type Stats } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import type { Logger, Plugin } from 'vite';

/** The content types of the files that get a `.br`, as Vite's preview server sends them uncompressed. */
export const BROTLI_CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html;charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Whether the build writes a `.br` for this file (a path relative to the build folder, `/`-separated).
 * Not `data/`: its files are small (the bundled library's 108 KB in all), change with every corpus,
 * and tests/build and the offline policy read that folder as exactly the files the digests make.
 * Not source maps, nor anything under a dot-folder (`.vite/manifest.json`, which is never served).
 */
export function isPrecompressed(path: string): boolean {
  if (path.startsWith('data/') || path.split('/').some((part) => part.startsWith('.'))) return false;
  return Object.hasOwn(BROTLI_CONTENT_TYPES, extname(path));
}

const compress = promisify(brotliCompress);

/** Brotli at its best (quality 11), told the size so small files get a small window. */
export const brotli = (bytes: Buffer): Promise<Buffer> =>
  compress(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });

export interface BrotliReport {
  files: number;
  bytes: number;
  brotliBytes: number;
}

/**
 * Writes `<file>.br` beside every file of `dir` that `isPrecompressed` names, when it comes out
 * smaller than the file (a host then sends the file as it is). Returns what was written.
 */
export async function writeBrotliFiles(dir: string): Promise<BrotliReport> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter(isPrecompressed);
  const report: BrotliReport = { files: 0, bytes: 0, brotliBytes: 0 };
  await Promise.all(
    paths.map(async (path) => {
      const bytes = await readFile(join(dir, path));
      const compressed = await brotli(bytes);
      if (compressed.length >= bytes.length) return;
      await writeFile(join(dir, `${path}.br`), compressed);
      report.files += 1;
      report.bytes += bytes.length;
      report.brotliBytes += compressed.length;
    }),
  );
  return report;
}

/** Whether an Accept-Encoding header accepts brotli: `br` listed, and not with `q=0`. */
export function acceptsBrotli(acceptEncoding: string | undefined): boolean {
  if (acceptEncoding === undefined) return false;
  return acceptEncoding.split(',').some((item) => {
    const [coding = '', ...params] = item.split(';').map((part) => part.trim().toLowerCase());
    if (coding !== 'br') return false;
    const q = params.find((param) => param.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

type Next = (error?: unknown) => void;

/**
 * Connect middleware: answers a GET or HEAD for a file of `distDir` that has a `.br` beside it with
 * that `.br` when the request accepts brotli, with `headers` (the security headers every response
 * carries) and the file's own content type. A request that does not accept brotli, asks for a range,
 * or names a file without a `.br` goes on to the next middleware (Vite's gzip and static files);
 * for a file that has a `.br` it still gets `Vary: Accept-Encoding`, as its body depends on it.
 */
export function serveBrotli(distDir: string, headers: Readonly<OutgoingHttpHeaders> = {}) {
  const root = resolve(distDir);
  /** The file a request names and its `.br`, when it has one. */
  const lookUp = (url: string): { file: string; type: string; compressed: Stats } | null => {
    try {
      let pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
      if (pathname.endsWith('/')) pathname += 'index.html';
      const type = BROTLI_CONTENT_TYPES[extname(pathname)];
      const file = resolve(root, `.${pathname}`);
      if (type === undefined || !file.startsWith(root + sep) || !isPrecompressed(relative(root, file).split(sep).join('/'))) return null;
      // Looked up synchronously, as Vite's own static middleware (sirv) does: no wait in the thread
      // pool before the answer starts, so this answers as fast as the gzip one beside it.
      const original = statSync(file, { throwIfNoEntry: false });
      const compressed = statSync(`${file}.br`, { throwIfNoEntry: false });
      return original?.isFile() === true && compressed?.isFile() === true ? { file, type, compressed } : null;
    } catch {
      // A malformed address, or a path through a file (ENOTDIR): not ours to answer.
      return null;
    }
  };
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const found = lookUp(req.url ?? '/');
    if (found === null) return next();
    const vary = res.getHeader('Vary');
    res.setHeader('Vary', vary === undefined || vary === '' ? 'Accept-Encoding' : `${String(vary)}, Accept-Encoding`);
    if (!acceptsBrotli(req.headers['accept-encoding']) || req.headers.range !== undefined) return next();
    const { file, type, compressed } = found;
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    const etag = `W/"br-${compressed.size}-${compressed.mtime.getTime()}"`;
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', 'br');
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', compressed.mtime.toUTCString());
    // As Vite's preview server sends its files: revalidated every time (docs/hosting.md says what a host should cache).
    res.setHeader('Cache-Control', 'no-cache');
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Length', compressed.size);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(`${file}.br`).on('error', next).pipe(res);
  };
}

/**
 * The Vite plugin: after the build (and after vite-plugin-pwa and the reading-cache clean-up have
 * written sw.js: list it after them) writes the `.br` files; in `vite preview` serves them.
 * Workbox's precache glob has already run by then and never lists a `.br` (tests/build/brotli.test.ts).
 */
export function brotliStatic(): Plugin {
  let outDir = '';
  let building = false;
  let logger: Logger | undefined;
  return {
    name: 'parallax:brotli-static',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
      building = config.command === 'build';
      logger = config.logger;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler: async () => {
        if (!building) return;
        const { files, bytes, brotliBytes } = await writeBrotliFiles(outDir);
        logger?.info(`Brotli: ${files} files, ${(bytes / 1024).toFixed(1)} KiB → ${(brotliBytes / 1024).toFixed(1)} KiB (.br beside each; docs/hosting.md)`);
      },
    },
    configurePreviewServer: (server) => {
      server.middlewares.use(serveBrotli(resolve(server.config.root, server.config.build.outDir), server.config.preview.headers));
    },
  };
}
