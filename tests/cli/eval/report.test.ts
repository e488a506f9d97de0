import { describe, expect, it } from 'vitest';
import { formatDetails, formatSummary } from '../../../src/cli/eval/report.ts';
import { scoreDigest } from '../../../src/cli/eval/score.ts';
import { summarize } from '../../../src/cli/eval/summary.ts';
import { article, at, comparison, conflict, fact, gold, output, whole } from './helpers.ts';

const TROOPS = 'North Korea supplied troops to Russia';
const SATELLITES = 'share satellite technology';
const voa = article('d--voa', 'VOA', `Blinken said ${TROOPS}.\n\nRussia will ${SATELLITES}, he said on Monday, adding much more about the war and the weather.`);
const cnn = article('d--cnn', 'CNN', `${TROOPS}, Blinken warned. Moscow intends to ${SATELLITES}. About 12,000 troops are there.`);
const reference = gold([voa, cnn], {
  facts: [
    { id: 'troops', required: true, spans: { VOA: [TROOPS], CNN: [TROOPS] } },
    { id: 'satellites', required: true, spans: { VOA: [SATELLITES], CNN: [SATELLITES] } },
  ],
  conflicts: [{ id: 'how-many', kind: 'number', spans: { VOA: ['Blinken said'], CNN: ['12,000 troops'] } }],
});
const result = scoreDigest(
  output([voa, cnn], [comparison(voa, cnn, [fact([at(voa, TROOPS)], [at(cnn, TROOPS)], 'quote'), fact([whole(voa)], [at(cnn, SATELLITES)]), fact([at(voa, 'the weather')], [at(cnn, 'Blinken warned')])], [conflict([at(voa, 'Monday')], [at(cnn, '12,000')], 'troops: ? vs 12,000')])]),
  reference,
);

describe('the verbose view', () => {
  it('lists each predicted fact with its text and verdict, then the missed facts and conflicts', () => {
    expect(formatDetails(result)).toBe(
      [
        '== test.txt (gold: test.gold.json)',
        '',
        'VOA ↔ CNN · R 0.50 (1/2) · P 0.33 (1/3) · highlight P 0.53 · conflicts 0/1',
        '  #0 quote 0.9 ✓ hits troops (inside reference spans: VOA 100%, CNN 100%)',
        '      VOA: [13, 50) "North Korea supplied troops to Russia"',
        '      CNN: [0, 37) "North Korea supplied troops to Russia"',
        '  #1 paraphrase 0.9 ✗ overlaps satellites, but less than half of it is inside reference spans in one article (inside reference spans: VOA 40%, CNN 100%)',
        '      VOA: [0, 159) "Blinken said North Korea supplied troops to Russia.\\n\\nRussia will share satellite technology, he said on Monday, adding much more about the war and the weather."',
        '      CNN: [73, 99) "share satellite technology"',
        '  #2 paraphrase 0.9 ✗ hits no reference fact (inside reference spans: VOA 0%, CNN 0%)',
        '      VOA: [147, 158) "the weather"',
        '      CNN: [39, 53) "Blinken warned"',
        '  missed required satellites: satellites (near miss: #1)',
        '      VOA: [65, 91) "share satellite technology"',
        '      CNN: [73, 99) "share satellite technology"',
        '  conflict #0 "troops: ? vs 12,000" ✗ touches no reference conflict',
        '      VOA: [104, 110) "Monday"',
        '      CNN: [107, 113) "12,000"',
        '  missed conflict how-many (number): how-many',
        '      VOA: [0, 12) "Blinken said"',
        '      CNN: [107, 120) "12,000 troops"',
      ].join('\n'),
    );
  });

  it('shortens a long span in the middle', () => {
    const long = article('d--long', 'LONG', `${'a'.repeat(100)}${TROOPS}${'b'.repeat(100)}`);
    const pair = scoreDigest(output([long, cnn], [comparison(long, cnn, [fact([whole(long)], [at(cnn, TROOPS)])])]), gold([long, cnn], {})).pairs[0];
    const lines = pair === undefined ? [] : formatDetails({ ...result, pairs: [pair] }).split('\n');
    expect(lines[4]).toBe(`      LONG: [0, 237) "${'a'.repeat(80)} … [237 characters] … ${'b'.repeat(80)}"`);
  });
});

describe('the summary', () => {
  it('has a row per digest, the mean and the pooled row, and the targets', () => {
    expect(formatSummary(summarize([result]))).toBe(
      [
        'digest             pairs  unrel.  facts  hits     R     P    F1  highlight P  conflict R  unmatched C  false (unrel.)',
        '---------------------------------------------------------------------------------------------------------------------',
        'test.txt               1       0      3   1/2  0.50  0.33  0.40         0.53        0.00            1               0',
        '---------------------------------------------------------------------------------------------------------------------',
        'mean over digests                              0.50  0.33  0.40         0.53        0.00                            0',
        'all pairs pooled       1       0      3   1/2  0.50  0.33  0.40         0.53        0.00            1               0',
        '',
        'R = share of required reference facts hit; P = share of predicted facts that hit a reference fact;',
        'highlight P = share of highlighted characters inside reference spans; — = undefined (nothing to measure);',
        'unmatched C = predicted conflicts that touch no reference conflict (false ones, or real ones the gold left out).',
        '',
        'reference conflicts touched, by kind (pooled): number 0/1',
        '',
        'targets',
        '  ✗ F1 (mean over digests): 0.40, target ≥ 0.85: missed',
        '  ✗ highlight precision (mean over digests): 0.53, target ≥ 0.85: missed',
        '  ✗ conflict recall (mean over digests): 0.00, target ≥ 0.6: missed',
        '  ✓ false facts on unrelated pairs (total over all digests): 0, target ≤ 1: met',
      ].join('\n'),
    );
  });
});
