import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsBrotli, isPrecompressed } from '../../scripts/brotli-static.ts';
import { builtAppDir as dist, listFiles, projectRoot, readViteManifest, staticClosure } from './built-app.ts';

// The build writes `<file>.br` beside the app's text files, and the preview server (npm run preview,
// the browser tests, the Lighthouse scripts) sends them to a browser that accepts brotli, gzip to
// any other (scripts/brotli-static.ts, docs/hosting.md).

describe('the build’s brotli files', () => {
  let files: string[] = [];
  beforeAll(async () => {
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no build: run \`npm run build\` before \`npm run test:build\``);
    files = await listFiles(dist);
  });

  it('has a .br beside every text file of the app over 1 KiB, holding exactly its bytes, and none elsewhere', async () => {
    const texts = files.filter(isPrecompressed);
    expect(texts).toContain('index.html');
    expect(texts.some((file) => /^assets\/index-.+\.js$/.test(file))).toBe(true);
    for (const file of texts) {
      const bytes = await readFile(join(dist, file));
      if (!files.includes(`${file}.br`)) {
        // Only a file brotli cannot make smaller may go without.
        expect(bytes.length, `${file} has no .br`).toBeLessThan(1024);
        continue;
      }
      const compressed = await readFile(join(dist, `${file}.br`));
      expect(compressed.length, `${file}.br is smaller than ${file}`).toBeLessThan(bytes.length);
      expect(brotliDecompressSync(compressed).equals(bytes), `${file}.br decompresses to ${file}`).toBe(true);
    }
    // Every .br has its file, and the data (read as exactly the digests' output by the other build tests) has none.
    const strays = files.filter((file) => file.endsWith('.br') && !isPrecompressed(file.slice(0, -3)));
    expect(strays).toEqual([]);
    expect(files.filter((file) => file.startsWith('data/') && file.endsWith('.br'))).toEqual([]);
  });

  it('leaves the .br files out of the service worker’s precache', async () => {
    const sw = await readFile(join(dist, 'sw.js'), 'utf8');
    const urls = [...sw.matchAll(/\{\s*"?url"?\s*:\s*"([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => url.endsWith('.br'))).toEqual([]);
  });

  it('reports the library route’s initial JavaScript in brotli beside gzip', async () => {
    const manifest = await readViteManifest();
    const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry === true)?.[0] ?? '';
    const keys = new Set([...staticClosure(manifest, entry), ...staticClosure(manifest, 'src/features/library/library-page.tsx')]);
    const scripts = [...new Set([...keys].map((key) => manifest[key]?.file ?? ''))].filter((file) => file.endsWith('.js'));
    let gzip = 0;
    let brotli = 0;
    for (const file of scripts) {
      gzip += gzipSync(await readFile(join(dist, file)), { level: 9 }).length;
      brotli += (await readFile(join(dist, `${file}.br`))).length;
    }
    console.log(`Initial JavaScript for the library route: ${gzip} bytes gzip (level 9; the budget's measure), ${brotli} bytes brotli (quality 11, as served)`);
    expect(brotli).toBeLessThan(gzip);
  });
});

describe('acceptsBrotli', () => {
  it.each([
    ['gzip, deflate, br, zstd', true],
    ['br', true],
    ['BR;q=0.5', true],
    ['gzip, deflate', false],
    ['br;q=0, gzip', false],
    ['brotli', false],
    ['', false],
    [undefined, false],
  ])('%j → %s', (header, accepted) => {
    expect(acceptsBrotli(header)).toBe(accepted);
  });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

describe('the preview server', () => {
  let server: PreviewServer;
  let port = 0;
  let entryScript = '';

  beforeAll(async () => {
    const html = await readFile(join(dist, 'index.html'), 'utf8');
    entryScript = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(entryScript).not.toBe('');
    server = await preview({ root: projectRoot, logLevel: 'warn', build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1', open: false } });
    port = (server.httpServer.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await server.close();
  });

  function get(path: string, headers: Record<string, string>): Promise<Answer> {
    return new Promise((done, fail) => {
      request({ host: '127.0.0.1', port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', fail);
      })
        .on('error', fail)
        .end();
    });
  }
  const securityHeaders = (answer: Answer): Record<string, unknown> =>
    Object.fromEntries(['content-security-policy', 'x-content-type-options', 'referrer-policy', 'cross-origin-opener-policy', 'permissions-policy'].map((name) => [name, answer.headers[name]]));

  it('sends the .br to a browser that accepts brotli, with the type, Vary and security headers of the gzip answer', async () => {
    const file = await readFile(join(dist, entryScript));
    const br = await get(entryScript, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    const gz = await get(entryScript, { 'accept-encoding': 'gzip, deflate' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/javascript');
    expect(String(br.headers['vary'])).toMatch(/\bAccept-Encoding\b/);
    expect(brotliDecompressSync(br.body).equals(file)).toBe(true);
    expect(gz.status).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-type']).toBe('text/javascript');
    expect(String(gz.headers['vary'])).toMatch(/\bAccept-Encoding\b/);
    expect(gunzipSync(gz.body).equals(file)).toBe(true);
    expect(securityHeaders(br)['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(securityHeaders(br)).toEqual(securityHeaders(gz));
  });

  it('sends gzip when brotli is refused (q=0), and the bytes as they are when nothing is accepted', async () => {
    const file = await readFile(join(dist, entryScript));
    const refused = await get(entryScript, { 'accept-encoding': 'br;q=0, gzip' });
    expect(refused.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(refused.body).equals(file)).toBe(true);
    const plain = await get(entryScript, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(file)).toBe(true);
  });

  it('serves the page itself in brotli, and its data in gzip', async () => {
    const page = await get('/', { 'accept-encoding': 'br', accept: 'text/html' });
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['content-type']).toBe('text/html;charset=utf-8');
    expect(brotliDecompressSync(page.body).equals(await readFile(join(dist, 'index.html')))).toBe(true);
    const data = await get('/data/index.json', { 'accept-encoding': 'gzip, br' });
    expect(data.headers['content-encoding']).toBe('gzip');
    expect(data.headers['content-type']).toBe('application/json');
  });

  it('answers a revalidation of a brotli file with 304', async () => {
    const first = await get('/sw.js', { 'accept-encoding': 'br' });
    const etag = String(first.headers['etag']);
    expect(first.headers['content-encoding']).toBe('br');
    expect(etag).toMatch(/^W\/"br-/);
    const again = await get('/sw.js', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});
