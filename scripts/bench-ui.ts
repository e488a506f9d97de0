/**
 * `npm run bench:ui`: how fast selecting a fact responds, in Debian's Chromium, on the seed.
 *
 * Serves the production build (run `npm run build` first) on its own port, opens the seed's
 * comparison at 1280×800 and clicks marks ~30 times, alternating columns and facts. In the page,
 * a capture listener takes the click event's timestamp (and the time it runs: the gap is input
 * delay, the browser busy with something else); a MutationObserver notes when the mark
 * gets aria-current="true" (the commit), and the first animation frame after it approximates
 * the frame that shows it. The Event Timing API's entries for the clicks (input to next paint,
 * reported only above 16 ms) are counted too. Prints median and p95; asserts nothing.
 *
 *   npx tsx scripts/bench-ui.ts [--rounds 30] [--cpu 4] [--json]
 *
 * `--cpu 4` slows the CPU four times (Chrome DevTools' throttling), for a slower machine.
 */
import { parseArgs } from 'node:util';
import { startHarness } from './ui-harness.ts';

const SEED = '/compare/blinken-seoul-2025-01-06--voa/blinken-seoul-2025-01-06--cnn';
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '30' }, cpu: { type: 'string', default: '1' }, json: { type: 'boolean', default: false } } });
const rounds = Number(values.rounds);
const cpu = Number(values.cpu);
const port = Number(process.env['BENCH_UI_PORT'] ?? 4393);

// Runs in the page (a string, so this Node-typed script needs no DOM types).
const INSTRUMENT = `(() => {
  window.__bench = { samples: [], events: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'click') window.__bench.events.push(entry.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  window.addEventListener('click', (event) => {
    const mark = event.target instanceof Element ? event.target.closest('mark[data-item-id]') : null;
    if (mark === null) return;
    const start = event.timeStamp;
    const handled = performance.now();
    const observer = new MutationObserver(() => {
      if (mark.getAttribute('aria-current') !== 'true') return;
      observer.disconnect();
      const committed = performance.now();
      requestAnimationFrame(() => {
        const frame = performance.now();
        window.__bench.samples.push({ delay: handled - start, work: committed - handled, commit: committed - start, frame: frame - start });
      });
    });
    observer.observe(mark, { attributes: true, attributeFilter: ['aria-current'] });
  }, { capture: true });
})()`;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const harness = await startHarness(port);
try {
  const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  if (cpu > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  }
  await page.goto(`${harness.baseURL}${SEED}`);
  await page.locator('mark[data-fact-id]').first().waitFor();
  await page.evaluate(INSTRUMENT);
  const marks = page.locator('mark[data-item-id]');
  const count = await marks.count();
  let previous = '';
  for (let round = 0; round < rounds; round += 1) {
    // Alternate columns and walk the facts; never click the fact already selected.
    let index = (round * 3 + (round % 2) * Math.floor(count / 2)) % count;
    let id = await marks.nth(index).getAttribute('data-item-id');
    while (id === previous) {
      index = (index + 1) % count;
      id = await marks.nth(index).getAttribute('data-item-id');
    }
    previous = id ?? '';
    await marks.nth(index).click();
    await page.waitForFunction(`window.__bench.samples.length >= ${round + 1}`);
    await page.waitForTimeout(50);
  }
  const result = await page.evaluate<{ samples: { delay: number; work: number; commit: number; frame: number }[]; events: number[] }>('window.__bench');
  const commits = result.samples.map((sample) => sample.commit).sort((x, y) => x - y);
  const delays = result.samples.map((sample) => sample.delay).sort((x, y) => x - y);
  const works = result.samples.map((sample) => sample.work).sort((x, y) => x - y);
  const frames = result.samples.map((sample) => sample.frame).sort((x, y) => x - y);
  const summary = {
    rounds: result.samples.length,
    cpuSlowdown: cpu,
    inputDelayMs: { median: percentile(delays, 50), p95: percentile(delays, 95) },
    handlerToCommitMs: { median: percentile(works, 50), p95: percentile(works, 95) },
    commitMs: { median: percentile(commits, 50), p95: percentile(commits, 95), max: commits.at(-1) ?? Number.NaN },
    nextFrameMs: { median: percentile(frames, 50), p95: percentile(frames, 95), max: frames.at(-1) ?? Number.NaN },
    eventTimingOver16ms: result.events.length,
    eventTimingMaxMs: result.events.length === 0 ? null : Math.max(...result.events),
  };
  if (values.json) console.log(JSON.stringify(summary));
  else {
    const ms = (value: number): string => `${value.toFixed(1)} ms`;
    console.log(`Selecting a fact on the seed, ${summary.rounds} clicks, CPU slowdown ×${cpu} (Chromium ${harness.browser.version()})`);
    console.log(`  click → aria-current committed: median ${ms(summary.commitMs.median)}, p95 ${ms(summary.commitMs.p95)}, max ${ms(summary.commitMs.max)}`);
    console.log(`    of which input delay (event queued): median ${ms(summary.inputDelayMs.median)}, p95 ${ms(summary.inputDelayMs.p95)}`);
    console.log(`    of which our work (handler → commit): median ${ms(summary.handlerToCommitMs.median)}, p95 ${ms(summary.handlerToCommitMs.p95)}`);
    console.log(`  click → next animation frame:   median ${ms(summary.nextFrameMs.median)}, p95 ${ms(summary.nextFrameMs.p95)}, max ${ms(summary.nextFrameMs.max)}`);
    console.log(`  Event Timing (input to next paint): ${summary.eventTimingOver16ms} of ${summary.rounds} clicks over 16 ms${summary.eventTimingMaxMs === null ? '' : `, longest ${summary.eventTimingMaxMs} ms`}`);
  }
} finally {
  await harness.close();
}
