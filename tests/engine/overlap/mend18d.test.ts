import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/engine/overlap/quantities.ts';

/** Mend D, session 18 (decision 004): the review's findings on round 24h and mend C. Invented sentences. */
const units = (text: string): string[] => findQuantities(text).map((q) => `${q.text}:${q.unit}`);

describe('a whole number after `of`, `by`, `in` shares the next one’s unit unless it is a year (mend C’s guard)', () => {
  it('reads `jumps of 144 and 136 metres`, `by 2 or 3 metres`, `in 2 or 3 days` with the unit for both', () => {
    expect(units('He produced jumps of 144 and 136 metres.').map((u) => u.split(':')[1])).toEqual(['other', 'other']);
    expect(units('The river rose by 2 or 3 metres overnight.').map((u) => u.split(':')[1])).toEqual(['other', 'other']);
    expect(units('The parts will arrive in 2 or 3 days.').map((u) => u.split(':')[1])).toEqual(['duration', 'duration']);
    expect(units('Rainfall of 40 and 60 mm was recorded.').map((u) => u.split(':')[1])).toEqual(['other', 'other']);
  });

  it('still leaves a year alone (`opened in 2019 and 40 km more`)', () => {
    expect(units('The line opened in 2019 and 40 km more will follow.')[0]).toBe('2019:year');
  });
});
