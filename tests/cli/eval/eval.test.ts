import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, type Run } from '../run-cli.ts';
import type { EvalResult } from '../../../src/cli/eval/summary.ts';
import { readFixture } from '../../engine/fixtures.ts';

const SEED_GOLD = join(ROOT, 'tests/fixtures/blinken-seoul-2025-01-06.gold.json');

function evaluate(...args: string[]): Promise<Run> {
  return runCli('src/cli/eval.ts', ...args);
}

/** A copy of the seed digest and a gold beside it, edited by `edit`. */
function seedCopy(edit: (gold: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-eval-'));
  copyFileSync(join(ROOT, 'tests/fixtures/blinken-seoul-2025-01-06.txt'), join(dir, 'blinken-seoul-2025-01-06.txt'));
  const gold = JSON.parse(readFixture('blinken-seoul-2025-01-06.gold.json')) as Record<string, unknown>;
  edit(gold);
  const path = join(dir, 'seed.gold.json');
  writeFileSync(path, JSON.stringify(gold));
  return path;
}

describe('npm run eval', () => {
  it('measures the seed and prints the table and the targets, exiting 0 whatever the scores', async () => {
    const run = await evaluate(SEED_GOLD);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^digest +pairs +unrel\. +facts +hits +R +P +F1 +highlight P +conflict R +unmatched C +false \(unrel\.\)\n/u);
    expect(run.stdout).toMatch(/\nblinken-seoul-2025-01-06\.txt +1 +0 +\d+ +\d\/4 /u);
    expect(run.stdout).toContain('\ntargets\n  ');
    expect(run.stdout).toContain('F1 (mean over digests)');
  }, 30_000);

  it('prints the whole result as JSON with --json', async () => {
    const run = await evaluate(SEED_GOLD, '--json');
    expect([run.code, run.stderr]).toEqual([0, '']);
    const result = JSON.parse(run.stdout) as EvalResult;
    expect(Object.keys(result)).toEqual(['digests', 'mean', 'micro', 'conflictsByKind', 'targets']);
    expect(result.digests.map((digest) => [digest.digest, digest.gold, digest.counts.pairs, digest.counts.requiredFacts])).toEqual([
      ['blinken-seoul-2025-01-06.txt', 'tests/fixtures/blinken-seoul-2025-01-06.gold.json', 1, 4],
    ]);
    expect(result.targets.map((check) => check.metric)).toEqual(['f1', 'highlightPrecision', 'conflictRecall', 'falseFactsOnUnrelated']);
  }, 30_000);

  it('lists each pair’s facts and misses with --verbose', async () => {
    const run = await evaluate(join(ROOT, 'tests/fixtures/blinken-seoul-2025-01-06.txt'), '--verbose');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^== blinken-seoul-2025-01-06\.txt \(gold: tests\/fixtures\/blinken-seoul-2025-01-06\.gold\.json\)\n\nVOICE OF AMERICA ↔ CNN · /u);
  }, 30_000);

  it('exits non-zero, naming the fact, label and span, when a gold span is not in the text', async () => {
    const gold = seedCopy((json) => {
      const [first] = json['facts'] as { spans: Record<string, string[]> }[];
      if (first !== undefined) first.spans['CNN'] = ['Russia is far from sharing anything'];
    });
    const run = await evaluate(gold);
    expect([run.code, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toMatch(/^eval: .*seed\.gold\.json: fact “satellite-tech”: span for “CNN” not found in that article’s text: "Russia is far from sharing anything"\n$/u);
  }, 30_000);

  it('exits non-zero on an invalid gold and on a missing file', async () => {
    const invalid = await evaluate(seedCopy((json) => delete json['facts']));
    expect([invalid.code, invalid.stdout]).toEqual([1, '']);
    expect(invalid.stderr).toMatch(/seed\.gold\.json: not a valid gold file:\n✖ Invalid input: expected array, received undefined\n {2}→ at facts\n$/u);
    const missing = await evaluate('tests/fixtures/overlap/no-such.gold.json');
    expect([missing.code, missing.stderr]).toEqual([1, 'eval: cannot read gold file tests/fixtures/overlap/no-such.gold.json: ENOENT\n']);
  }, 30_000);
});
