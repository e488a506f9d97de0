import { describe, expect, it } from 'vitest';
import { findQuantities, quantitiesAgree } from '../../../src/engine/overlap/quantities.ts';
import { notes, pair } from './conflict-pairs.ts';

/** Round 18c (decision 004): the conflicts still missed. Invented sentences. */
const read = (text: string): string[] => findQuantities(text).map((q) => `${q.text} ${q.unit}${q.noun === null ? '' : ` ${q.noun}`}`);

describe('small masses as doses and concentrations give them', () => {
  it('reads micrograms and milligrams, written out or short, as masses', () => {
    expect(read('Fine dust reached 412 µg/m³ at the station.')).toEqual(['412 µg other kg']);
    expect(read('Readings peaked at 614 micrograms per cubic meter.')).toEqual(['614 micrograms other kg']);
    expect(read('The tablets come in 50 mg and 100 milligram strengths.')).toEqual(['50 mg other kg', '100 milligram other kg']);
  });

  it('lets one mass written two ways agree', () => {
    const [a] = findQuantities('a level of 412 µg');
    const [b] = findQuantities('a level of 0.412 milligrams');
    expect(a !== undefined && b !== undefined && quantitiesAgree(a, b)).toBe(true);
  });

  it('sets one reading told in µg and in micrograms against each other', () => {
    const LEAD = 'Skopje declared a smog emergency on Monday as air pollution in the Macedonian capital rose far above safe levels. ';
    expect(notes(...pair(`${LEAD}Concentrations of PM10 particles reached 412 µg/m³ at the Karpoš monitoring station on Sunday, officials said.`, `${LEAD}Readings of PM10 particles peaked at 614 micrograms per cubic meter at the Karpoš station on Sunday, officials said.`))).toEqual([
      'kg: 412 µg vs 614 micrograms',
    ]);
  });
});
