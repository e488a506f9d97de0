/**
 * `npm run bench -- --scale`: Parallax at 10,000 articles (issue #6), against the bundled digests.
 *
 * For each corpus (a generated one of `--stories` digests, ~3 articles each, made by
 * scripts/gen-corpus.ts with a fixed seed; and the bundled src/content/digests):
 *
 * - Node: the production build (`vite build` with PARALLAX_DIGESTS pointing at the corpus) and
 *   its wall time; the data build alone, in-process; what computing every story's comparisons
 *   would cost (timed on a sample of stories, extrapolated); the sizes of the index (raw and
 *   gzip), the search shards and the precache; and the search index in Node: building it from
 *   the shards versus loading a serialised MiniSearch index (the trade-off in docs/decisions/009),
 *   its heap, and the engine's own time per keystroke.
 * - Chromium (Debian's, via Playwright; service worker blocked so its precaching does not compete
 *   with the page): time from the index's arrival (its resource timing `responseEnd`; the last
 *   part's, for a split index) to the first story card in the page; when search is ready; each
 *   keystroke of a query typed letter by letter, from the input event to the results for it in
 *   the page (median and p95), and the worker's own time for each; the page's JS heap (CDP
 *   Performance.getMetrics after a forced GC).
 *
 *   npm run bench -- --scale [--stories 3334] [--work /tmp/parallax-scale] [--root DIR] [--reuse] [--runs N] [--json]
 *
 * `--reuse` keeps a corpus and builds already in the work folder. `--root` builds another
 * checkout (the same scripts). `--runs N` measures the browser side N times per corpus: the
 * keystrokes of all runs pooled, the median of the other figures (the shared machine is noisy).
 * Asserts nothing; prints the table and the targets.
 *
 *   npm run bench -- --scale --ab --pair NAME:DIST_A:DIST_B … [--rounds N]   two builds, alternately (bench-scale/ab.ts)
 *   npm run bench -- --scale --trace DIST PORT OUT [--profile]             where a keystroke's time goes (bench-scale/trace-typing.ts)
 *   npm run bench -- --scale --trace-load DIST PORT OUT                    what the first card waits for (bench-scale/trace-load.ts)
 *
 * The parts: scripts/bench-scale/node-side.ts, browser-side.ts, report.ts (and stats.ts).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { combineBrowserRuns, measureBrowser, type BrowserReport } from './bench-scale/browser-side.ts';
import { measureNode } from './bench-scale/node-side.ts';
import { table, verdicts, type CorpusReport } from './bench-scale/report.ts';
import { generateCorpus } from './gen-corpus.ts';

const REPO = resolve(import.meta.dirname, '..');

export async function runScaleBench(args: readonly string[]): Promise<void> {
  // Two modes for finding where a keystroke's time goes: two builds side by side (ab.ts), and
  // one typing under a Chromium trace or CPU profile (trace-typing.ts).
  if (args.includes('--ab')) return (await import('./bench-scale/ab.ts')).runAb(args);
  if (args.includes('--trace')) return (await import('./bench-scale/trace-typing.ts')).runTrace(args);
  if (args.includes('--trace-load')) return (await import('./bench-scale/trace-load.ts')).runLoadTrace(args);
  const { values } = parseArgs({
    args: [...args],
    options: {
      stories: { type: 'string', default: '3334' },
      work: { type: 'string', default: '/tmp/parallax-scale' },
      root: { type: 'string', default: REPO },
      port: { type: 'string', default: process.env['BENCH_SCALE_PORT'] ?? '4394' },
      runs: { type: 'string', default: '1' },
      reuse: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      scale: { type: 'boolean', default: false },
    },
  });
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  const stories = Number(values.stories);
  const work = resolve(values.work);
  const root = resolve(values.root);
  const corpus = join(work, `corpus-${stories}`);
  if (!values.reuse || !existsSync(corpus)) {
    log(`generating ${stories} stories into ${corpus}`);
    generateCorpus(stories, corpus);
  }
  const reports: CorpusReport[] = [];
  for (const [name, digests, dist] of [
    [`generated (${stories} stories)`, corpus, join(work, `dist-${stories}`)],
    ['bundled digests', join(root, 'src/content/digests'), join(work, 'dist-bundled')],
  ] as const) {
    log(`${name}:`);
    const node = await measureNode(digests, dist, root, values.reuse, log);
    const runs: BrowserReport[] = [];
    for (let run = 0; run < Math.max(1, Number(values.runs)); run += 1) runs.push(await measureBrowser(dist, Number(values.port), log));
    const browser = combineBrowserRuns(runs);
    reports.push({ name, node, browser });
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(reports)}\n`);
    return;
  }
  process.stdout.write(`${table(reports)}\n\n`);
  for (const report of reports) process.stdout.write(`${report.name}:\n${verdicts(report).map((line) => `  ${line}`).join('\n')}\n`);
}
