import { describe, expect, it } from 'vitest';
import * as lexicon from '../../../src/engine/lexicon/index.ts';
import { parseDigest, type Article } from '../../../src/engine/index.ts';
import { alignRegions, alignRegionsUpTo, indexUnits } from '../../../src/engine/overlap/align.ts';
import { splitClauses } from '../../../src/engine/overlap/clauses.ts';
import { gatherPair } from '../../../src/engine/overlap/compare.ts';
import { findDates } from '../../../src/engine/overlap/dates.ts';
import { FEATURE_NAMES } from '../../../src/engine/overlap/draft-features.ts';
import { findQuantities } from '../../../src/engine/overlap/quantities.ts';
import { readUnits } from '../../../src/engine/overlap/units-read.ts';
import { numberKeys, weighUnits, type Unit } from '../../../src/engine/overlap/units.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';

/** Decision 004, round 9b: more drafts gathered for the learned gate, and what it reads of them. */

/** The units of two one-sentence texts, numbered and weighed as compare.ts does. */
function unitsOfPair(a: string, b: string): [Unit[], Unit[]] {
  const read = (text: string): { units: Unit[]; clauseCount: number } => {
    const tokens = tokenize(text);
    const clauses = splitClauses(text, tokens);
    const units = readUnits(tokens, clauses, findQuantities(text), findDates(text, '2025-01-06'), lexicon);
    units.forEach((unit, index) => {
      unit.index = index;
    });
    return { units, clauseCount: clauses.length };
  };
  const [x, y] = [read(a), read(b)];
  const ids = new Map<string, number>();
  numberKeys(x.units, ids);
  numberKeys(y.units, ids);
  weighUnits([x, y]);
  return [x.units, y.units];
}

/** Two one-outlet articles from plain paragraphs, dated 2025-01-06. */
function pair(a: string, b: string): [Article, Article] {
  const articles = parseDigest(`REUTERS | Published January 6, 2025\n${a}\nASSOCIATED PRESS | Published January 6, 2025\n${b}\n`, { file: 'pair.txt' }).articles;
  return [articles[0] as Article, articles[1] as Article];
}

// Four things the two sentences share, far apart: the hand-set gathering drafts three stretches.
const MINE_A =
  'Firefighters rescued twelve miners at dawn, although exhausted volunteers quietly distributed warm blankets among weeping relatives, whereas several nervous shareholders anxiously questioned quarterly dividends, and regulators suspended drilling licences, although older residents nostalgically recalled earlier booms, while ministers promised compensation, as foreign journalists crowded hotel lobbies, and the union demanded an inquiry.';
const MINE_B =
  'Twelve miners were rescued by firefighters; meanwhile a local choir sang hymns outside the stone chapel, tourists photographed sunset over distant hills; regulators suspended drilling licences; schoolchildren painted murals celebrating harvest festivals; ministers promised compensation; bakers sold bread cheaply near crowded markets; the union demanded an inquiry.';

describe('further stretches of a sentence pair (round 9b)', () => {
  it('searches on past the third stretch, and the first ones stay what alignRegions finds', () => {
    const [unitsA, unitsB] = unitsOfPair(MINE_A, MINE_B);
    const three = alignRegions(0, unitsA, 0, unitsB);
    const { alignments, within } = alignRegionsUpTo(0, unitsA, 0, unitsB, indexUnits(unitsB), 5);
    expect(within).toBe(three.length);
    expect(alignments.slice(0, within)).toEqual(three);
    const text = (alignment: (typeof alignments)[number]): string => MINE_A.slice(alignment.spanA.start, alignment.spanA.end);
    expect(three.map(text)).not.toContain('Firefighters rescued twelve miners');
    expect(alignments.slice(within).map(text)).toContain('Firefighters rescued twelve miners');
  });

  it('gives the learned gate the further stretch as a draft, and the hand-set rules the same drafts as before', () => {
    const [a, b] = pair(MINE_A, MINE_B);
    const spansA = (learned: boolean): string[] => gatherPair(a, b, lexicon, learned).evidence.candidates.map(({ draft }) => MINE_A.slice(draft.a[0]?.start, draft.a[0]?.end));
    expect(spansA(true)).toContain('Firefighters rescued twelve miners');
    expect(spansA(false)).not.toContain('Firefighters rescued twelve miners');
  });
});

