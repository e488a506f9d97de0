import { describe, expect, it } from 'vitest';
import { namedEvent } from '../../../src/engine/overlap/dates-roles.ts';
import { datedByOneEvent, eventGroupsAt } from '../../../src/engine/overlap/event-verbs.ts';
import { at, notes, pair } from './conflict-pairs.ts';
import { side } from './pairing-sides.ts';

/** Mend B, session 17 (decision 004): round 21t's event verbs kept to one sense, and its possessive day's noun phrase. Invented sentences. */

const groupsBy = (text: string, date: string): number[] => eventGroupsAt(text, at(text, date).start, at(text, date).end);

describe('an event verb only in the form that has its group’s sense (event-verbs.ts)', () => {
  it('reads `quit` only with its object, as `leave`', () => {
    expect(groupsBy('The coach quit on Friday.', 'Friday')).toEqual([]);
    expect(groupsBy('The party quit the ruling coalition on Friday.', 'Friday')).toHaveLength(1);
  });
  it('reads `delay` only as a verb to a later day, not the noun `delays`', () => {
    expect(groupsBy('The project faced delays on Monday.', 'Monday')).toEqual([]);
    expect(groupsBy('The vote was delayed until May 8.', 'May 8')).toHaveLength(1);
  });
  it('reads `close` only as a verb of stopping: not a market’s close, nor the adjective', () => {
    expect(groupsBy('Markets closed higher on Monday.', 'Monday')).toEqual([]);
    expect(groupsBy('The race on Sunday was close.', 'Sunday')).toEqual([]);
    expect(groupsBy('The plant will close on May 8.', 'May 8')).toHaveLength(1);
    const [a, b] = ['Markets closed higher on Monday.', 'The plant was shut down on Tuesday.'];
    expect(datedByOneEvent(a, at(a, 'Monday'), b, at(b, 'Tuesday'))).toBe(false);
  });
  it('reads `caught` as an arrest only of a person', () => {
    expect(groupsBy('The fielder caught the ball on Monday.', 'Monday')).toEqual([]);
    expect(groupsBy('Police caught the two suspects on Monday.', 'Monday')).toHaveLength(1);
    expect(groupsBy('Officers caught him on Monday.', 'Monday')).toHaveLength(1);
  });
});

describe('one verb in two forms is one verb, not two of a group', () => {
  it('relates no irregular forms of one verb (`began` / `has begun`, `took effect` / `take effect`)', () => {
    const [a, b] = ['The strike began on Monday.', 'The strike has begun on Sunday.'];
    expect(datedByOneEvent(a, at(a, 'Monday'), b, at(b, 'Sunday'))).toBe(false);
    const [c, d] = ['The ban took effect on Jan. 1.', 'The ban will take effect on July 1.'];
    expect(datedByOneEvent(c, at(c, 'Jan. 1'), d, at(d, 'July 1'))).toBe(false);
    const [e, f] = ['Police caught the suspect on Monday.', 'Police will catch the suspect on Sunday.'];
    expect(datedByOneEvent(e, at(e, 'Monday'), f, at(f, 'Sunday'))).toBe(false);
  });
});

describe('related verbs date one event only where the words beside the dates meet besides them', () => {
  it('sets `postponed to March 8` against `pushed back to March 1` where both dates stand by `school year`', () => {
    const LEAD = 'Dutch lawmakers approved a bill on Tuesday that bars children under 15 from social media platforms such as TikTok and Instagram, by 104 votes to 46. ';
    expect(notes(...pair(`${LEAD}The opening of the school year has been postponed to March 8, the ministry said.`, `${LEAD}Officials said the school year would be pushed back to March 1 instead.`, 'March 9, 2027'))).toEqual(['date: March 8 vs March 1']);
  });
  const BUDGET = 'The Tarrow city council adopted a $214 million budget that raises property taxes by 6.5 percent and closes the Eastside library. ';
  it('sets no day a strike began against the day hearings started', () => {
    expect(notes(...pair(`${BUDGET}A strike by library staff began on Monday, the union said.`, `${BUDGET}Public hearings on the budget started on Tuesday, the council said.`, 'November 18, 2026'))).toEqual([]);
  });
  it('sets no day the library’s doors closed against the day the council chamber was shut', () => {
    expect(notes(...pair(`${BUDGET}Library staff closed the doors of the Eastside library on Monday.`, `${BUDGET}Library staff shut the council chamber on Tuesday.`, 'November 18, 2026'))).toEqual([]);
  });
});

describe('a day in the possessive names the noun phrase after it (dates-roles.ts, `namedEvent`)', () => {
  const named = (a: string, dayA: string, b: string, dayB: string): boolean => {
    const [A, B] = [side(a, new Map()), side(b, new Map())];
    const unitA = A.units.find((unit) => unit.date !== null && a.slice(unit.start, unit.end).startsWith(dayA));
    const unitB = B.units.find((unit) => unit.date !== null && b.slice(unit.start, unit.end).startsWith(dayB));
    if (unitA === undefined || unitB === undefined) throw new Error('no day read');
    return namedEvent(a, unitA, A.unitsBySentence[unitA.sentence] ?? [], B.unitsBySentence[unitB.sentence] ?? [], unitB);
  };
  it('reads past adjectives to the noun the other report’s day stands by', () => {
    expect(named('The Socialists won Sunday’s presidential runoff in Portugal.', 'Sunday', 'The Socialists won the runoff held on Saturday in Portugal.', 'Saturday')).toBe(false);
    expect(named('The Socialists won Sunday’s snap parliamentary election in Portugal.', 'Sunday', 'The Socialists won the election held on Saturday in Portugal.', 'Saturday')).toBe(false);
  });
  it('still names an event the other report’s day does not date', () => {
    expect(named('The Socialists won Sunday’s presidential runoff in Portugal.', 'Sunday', 'The Socialists would start talks with other parties on Saturday.', 'Saturday')).toBe(true);
  });
});
