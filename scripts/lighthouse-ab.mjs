// A/B Lighthouse performance on two builds, runs alternating, so a loaded machine slows both alike:
//   node scripts/lighthouse-ab.mjs --a /tmp/base-dist --b dist [--runs 5] [--pages library,comparison] [--save dir]
// Serves each build with Vite's preview server (the same headers as `npm run preview`), then for
// each run audits every page on A, then on B (the order swapped every other run), each page in a
// fresh Chromium. Prints the median
// performance score and metrics of each side and the delta (B − A), with the load average before
// and after, and the host's Lighthouse benchmark index (lhr.environment.benchmarkIndex) of every
// run: the mobile preset's throttling assumes a fast desktop host, so it says how slow this one
// is. `--save` writes each run's Lighthouse JSON (for the main-thread breakdown), its trace
// (`*.trace.json`, for scripts/lighthouse-tasks.mjs) and its network log (`*.lantern.json`, for
// scripts/lighthouse-lantern.mjs).
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { METRICS, pagesToAudit, runLighthouse } from './lighthouse.mjs';

const root = resolve(import.meta.dirname, '..');

const usage = 'usage: node scripts/lighthouse-ab.mjs --a <dist> --b <dist> [--runs 5] [--pages library,reader,comparison] [--port 4432] [--save <dir>] [--json]';

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      a: { type: 'string' },
      b: { type: 'string' },
      runs: { type: 'string', default: '5' },
      pages: { type: 'string' },
      port: { type: 'string', default: process.env.LIGHTHOUSE_PORT ?? '4432' },
      save: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`lighthouse-ab: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
if (options.a === undefined || options.b === undefined) {
  console.error(`lighthouse-ab: --a and --b are required\n${usage}`);
  process.exit(2);
}
const runs = Number(options.runs);
const firstPort = Number(options.port);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(firstPort)) {
  console.error(`lighthouse-ab: --runs and --port must be whole numbers\n${usage}`);
  process.exit(2);
}

const sides = [
  { label: 'A', dist: resolve(root, options.a), port: firstPort },
  { label: 'B', dist: resolve(root, options.b), port: firstPort + 1 },
];
for (const side of sides) {
  if (!existsSync(join(side.dist, 'index.html'))) {
    console.error(`lighthouse-ab: no build in ${side.dist}`);
    process.exit(1);
  }
}

// Both builds ship the same data, so the pages come from A; --pages keeps some of them.
const wanted = options.pages?.split(',').map((name) => name.trim());
const pages = pagesToAudit(sides[0].dist).filter((page) => wanted === undefined || wanted.includes(page.name));
if (pages.length === 0) {
  console.error(`lighthouse-ab: no page matches --pages ${options.pages}`);
  process.exit(2);
}

const median = (values) => {
  const sorted = values.filter((value) => value !== null).sort((x, y) => x - y);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');

const { preview } = await import('vite');
const servers = [];
const samples = { A: [], B: [] };
const loadBefore = load();
try {
  for (const side of sides) {
    servers.push(
      await preview({ root, logLevel: 'warn', build: { outDir: side.dist }, preview: { port: side.port, strictPort: true, host: 'localhost', open: false } }),
    );
  }
  if (options.save !== undefined) await mkdir(options.save, { recursive: true });
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) {
      // One Lighthouse run per page (each in a fresh Chromium), retried once: on a loaded
      // machine Lighthouse sometimes fails to record a trace, and that should cost one sample.
      const results = [];
      for (const page of pages) {
        for (let attempt = 1; attempt <= 2; attempt += 1) {
          try {
            results.push(
              ...(await runLighthouse({
                baseURL: `http://localhost:${side.port}`,
                pages: [page],
                categories: ['performance'],
                onReport:
                  options.save === undefined
                    ? undefined
                    : async (name, lhr, artifacts) => {
                        await writeFile(join(options.save, `${side.label}-${name}-${run + 1}.json`), JSON.stringify(lhr));
                        // The page's trace, as Lantern simulated it: scripts/lighthouse-tasks.mjs lists its tasks.
                        const trace = artifacts?.Trace ?? artifacts?.traces?.defaultPass;
                        if (trace !== undefined) await writeFile(join(options.save, `${side.label}-${name}-${run + 1}.trace.json`), JSON.stringify(trace));
                        // The network log and the rest Lantern needs: scripts/lighthouse-lantern.mjs replays the simulation.
                        const devtoolsLog = artifacts?.DevtoolsLog ?? artifacts?.devtoolsLogs?.defaultPass;
                        if (devtoolsLog !== undefined) {
                          await writeFile(
                            join(options.save, `${side.label}-${name}-${run + 1}.lantern.json`),
                            JSON.stringify({ devtoolsLog, URL: artifacts.URL, gatherContext: artifacts.GatherContext }),
                          );
                        }
                      },
              })),
            );
            break;
          } catch (error) {
            console.error(`run ${run + 1}/${runs} ${side.label} ${page.name} (attempt ${attempt}): ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      }
      for (const result of results) {
        samples[side.label].push({ run: run + 1, name: result.name, score: result.scores.performance, benchmarkIndex: result.benchmarkIndex, ...result.metrics });
      }
      const bench = (result) => (result.benchmarkIndex === null ? '' : ` [bi ${Math.round(result.benchmarkIndex)}]`);
      console.error(
        `run ${run + 1}/${runs} ${side.label}: ${results.map((result) => `${result.name} ${result.scores.performance}${bench(result)}`).join(', ')} (load ${load()})`,
      );
    }
  }
} finally {
  for (const server of servers) await server.close();
}
const loadAfter = load();

const columns = ['score', ...Object.keys(METRICS), 'benchmarkIndex'];
const rows = pages.map((page) => {
  const row = { page: page.name };
  for (const column of columns) {
    const a = median(samples.A.filter((sample) => sample.name === page.name).map((sample) => sample[column]));
    const b = median(samples.B.filter((sample) => sample.name === page.name).map((sample) => sample[column]));
    row[column] = { a, b, delta: a === null || b === null ? null : b - a };
  }
  row.scoresA = samples.A.filter((sample) => sample.name === page.name).map((sample) => sample.score);
  row.scoresB = samples.B.filter((sample) => sample.name === page.name).map((sample) => sample.score);
  return row;
});

if (options.json) {
  console.log(JSON.stringify({ a: sides[0].dist, b: sides[1].dist, runs, loadBefore, loadAfter, rows, samples }, null, 2));
} else {
  const format = (column, value) => (value === null ? '–' : column === 'cls' ? value.toFixed(3) : column === 'score' ? String(value) : `${Math.round(value)}`);
  const signed = (column, value) => (value === null ? '–' : `${value >= 0 ? '+' : ''}${format(column, value)}`);
  console.log(`Lighthouse 12.2.3 mobile, ${runs} alternating runs per side, medians (times in ms)`);
  console.log(`A = ${sides[0].dist}\nB = ${sides[1].dist}\nload average (1/5/15 min) before: ${loadBefore}, after: ${loadAfter}\n`);
  console.log(`| page | ${columns.map((column) => `${column} A | ${column} B | Δ`).join(' | ')} |`);
  console.log(`| --- | ${columns.map(() => '---: | ---: | ---:').join(' | ')} |`);
  for (const row of rows) {
    console.log(`| ${row.page} | ${columns.map((column) => `${format(column, row[column].a)} | ${format(column, row[column].b)} | ${signed(column, row[column].delta)}`).join(' | ')} |`);
  }
  console.log('');
  for (const row of rows) console.log(`${row.page} scores  A: ${row.scoresA.join(' ')}  B: ${row.scoresB.join(' ')}`);
  const indexes = [...samples.A, ...samples.B].map((sample) => sample.benchmarkIndex).filter((value) => value !== null);
  if (indexes.length > 0) {
    console.log(
      `\nhost benchmarkIndex (Lighthouse's CPU benchmark; the mobile preset assumes a fast desktop): median ${Math.round(median(indexes))}, min ${Math.round(Math.min(...indexes))}, max ${Math.round(Math.max(...indexes))}, ${indexes.length} runs`,
    );
  }
}
