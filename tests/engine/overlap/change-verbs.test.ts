import { describe, expect, it } from 'vitest';
import { ofAnEarlierFigure } from '../../../src/engine/overlap/dates-roles.ts';
import { figuresOfAnEarlierEvent } from '../../../src/engine/overlap/measures.ts';
import { quantitiesAgree } from '../../../src/engine/overlap/quantities.ts';
import type { Unit } from '../../../src/engine/overlap/units.ts';
import { figure } from './figures.ts';
import { side } from './pairing-sides.ts';

/** Mend A of session 17 (decision 004, round 21c): one list of change verbs, and the value a change started from read alike everywhere. Invented sentences. */

const earlier = (text: string): (string | undefined)[] => [...figuresOfAnEarlierEvent(text, side(text, new Map()).units, '2027-03-09')].map((unit) => unit.quantity?.text);

describe('the value a change started from (measures.ts, change-verbs.ts)', () => {
  it('reads past a figure’s decimal point or thousands comma: `rose to 9.2% from 8.8%`, `increased to 1,200 tonnes from 900 tonnes`', () => {
    expect(earlier('The jobless rate rose to 9.2% from 8.8%.')).toEqual(['8.8%']);
    expect(earlier('Exports increased to 1,200 tonnes from 900 tonnes.')).toEqual(['900 tonnes']);
  });
  it('knows every form of the shared verbs: `soared`, `plunged`, `dipped`, `hiked`, `trimmed`, `rises`, `falls`', () => {
    expect(earlier('Prices soared from 40 euros a barrel.')).toEqual(['40 euros']);
    expect(earlier('The bank hiked its main rate from 4% last month.').length).toBe(1);
    expect(earlier('The fund trimmed its forecast from 2.1% growth.').length).toBe(1);
    expect(earlier('The index plunged from 3,400 points.').length).toBe(1);
  });
  it('reads bare `up`/`down` only right before `from`', () => {
    expect(earlier('Sales were up from 12% a year earlier.').length).toBe(1);
    expect(earlier('Rescuers picked up survivors from 12 boats.')).toEqual([]);
    expect(earlier('The coast guard called off the search and picked up divers from 14 boats.')).toEqual([]);
  });
});

describe('a date of the figure a change started from (dates-roles.ts `ofAnEarlierFigure`)', () => {
  const dateAfter = (text: string, date: string): boolean => ofAnEarlierFigure(text, { start: text.indexOf(date), end: text.indexOf(date) + date.length } as Unit);
  it('reads `from 8.8% in December` and `up from 5 million in 2024` after a change', () => {
    expect(dateAfter('The jobless rate climbed to 9.2% from 8.8% in December.', 'December')).toBe(true);
    expect(dateAfter('Visitors rose to 6 million, up from 5 million in 2024.', '2024')).toBe(true);
  });
  it('reads no day after a clock time or a figure with no change: `runs from 6am on Monday`, `open from 10 on Saturday`', () => {
    expect(dateAfter('The strike runs from 6am on Monday.', 'Monday')).toBe(false);
    expect(dateAfter('The museum will be open from 10 on Saturday.', 'Saturday')).toBe(false);
    expect(dateAfter('Fares rose on Monday, though buses run from 10 on Saturday.', 'Saturday')).toBe(false);
  });
});

describe('a hedged share in words toward the next share (quantities-draft.ts `towardTheNextShare`)', () => {
  it('lets `just under one in four` reach down to halfway to one in five: 23% but not 21%', () => {
    expect(quantitiesAgree(figure('Just under one in four voters backed the plan.'), figure('23 percent of voters'))).toBe(true);
    expect(quantitiesAgree(figure('Just under one in four voters backed the plan.'), figure('21 percent of voters'))).toBe(false);
  });
  it('lets `slightly more than one in three` reach up to halfway to one in two: 40% but not 43%', () => {
    expect(quantitiesAgree(figure('Slightly more than one in three voters backed the plan.'), figure('40 percent of voters'))).toBe(true);
    expect(quantitiesAgree(figure('Slightly more than one in three voters backed the plan.'), figure('43 percent of voters'))).toBe(false);
  });
});
