/** The scale bench's report: the table of both corpora and the verdicts against issue #6's targets. */
import type { BrowserReport } from './browser-side.ts';
import type { NodeReport } from './node-side.ts';
import { kib, mib, ms, percentile } from './stats.ts';

/**
 * Where a keystroke's time goes, medians over its keystrokes: input event → search posted to the
 * worker (the keystroke's own render); posted → answer in the page, less the worker's search
 * (messaging, queueing); the worker's search; answer → results in the page (checking the
 * answer, the results' render).
 */
function breakdown({ browser }: CorpusReport): string {
  const samples = browser.samples.filter((sample) => sample.posted !== null && sample.answered !== null);
  if (samples.length === 0) return 'n/a';
  const median = (pick: (sample: (typeof samples)[number]) => number): string => ms(percentile(samples.map(pick), 50));
  return [
    median((sample) => sample.posted ?? 0),
    median((sample) => (sample.answered ?? 0) - (sample.posted ?? 0) - sample.worker),
    median((sample) => sample.worker),
    median((sample) => sample.ms - (sample.answered ?? 0)),
  ].join(' + ');
}

export const TARGETS = { indexGzipBytes: 1.5 * 1000 * 1000, searchP95Ms: 30, firstRenderMs: 300, heapBytes: 150 * 1024 * 1024 };

export interface CorpusReport {
  name: string;
  node: NodeReport;
  browser: BrowserReport;
}

export function table(reports: readonly CorpusReport[]): string {
  const rows: [string, (report: CorpusReport) => string][] = [
    ['stories / articles', ({ node }) => `${node.stories} / ${node.articles}`],
    ['vite build (wall)', ({ node }) => (Number.isNaN(node.viteBuildMs) ? 'reused' : `${(node.viteBuildMs / 1000).toFixed(1)} s`)],
    ['data build (parse, index, search shards)', ({ node }) => `${(node.dataBuildMs / 1000).toFixed(2)} s`],
    ['all comparisons at build (estimate)', ({ node }) => `${(node.comparisonsAllEstimateMs / 1000).toFixed(1)} s (${ms(node.comparisonsPerStoryMs)}/story; ${node.comparisonsShipped ? 'shipped' : 'not shipped: computed in the browser'})`],
    ['index files, raw / gzip', ({ node }) => `${node.indexFiles}, ${mib(node.indexBytes)} / ${kib(node.indexGzipBytes)}`],
    ['search shards, raw / gzip', ({ node }) => `${node.searchShards}, ${mib(node.searchBytes)} / ${kib(node.searchGzipBytes)}`],
    ['serialised MiniSearch instead, raw / gzip', ({ node }) => `${mib(node.serialisedBytes)} / ${kib(node.serialisedGzipBytes)}`],
    ['index build from shards vs loadJSON (Node)', ({ node }) => `${ms(node.searchBuildMs)} vs ${ms(node.serialisedLoadMs)}`],
    ['search index heap (Node, ≈ the worker)', ({ node }) => mib(node.searchHeapBytes)],
    ['data files / precache entries, size', ({ node }) => `${node.dataFiles} / ${node.precacheEntries}, ${mib(node.precacheBytes)}`],
    ['stories in the list', ({ browser }) => String(browser.storiesShown)],
    ['first card after the index\'s first file arrives', ({ browser }) => ms(browser.firstRenderAfterHeadMs)],
    ['first card after the last index file', ({ browser }) => ms(browser.firstRenderAfterIndexMs)],
    ['every story listed after the last index file', ({ browser }) => ms(browser.wholeListAfterIndexMs)],
    ['  … drawn (end of its frame)', ({ browser }) => ms(browser.firstFrameAfterIndexMs)],
    ['first card after index and route code', ({ browser }) => ms(browser.firstRenderAfterIndexAndCodeMs)],
    ['search ready (first query answered)', ({ browser }) => ms(browser.searchReadyMs)],
    ['keystroke → results, median / p95', ({ browser }) => `${ms(browser.keystrokeMedianMs)} / ${ms(browser.keystrokeP95Ms)} (${browser.keystrokes} keys)`],
    ['  of which the worker, median / p95', ({ browser }) => `${ms(browser.workerMedianMs)} / ${ms(browser.workerP95Ms)}`],
    ['  to post + transit + worker + render (medians)', breakdown],
    ['keystroke → every result row, median / p95', ({ browser }) => {
      const rows = browser.samples.flatMap((sample) => (sample.allRows === null ? [] : [sample.allRows]));
      return `${ms(percentile(rows, 50))} / ${ms(percentile(rows, 95))} (${rows.length} keys)`;
    }],
    ['engine per keystroke in Node, median / p95', ({ node }) => `${ms(node.engineKeystrokeMedianMs)} / ${ms(node.engineKeystrokeP95Ms)}`],
    ['… the engine before ranked-search.ts, same rounds', ({ node }) => `${ms(node.engineKeystrokeOldMedianMs)} / ${ms(node.engineKeystrokeOldP95Ms)}`],
    ['page JS heap (after GC)', ({ browser }) => mib(browser.heapBytes)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const header = `${''.padEnd(width)}  ${reports.map((report) => report.name.padEnd(44)).join('')}`;
  return [header, ...rows.map(([label, cell]) => `${label.padEnd(width)}  ${reports.map((report) => cell(report).padEnd(44)).join('')}`)].join('\n');
}

export function verdicts(report: CorpusReport): string[] {
  const check = (label: string, value: number, target: number, show: (n: number) => string): string => `${label}: ${show(value)} (target ≤ ${show(target)}) ${value <= target ? 'met' : 'NOT met'}`;
  return [
    check('index gzip', report.node.indexGzipBytes, TARGETS.indexGzipBytes, (n) => `${(n / 1e6).toFixed(2)} MB`),
    check('search p95 per keystroke', report.browser.keystrokeP95Ms, TARGETS.searchP95Ms, ms),
    // The index has arrived when its last file has. A long library's first card may come before
    // that (its first file's newest stories, decision 009 session 10), so every story listed is
    // held to the target too. The first card after the first file is in the table, not here: a
    // preloaded first file arrives during the app's own start-up, which that figure then measures
    // (the bundled library's one file shows it: see "after index and route code").
    check('first card after the index (its last file)', report.browser.firstRenderAfterIndexMs, TARGETS.firstRenderMs, ms),
    check('every story listed after the index (its last file)', report.browser.wholeListAfterIndexMs, TARGETS.firstRenderMs, ms),
    check('page heap', report.browser.heapBytes, TARGETS.heapBytes, mib),
    check('page heap + search index', report.browser.heapBytes + report.node.searchHeapBytes, TARGETS.heapBytes, mib),
  ];
}
