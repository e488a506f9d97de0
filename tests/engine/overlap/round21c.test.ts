import { describe, expect, it } from 'vitest';
import { ofDifferentGroups } from '../../../src/engine/overlap/conflicts-figures.ts';
import { figuresOfAnEarlierEvent } from '../../../src/engine/overlap/measures.ts';
import { quantitiesAgree } from '../../../src/engine/overlap/quantities.ts';
import { notes, pair } from './conflict-pairs.ts';
import { figure } from './figures.ts';
import { detect, side } from './pairing-sides.ts';

/** Round 21c (decision 004): false conflicts of figures narrowed — shares in words, named groups, the value a change started from. Invented sentences. */

describe('a hedged share in words reaches halfway to the next share (quantities-draft.ts)', () => {
  it('lets `just over one in five` meet 22.4% but not 24%, and `nearly one in three` meet 30%', () => {
    expect(quantitiesAgree(figure('Just over one in five pupils became short-sighted.'), figure('22.4 percent of pupils'))).toBe(true);
    expect(quantitiesAgree(figure('Just over one in five pupils became short-sighted.'), figure('24 percent of pupils'))).toBe(false);
    expect(quantitiesAgree(figure('nearly one in three pupils'), figure('30 percent of pupils'))).toBe(true);
  });
  it('leaves an unhedged share to the point: `one in five` does not meet 22.4%', () => {
    expect(quantitiesAgree(figure('One in five pupils became short-sighted.'), figure('22.4 percent of pupils'))).toBe(false);
  });
  it('raises no conflict between `just over one in five` and 22.4%', () => {
    const lead = 'A three-year trial at 48 primary schools in Taichung found that extra outdoor time cut short-sightedness. ';
    expect(notes(...pair(`${lead}Just over one in five children in the outdoor group became short-sighted, the researchers said.`, `${lead}After three years, 22.4 percent of the children in the outdoor group had become short-sighted, the researchers said.`, 'November 11, 2026'))).toEqual([]);
  });
});

describe('counts of one noun given to different named groups (conflicts-figures.ts `ofDifferentGroups`)', () => {
  it('tells `four Polish citizens` from `three Lithuanian citizens`', () => {
    expect(ofDifferentGroups(figure('four Polish citizens'), figure('three Lithuanian citizens'))).toBe(true);
  });
  it('keeps a count one report names with one it does not (mend A, session 17): `three Israeli soldiers` / `four soldiers`, `two Harbourline outlets` / `four outlets`', () => {
    expect(ofDifferentGroups(figure('three Israeli soldiers'), figure('four soldiers'))).toBe(false);
    expect(ofDifferentGroups(figure('12 civilians'), figure('14 Ukrainian civilians'))).toBe(false);
    expect(ofDifferentGroups(figure('two Harbourline outlets'), figure('four outlets'))).toBe(false);
  });
  it('keeps counts of the same group together: `four citizens` / `three citizens`, `Four people` / `five people`, `four Polish citizens` / `three Polish citizens`', () => {
    expect(ofDifferentGroups(figure('four citizens'), figure('three citizens'))).toBe(false);
    expect(ofDifferentGroups(figure('Four people'), figure('five people'))).toBe(false);
    expect(ofDifferentGroups(figure('four Polish citizens'), figure('three Polish citizens'))).toBe(false);
  });
  // The slot reader (conflicts-slot-values.ts) does not ask this yet: the sentence-pair detector is tested alone.
  it('sets `three Israeli soldiers` against `four soldiers` in aligned sentences', () => {
    expect(detect('Three Israeli soldiers were wounded in the attack near the border on Thursday.', 'Four soldiers were wounded in the attack near the border on Thursday.')).toHaveLength(1);
  });
  it('sets no count of Polish citizens against one of Lithuanian citizens in aligned sentences, and still sets citizens against citizens', () => {
    expect(detect('The ministry confirmed that four Polish citizens were among those released on Thursday.', 'The ministry confirmed that three Lithuanian citizens were among those released on Thursday.')).toEqual([]);
    expect(detect('The ministry confirmed that four citizens were among those released on Thursday.', 'The ministry confirmed that three citizens were among those released on Thursday.')).toEqual(['citizen: four citizens vs three citizens']);
  });
});

describe('the value a change started from is an earlier state (measures.ts)', () => {
  it('takes `doubled from 10 million euros` and `raised the limit from 50` as earlier, `fines of up to 20 million euros` not', () => {
    const doubled = 'The maximum fine was doubled from 10 million euros in the original draft.';
    expect([...figuresOfAnEarlierEvent(doubled, side(doubled, new Map()).units, '2027-03-09')].map((unit) => unit.quantity?.text)).toEqual(['10 million euros']);
    const raised = 'The council raised the speed limit from 50 kilometres an hour.';
    expect(figuresOfAnEarlierEvent(raised, side(raised, new Map()).units, '2027-03-09').size).toBe(1);
    const fines = 'Companies that fail to comply face fines of up to 20 million euros.';
    expect(figuresOfAnEarlierEvent(fines, side(fines, new Map()).units, '2027-03-09').size).toBe(0);
  });
  it('raises no conflict between the old cap and the new one', () => {
    const lead = 'Dutch lawmakers on Tuesday passed a law barring children under 15 from social media platforms. ';
    expect(notes(...pair(`${lead}Companies that break the law face a maximum fine of 20 million euros, the bill says.`, `${lead}The maximum fine in the bill was doubled from 10 million euros, the bill says.`, 'March 9, 2027'))).toEqual([]);
  });
});
