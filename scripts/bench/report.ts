/** The benchmark's results and its printed report against the targets (scripts/bench.ts). */

const ENGINE_RATIO_TARGET = 2;
const GROWTH_TARGET = 5;

export interface Row {
  words: number;
  engineMs: number;
  diffMs: number;
}

export interface Measured extends Row {
  /** The first call of each side at this size (cold at the first size: compilation and the lexicon's loading). */
  firstEngineMs: number;
  firstDiffMs: number;
  rounds: number;
  facts: number;
  conflicts: number;
  changes: number;
}

export const round2 = (value: number): number => Math.round(value * 100) / 100;

export function report(results: readonly Measured[]): string {
  const lines = [
    'words   engine ms   diff ms   engine/diff   first calls (engine / diff ms)   rounds   facts   conflicts   diff changes',
    ...results.map((r) =>
      [
        String(r.words).padStart(5),
        r.engineMs.toFixed(1).padStart(11),
        r.diffMs.toFixed(1).padStart(9),
        `${(r.engineMs / r.diffMs).toFixed(2)}×`.padStart(13),
        `${r.firstEngineMs.toFixed(0)} / ${r.firstDiffMs.toFixed(0)}`.padStart(32),
        String(r.rounds).padStart(8),
        String(r.facts).padStart(7),
        String(r.conflicts).padStart(11),
        String(r.changes).padStart(14),
      ].join(' '),
    ),
    '',
  ];
  for (const r of results) {
    const ratio = r.engineMs / r.diffMs;
    lines.push(`target engine ≤ ${ENGINE_RATIO_TARGET}× diff at ${r.words}: ${ratio.toFixed(2)}× ${ratio <= ENGINE_RATIO_TARGET ? 'met' : 'NOT met'}`);
  }
  const at = (words: number): Measured | undefined => results.find((r) => r.words === words);
  const [small, large] = [at(4_000), at(16_000)];
  if (small !== undefined && large !== undefined) {
    const growth = large.engineMs / small.engineMs;
    const diffGrowth = large.diffMs / small.diffMs;
    lines.push(`target engine 16k/4k ≤ ${GROWTH_TARGET}×: ${growth.toFixed(2)}× ${growth <= GROWTH_TARGET ? 'met' : 'NOT met'} (diff 16k/4k: ${diffGrowth.toFixed(2)}×)`);
  }
  return lines.join('\n');
}
