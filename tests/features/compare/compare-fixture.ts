import seed from '../../fixtures/blinken-seoul-2025-01-06.txt?raw';
import strike from '../../fixtures/app/ports-strike-straight-quotes.txt?raw';
import type { ComparisonData } from '../../../src/engine/index.ts';
import { dataFilesFor } from '../../support/render-app.tsx';
import { articlesOf, rangeOf } from './compare-support.ts';

export const SEED = { file: 'blinken-seoul-2025-01-06.txt', text: seed };
export const STRIKE = { file: 'ports-strike-2025-01-14.txt', text: strike };
export const VOA = 'blinken-seoul-2025-01-06--voa';
export const CNN = 'blinken-seoul-2025-01-06--cnn';
export const AP = 'ports-strike-2025-01-14--ap';

const [voa, cnn] = articlesOf(SEED);
if (voa === undefined || cnn === undefined) throw new Error('the seed has two reports');

const pair = (id: string, kind: ComparisonData['facts'][number]['kind'], score: number, a: string, b: string) => ({
  id,
  kind,
  score,
  a: [rangeOf(voa.text, a)],
  b: [rangeOf(cnn.text, b)],
});

/**
 * A hand-made comparison of the seed, so these tests read the same while the engine is tuned:
 * four facts (one of low confidence) and a conflict nested inside a fact. Stored in the
 * build's order (CNN, VOA) to prove the view turns the pair round.
 */
export const handMade: ComparisonData = {
  a: VOA,
  b: CNN,
  facts: [
    pair('fact-satellite', 'quote', 0.9, 'share space and satellite technology with the DPRK', 'share advance space and satellite technology with Pyongyang'),
    pair('fact-troops', 'paraphrase', 0.72, 'North Korean supplies of artillery, ammunition and troops', 'supplied troops'),
    pair('fact-war', 'paraphrase', 0.66, 'the fight it started in February 2022', 'the invasion he began nearly three years ago'),
    pair('fact-visit', 'entity', 0.4, 'Speaking during a visit to South Korea', 'Blinken said from Seoul'),
  ],
  conflicts: [
    {
      id: 'conflict-start',
      kind: 'date',
      subject: 'war began',
      values: ['February 2022', 'nearly three years ago'],
      note: 'war began: February 2022 vs nearly three years ago',
      a: [rangeOf(voa.text, 'February 2022')], b: [rangeOf(cnn.text, 'nearly three years ago')],
    },
  ],
};

function turned(comparison: ComparisonData): ComparisonData {
  const swap = <T extends { a: unknown; b: unknown }>(item: T): T => ({ ...item, a: item.b, b: item.a });
  return {
    a: comparison.b,
    b: comparison.a,
    facts: comparison.facts.map(swap),
    conflicts: comparison.conflicts.map((conflict) => ({
      ...swap(conflict),
      values: [conflict.values[1], conflict.values[0]],
      note: `${conflict.subject}: ${conflict.values[1]} vs ${conflict.values[0]}`,
    })),
  };
}

export function handMadeFiles(): Map<string, string> {
  const files = dataFilesFor([SEED, STRIKE]);
  files.set('/data/comparisons/blinken-seoul-2025-01-06.json', JSON.stringify({ storyId: 'blinken-seoul-2025-01-06', comparisons: [turned(handMade)] }));
  return files;
}
