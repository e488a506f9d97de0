/**
 * The search engine's time per keystroke in Node, old and new side by side in one process:
 *
 * - `old`: the engine before src/lib/search/ranked-search.ts (MiniSearch's `search()` after the
 *   two-step narrowing; scripts/bench-scale/old-search-engine.ts);
 * - `plain`: the current engine with `ranked: false` (MiniSearch's `search()` alone);
 * - `new`: the current engine (ranked-search.ts over MiniSearch's index).
 *
 * Each round types the query letter by letter (every prefix is a search, as in the browser),
 * and for each keystroke runs the engines one after another, in an order that rotates every
 * round, so the machine's load falls on all of them alike. Every answer is checked against the
 * first engine's (ids, order, total, matched terms): a difference stops the run.
 *
 *   node --expose-gc --import tsx scripts/bench-scale/keystrokes.ts <dist> [rounds] [query]
 *
 * <dist>: a scale build (`npm run bench -- --scale --work W` leaves one in W, e.g.
 * /tmp/s2-scale/dist-3334); its data/search shards are the documents. The scale bench's Node
 * side (node-side.ts) runs the old and new engines through `measureKeystrokes` too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { SearchShardSchema } from '../../src/engine/index.ts';
import { createSearchEngine, type SearchEngine } from '../../src/lib/search/search-engine.ts';
import { NO_FILTERS, type SearchDoc, type SearchResults } from '../../src/lib/search/search-protocol.ts';
import { createSearchEngine as createOldSearchEngine } from './old-search-engine.ts';
import { QUERY, percentile } from './stats.ts';

const LIMIT = 30;

export type EngineName = 'old' | 'plain' | 'new';

export const ENGINES: Record<EngineName, (docs: SearchDoc[]) => SearchEngine> = {
  old: (docs) => createOldSearchEngine(() => Promise.resolve(docs)),
  plain: (docs) => createSearchEngine(() => Promise.resolve(docs), { ranked: false }),
  new: (docs) => createSearchEngine(() => Promise.resolve(docs)),
};

export interface KeystrokeTimes {
  /** Per keystroke (the query typed so far): how many matched, and each engine's times over the rounds. */
  keystrokes: { typed: string; total: number; times: Partial<Record<EngineName, number[]>> }[];
  /** Each engine's times over every keystroke and round. */
  pooled: Partial<Record<EngineName, number[]>>;
  /** Load average (1 minute) at the start and after each round. */
  load: number[];
}

export function readSearchDocs(dist: string): SearchDoc[] {
  const shardDir = join(dist, 'data/search');
  return readdirSync(shardDir)
    .filter((name) => /^\d+\.json$/.test(name))
    .flatMap((name) =>
      SearchShardSchema.parse(JSON.parse(readFileSync(join(shardDir, name), 'utf8'))).docs.map(([id, storyId, outlet, publishedAt, title, body]) => ({ id, storyId, outlet, publishedAt, title, body, imported: false })),
    );
}

const same = (a: SearchResults, b: SearchResults): boolean =>
  a.total === b.total && JSON.stringify(a.hits.map((hit) => [hit.id, hit.terms])) === JSON.stringify(b.hits.map((hit) => [hit.id, hit.terms]));

export async function measureKeystrokes(docs: SearchDoc[], names: readonly EngineName[], rounds: number, query = QUERY, log: (line: string) => void = () => undefined): Promise<KeystrokeTimes> {
  const engines = new Map<EngineName, SearchEngine>();
  for (const name of names) {
    const engine = ENGINES[name](docs);
    const started = performance.now();
    await engine.warm();
    // The new engine reads MiniSearch's index once per change (field lengths into typed arrays): part of this first search.
    const first = performance.now();
    await engine.search('x', NO_FILTERS, LIMIT);
    log(`${name}: indexed ${String(docs.length)} articles in ${(first - started).toFixed(0)} ms; first search ${(performance.now() - first).toFixed(1)} ms`);
    engines.set(name, engine);
  }
  const typedList = Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)).filter((typed) => !typed.endsWith(' '));
  const keystrokes = typedList.map((typed) => ({ typed, total: 0, times: Object.fromEntries(names.map((name) => [name, [] as number[]])) }));
  const load = [loadavg()[0] ?? 0];
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let round = 0; round < rounds; round++) {
    gc?.();
    const order = names.map((_, i) => names[(i + round) % names.length] as EngineName);
    for (const keystroke of keystrokes) {
      const answers = new Map<EngineName, SearchResults>();
      for (const name of order) {
        const started = performance.now();
        const answer = await (engines.get(name) as SearchEngine).search(keystroke.typed, NO_FILTERS, LIMIT);
        keystroke.times[name]?.push(performance.now() - started);
        answers.set(name, answer);
      }
      const reference = answers.get(names[0] as EngineName) as SearchResults;
      keystroke.total = reference.total;
      for (const name of names) {
        if (!same(answers.get(name) as SearchResults, reference)) throw new Error(`${name} answered ${JSON.stringify(keystroke.typed)} differently from ${String(names[0])}`);
      }
    }
    load.push(loadavg()[0] ?? 0);
  }
  const pooled = Object.fromEntries(names.map((name) => [name, keystrokes.flatMap((keystroke) => keystroke.times[name] ?? [])])) as Partial<Record<EngineName, number[]>>;
  return { keystrokes, pooled, load };
}

export function keystrokeTable(measured: KeystrokeTimes, names: readonly EngineName[]): string {
  const cell = (values: readonly number[] = []): string => `${percentile(values, 50).toFixed(1)} / ${percentile(values, 95).toFixed(1)}`;
  const ratio = (values: Partial<Record<EngineName, number[]>>): string =>
    values.old !== undefined && values.new !== undefined ? `${(percentile(values.old, 50) / percentile(values.new, 50)).toFixed(1)}×` : '';
  const lines = [
    `| keystroke | matches | ${names.map((name) => `${name}, median / p95 ms`).join(' | ')} | old ÷ new, medians |`,
    `|---|---|${names.map(() => '---|').join('')}---|`,
    ...measured.keystrokes.map((keystroke) => `| \`${keystroke.typed}\` | ${String(keystroke.total)} | ${names.map((name) => cell(keystroke.times[name])).join(' | ')} | ${ratio(keystroke.times)} |`),
    `| every keystroke pooled | | ${names.map((name) => cell(measured.pooled[name])).join(' | ')} | ${ratio(measured.pooled)} |`,
  ];
  return lines.join('\n');
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  const [dist = '/tmp/s2-scale/dist-3334', roundsArg = '20', query = QUERY] = process.argv.slice(2);
  const rounds = Number(roundsArg);
  const names: EngineName[] = ['old', 'plain', 'new'];
  const docs = readSearchDocs(dist);
  const measured = await measureKeystrokes(docs, names, rounds, query, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(
    `\n${String(docs.length)} articles, ${String(rounds)} rounds, ${String(LIMIT)} results; load average (1 min) ${Math.min(...measured.load).toFixed(1)}–${Math.max(...measured.load).toFixed(1)}\n${keystrokeTable(measured, names)}\n`,
  );
}
