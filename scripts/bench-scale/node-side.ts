/**
 * The scale bench's Node side: the production build and its wall time, the data build alone,
 * what every comparison would cost, the sizes of the index, the search shards and the precache,
 * and the search index in Node (built from the shards vs loaded serialised; its heap; the
 * engine's own time per keystroke).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { buildDataFiles, readDigestFiles } from '../../src/cli/build-data.ts';
import { SearchShardSchema, compareAllPairs, parseDigest } from '../../src/engine/index.ts';
import { INDEX_OPTIONS } from '../../src/lib/search/search-engine.ts';
import { measureKeystrokes } from './keystrokes.ts';
import type { SearchDoc } from '../../src/lib/search/search-protocol.ts';
import { listFiles, percentile } from './stats.ts';

const COMPARISON_SAMPLE = 40;

export interface NodeReport {
  articles: number;
  stories: number;
  viteBuildMs: number;
  dataBuildMs: number;
  comparisonsPerStoryMs: number;
  comparisonsAllEstimateMs: number;
  comparisonsShipped: boolean;
  indexFiles: number;
  indexBytes: number;
  indexGzipBytes: number;
  searchShards: number;
  searchBytes: number;
  searchGzipBytes: number;
  dataFiles: number;
  precacheEntries: number;
  precacheBytes: number;
  searchBuildMs: number;
  searchHeapBytes: number;
  serialisedBytes: number;
  serialisedGzipBytes: number;
  serialisedLoadMs: number;
  engineKeystrokeMedianMs: number;
  engineKeystrokeP95Ms: number;
  /** The same keystrokes through the engine before ranked-search.ts (MiniSearch's own search), in the same rounds. */
  engineKeystrokeOldMedianMs: number;
  engineKeystrokeOldP95Ms: number;
}

function viteBuild(root: string, digests: string, outDir: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, PARALLAX_DIGESTS: digests },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`vite build of ${digests} failed (exit ${String(result.status)})`);
  return performance.now() - started;
}

function precache(dist: string): { entries: number; bytes: number } {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\{\s*"?url"?\s*:\s*"([^"]+)"\s*,\s*"?revision"?\s*:/g)].map((match) => match[1] ?? '');
  return { entries: urls.length, bytes: urls.reduce((sum, url) => sum + (existsSync(join(dist, url)) ? statSync(join(dist, url)).size : 0), 0) };
}

function gc(): void {
  globalThis.gc?.();
}

export async function measureNode(corpus: string, dist: string, root: string, reuse: boolean, log: (line: string) => void): Promise<NodeReport> {
  let viteBuildMs = Number.NaN;
  if (!reuse || !existsSync(join(dist, 'sw.js'))) {
    log(`  vite build → ${dist}`);
    viteBuildMs = viteBuild(root, corpus, dist);
  }
  const digests = await readDigestFiles(corpus);
  const dataStarted = performance.now();
  buildDataFiles(digests, { comparisons: 'browser' });
  const dataBuildMs = performance.now() - dataStarted;
  const parsed = digests.map(({ file, text }) => parseDigest(text, { file }));
  const articles = parsed.reduce((sum, digest) => sum + digest.articles.length, 0);
  log(`  ${parsed.length} stories, ${articles} articles; comparing a sample of ${Math.min(COMPARISON_SAMPLE, parsed.length)} stories`);
  compareAllPairs(parsed[0]?.articles ?? []); // loads the lexicon
  const sample = parsed.slice(0, COMPARISON_SAMPLE);
  const compareStarted = performance.now();
  for (const digest of sample) compareAllPairs(digest.articles);
  const comparisonsPerStoryMs = (performance.now() - compareStarted) / Math.max(1, sample.length);

  const data = listFiles(join(dist, 'data')).map((path) => path.slice(dist.length + 1));
  const sizeOf = (paths: readonly string[]): { bytes: number; gzip: number } =>
    paths.reduce(
      (sum, path) => {
        const body = readFileSync(join(dist, path));
        return { bytes: sum.bytes + body.length, gzip: sum.gzip + gzipSync(body, { level: 9 }).length };
      },
      { bytes: 0, gzip: 0 },
    );
  const indexPaths = data.filter((path) => path === 'data/index.json' || path.startsWith('data/index/'));
  const searchPaths = data.filter((path) => /^data\/search\/\d+\.json$/.test(path));
  const index = sizeOf(indexPaths);
  const search = sizeOf(searchPaths);
  const { entries, bytes } = precache(dist);

  // The search index in Node: what the worker does, and the alternative of shipping it serialised.
  const docs: SearchDoc[] = searchPaths.flatMap((path) =>
    SearchShardSchema.parse(JSON.parse(readFileSync(join(dist, path), 'utf8'))).docs.map(([id, storyId, outlet, publishedAt, title, body]) => ({ id, storyId, outlet, publishedAt, title, body, imported: false })),
  );
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildStarted = performance.now();
  const mini = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  mini.addAll(docs);
  const searchBuildMs = performance.now() - buildStarted;
  gc();
  const searchHeapBytes = process.memoryUsage().heapUsed - heapBefore;
  const serialised = JSON.stringify(mini);
  const loadStarted = performance.now();
  MiniSearch.loadJSON(serialised, INDEX_OPTIONS);
  const serialisedLoadMs = performance.now() - loadStarted;

  // The engine per keystroke, the current one against the one before ranked-search.ts, side by side (keystrokes.ts).
  const keystrokes = await measureKeystrokes(docs, ['old', 'new'], 5);
  const times = keystrokes.pooled.new ?? [];
  const oldTimes = keystrokes.pooled.old ?? [];
  return {
    articles,
    stories: parsed.length,
    viteBuildMs,
    dataBuildMs,
    comparisonsPerStoryMs,
    comparisonsAllEstimateMs: comparisonsPerStoryMs * parsed.length,
    comparisonsShipped: data.some((path) => path.startsWith('data/comparisons/')),
    indexFiles: indexPaths.length,
    indexBytes: index.bytes,
    indexGzipBytes: index.gzip,
    searchShards: searchPaths.length,
    searchBytes: search.bytes,
    searchGzipBytes: search.gzip,
    dataFiles: data.length,
    precacheEntries: entries,
    precacheBytes: bytes,
    searchBuildMs,
    searchHeapBytes,
    serialisedBytes: serialised.length,
    serialisedGzipBytes: gzipSync(serialised).length,
    serialisedLoadMs,
    engineKeystrokeMedianMs: percentile(times, 50),
    engineKeystrokeP95Ms: percentile(times, 95),
    engineKeystrokeOldMedianMs: percentile(oldTimes, 50),
    engineKeystrokeOldP95Ms: percentile(oldTimes, 95),
  };
}
