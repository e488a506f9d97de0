import { describe, expect, it } from 'vitest';
import { findQuantities, quantitiesAgree } from '../../../src/engine/overlap/quantities.ts';
import { isAge } from '../../../src/engine/overlap/conflicts-common.ts';
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

describe('a share of an age group', () => {
  const LEAD = 'A child has died of measles in Ashby, the first death from the disease in the town for a decade, health officials said on Wednesday. ';

  it('reads `five-year-olds` as an age, as `a five-year-old` is', () => {
    const ages = findQuantities('Just 78 per cent of five-year-olds have had both doses.').filter(isAge);
    expect(ages.map((q) => q.text)).toEqual(['five-year-olds']);
  });

  it('sets two shares against each other by the words after an age group, no share counted as bare', () => {
    expect(notes(...pair(`${LEAD}Only 81% of children had received both doses of the vaccine by the age of five.`, `${LEAD}Just 78 per cent of five-year-olds have had both doses.`))).toEqual(['child: 81% vs 78 per cent']);
  });

  it('still sets no share against a share of another thing', () => {
    expect(notes(...pair(`${LEAD}Only 81% of children had received both doses of the vaccine by the age of five.`, `${LEAD}Turnout in the town's council election was 78 per cent.`))).toEqual([]);
  });
});