describe('how alike a draft’s sentences are (round 9b features)', () => {
  const likeness = FEATURE_NAMES.indexOf('likeness');
  const mutualBest = FEATURE_NAMES.indexOf('mutualBest');

  const [a, b] = pair(
    'The Kelvarra council approved the new budget on Tuesday after a long debate. The budget raises property taxes by 4.5 per cent, mayor Ana Lindqvist said. Residents can comment online until Friday.',
    'Kelvarra councillors approved the budget on Tuesday. Property taxes will rise 4.5 per cent under the budget, Mayor Ana Lindqvist said. Critics said the debate was long.',
  );
  const { evidence, swapped } = gatherPair(a, b);
  const [textA, textB] = swapped ? [b.text, a.text] : [a.text, b.text];
  const row = (wordsA: string, wordsB: string): number[] | undefined =>
    evidence.candidates.find(({ draft }) => textA.slice(draft.a[0]?.start, draft.a[0]?.end) === wordsA && textB.slice(draft.b[0]?.start, draft.b[0]?.end) === wordsB)?.features;

  it('reads sentences restating each other as more alike than sentences sharing a word', () => {
    expect(evidence.strict).toBe(false);
    const taxes = row('Property taxes will rise 4.5 per cent under the budget, Mayor Ana Lindqvist said', 'budget raises property taxes by 4.5 per cent, mayor Ana Lindqvist said');
    const budgets = evidence.candidates.filter(({ draft }) => textA.slice(draft.a[0]?.start, draft.a[0]?.end) === 'budget').map(({ features }) => features);
    expect(budgets.length).toBeGreaterThan(0);
    for (const budget of budgets) expect(taxes?.[likeness]).toBeGreaterThan(2 * (budget[likeness] ?? 1));
    for (const { features } of evidence.candidates) expect(features[likeness]).toBeLessThanOrEqual(1);
  });

  it('counts on how many sides the other sentence is the likeliest counterpart', () => {
    expect(row('Property taxes will rise 4.5 per cent under the budget, Mayor Ana Lindqvist said', 'budget raises property taxes by 4.5 per cent, mayor Ana Lindqvist said')?.[mutualBest]).toBe(2);
    // `Critics said the debate was long` has no likelier counterpart; the council's sentence has one.
    const debate = swapped ? row('debate was long', 'long debate') : row('long debate', 'debate was long');
    expect(debate?.[mutualBest]).toBe(1);
    const budgets = evidence.candidates.filter(({ draft }) => textA.slice(draft.a[0]?.start, draft.a[0]?.end) === 'budget');
    for (const { features } of budgets) expect(features[mutualBest]).toBe(0);
  });
});

describe('a stretch over several clauses, read clause by clause (round 9b)', () => {
  it('gives the learned gate each pair of clauses as a draft of its own, and the hand-set rules none', () => {
    const [a, b] = pair(
      'Halvern Water will pay 4.5 million euros, the Kelvarra court ruled on Tuesday. Inspectors found lead in the pipes of the old town, and the company must replace them by 2027.',
      'A Kelvarra court on Tuesday ordered Halvern Water to pay 4.5 million euros. The company must replace the pipes by 2027 after inspectors found lead in the old town.',
    );
    const drafts = (learned: boolean): string[] => {
      const { evidence, swapped } = gatherPair(a, b, lexicon, learned);
      const [textA, textB] = swapped ? [b.text, a.text] : [a.text, b.text];
      const side = (text: string, ranges: readonly { start: number; end: number }[]): string => text.slice(ranges[0]?.start, ranges[0]?.end);
      return evidence.candidates.map(({ draft }) => (swapped ? `${side(textB, draft.b)} ~ ${side(textA, draft.a)}` : `${side(textA, draft.a)} ~ ${side(textB, draft.b)}`));
    };
    expect(drafts(true)).toContain('Inspectors found lead in the pipes of the old town ~ inspectors found lead in the old town');
    expect(drafts(true)).toContain('company must replace them by 2027 ~ company must replace the pipes by 2027');
    expect(drafts(false)).not.toContain('Inspectors found lead in the pipes of the old town ~ inspectors found lead in the old town');
  });
});
