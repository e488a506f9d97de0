import { describe, expect, it } from 'vitest';
import { ofAnEarlierFigure } from '../../../src/engine/overlap/dates-roles.ts';
import { eventGroupsAt } from '../../../src/engine/overlap/event-verbs.ts';
import { placesIn } from '../../../src/engine/overlap/field-places.ts';
import type { Unit } from '../../../src/engine/overlap/units.ts';
import { at } from './conflict-pairs.ts';

/** Mend D, session 17 (decision 004): places in a field, `close` and `delays` as verbs, the date of a change's start after a unit. Invented sentences. */

const places = (text: string): number[] => [...placesIn(text)].sort();
const groupsBy = (text: string, date: string): number[] => eventGroupsAt(text, at(text, date).start, at(text, date).end);
const dateAfter = (text: string, date: string): boolean => ofAnEarlierFigure(text, at(text, date) as Unit);

describe('places in a field (field-places.ts `placesIn`)', () => {
  it('reads the verbs of finishing and `third-place`', () => {
    expect(places('The Greens came second with 31 seats.')).toEqual([2]);
    expect(places('She placed third in the final.')).toEqual([3]);
    expect(places('The club ranked fourth last season.')).toEqual([4]);
    expect(places('The Liberals ended third.')).toEqual([3]);
    expect(places('The Union Party was third with 15 seats.')).toEqual([3]);
    expect(places('Both rivals were fifth in their heats.')).toEqual([5]);
    expect(places('Hollis won the third-place play-off.')).toEqual([3]);
    expect(places('The runner-up Greens won 31 seats.')).toEqual([2]);
  });
  it('tells second from third: two places are not one', () => {
    const [second, third] = [placesIn('The Greens finished second.'), placesIn('The Greens finished third.')];
    expect([...second].some((place) => third.has(place))).toBe(false);
  });
  it('reads no place after `was`/`were` that is no place in a field', () => {
    expect(places('The city was second only to Paris in visitors.')).toEqual([]);
    expect(places('Sales were second highest in the region.')).toEqual([]);
    expect(places('Kvarnberg was third in command of the party.')).toEqual([]);
    expect(places('The port was second to Rotterdam.')).toEqual([]);
    expect(places('The Greens came second to the Harbour Party.')).toEqual([2]);
  });
});

describe('`close` as a verb of stopping, read by its frames (event-verbs.ts)', () => {
  it('reads a closure before an object or a time word, or after a passive', () => {
    expect(groupsBy('The plant closed at midnight on Monday.', 'Monday')).toHaveLength(1);
    expect(groupsBy('The bank closed its last branch on Monday.', 'Monday')).toHaveLength(1);
    expect(groupsBy('The mine closes permanently on May 8.', 'May 8')).toHaveLength(1);
    expect(groupsBy('The school was closed on Monday.', 'Monday')).toHaveLength(1);
    expect(groupsBy('Police closed Harbour Road on Monday.', 'Monday')).toHaveLength(1);
    expect(groupsBy('The factory closed down on Monday.', 'Monday')).toHaveLength(1);
  });
  it('reads no market’s close: in the red, at a price, down by a figure', () => {
    expect(groupsBy('Shares closed in the red on Monday.', 'Monday')).toEqual([]);
    expect(groupsBy('Shares closed at 298.5p on Monday.', 'Monday')).toEqual([]);
    expect(groupsBy('Shares closed at $41.20 on Monday.', 'Monday')).toEqual([]);
    expect(groupsBy('The index closed down 2% on Monday.', 'Monday')).toEqual([]);
    expect(groupsBy('Markets closed higher on Monday.', 'Monday')).toEqual([]);
  });
});

describe('`delays` as a verb (event-verbs.ts)', () => {
  it('reads the third person before its object, not the noun', () => {
    expect(groupsBy('The council delays the vote until May 8.', 'May 8')).toHaveLength(1);
    expect(groupsBy('Passengers faced delays until May 8.', 'May 8')).toEqual([]);
  });
});

describe('the date of the figure a change started from, after a unit word (change-verbs.ts)', () => {
  it('reads `from 900 tonnes in 2024` and `from 40 euros in 2020`', () => {
    expect(dateAfter('Exports increased to 1,200 tonnes from 900 tonnes in 2024.', '2024')).toBe(true);
    expect(dateAfter('Prices rose to 50 euros from 40 euros in 2020.', '2020')).toBe(true);
  });
  it('still reads no day after a clock time or a figure with no change', () => {
    expect(dateAfter('Fares rose on Monday, though buses run from 10 am on Saturday.', 'Saturday')).toBe(false);
    expect(dateAfter('The price rose from 6 am on Monday.', 'Monday')).toBe(false);
    expect(dateAfter('The strike runs from 6 days on Monday.', 'Monday')).toBe(false);
  });
});
