import { describe, expect, it } from 'vitest';
import { bothWays, ofKind, pair } from './conflict-pairs.ts';

/** Round 26e (decision 004): when the story's event began, told with other verbs; a measure's start as a noun. Invented sentences. */
const times = (found: readonly string[]): string[] => ofKind(found, 'time');
const dates = (found: readonly string[]): string[] => ofKind(found, 'date');
const OUTAGE =
  'Trains across the Marrow Valley line stood still for most of Thursday after a signalling fault, the operator Valeline said. ' +
  'About 40,000 commuters were affected, and Valeline apologised for what it called an unacceptable failure of its control centre in Dunmore. ';

describe('the time the event began, told with different verbs', () => {
  it('sets nothing between `the fault began shortly before 6 a.m.` and `the signalling system failed at 8am`: two subjects, not known as one event (mend F, session 21)', () => {
    const [a, b] = pair(
      OUTAGE + 'Engineers said the fault began shortly before 6 a.m. and was traced to a power cable.\n\nServices resumed at about 2 p.m.',
      OUTAGE + 'Commuters were left stranded when the signalling system failed at 8am, and queues stretched out of Dunmore station.',
    );
    expect(bothWays(a, b).map(times)).toEqual([[], []]);
  });

  it('sets nothing between `were sworn in at the palace at 10 a.m. ET` and `The ceremony began at 11 a.m.`: two subjects (mend F, session 21)', () => {
    const [a, b] = pair(
      'Prime Minister Ann Hale named six new ministers on Tuesday. The new ministers were sworn in at the palace at 10 a.m. ET.',
      'Prime Minister Ann Hale named six new ministers on Tuesday. The ceremony began at 11 a.m., and the new ministers met straight after.',
    );
    expect(bothWays(a, b).map(times)).toEqual([[], []]);
  });

  it('sets nothing between `struck at 05:40` and `began shortly before 6 a.m.`: one time told two ways', () => {
    const [a, b] = pair(
      OUTAGE + 'The fault struck at 05:40, in the middle of the morning rush.',
      OUTAGE + 'Engineers said the fault began shortly before 6 a.m. and was traced to a power cable.',
    );
    expect(bothWays(a, b).map(times)).toEqual([[], []]);
  });

  it('sets nothing when a report starts two events at two times (`the storm began at 6 a.m.`, `the evacuation started at 9 a.m.`)', () => {
    const [a, b] = pair(
      'Floods hit the town of Dunmore on Sunday. The storm began at 6 a.m. and the evacuation started at 9 a.m., officials said.',
      'Floods hit the town of Dunmore on Sunday. Rain began to fall at 4 a.m., officials said.',
    );
    expect(bothWays(a, b).map(times)).toEqual([[], []]);
  });

  it('sets nothing between times in two zones (`began at 6 a.m. GMT` / `began at 8 a.m. CET`)', () => {
    const [a, b] = pair(
      OUTAGE + 'The fault began at 6 a.m. GMT, the operator said.',
      OUTAGE + 'The fault began at 8 a.m. CET, the operator said.',
    );
    expect(bothWays(a, b).map(times)).toEqual([[], []]);
  });
});

describe('a measure’s start written as a noun', () => {
  it('sets `Entry into force is set for 1 January 2028` against `It will take effect on July 1, 2028`', () => {
    const [a, b] = pair(
      'Lawmakers in Dunmore passed the repair bill on Wednesday. Entry into force is set for 1 January 2028, officials said.',
      'Lawmakers in Dunmore passed the repair bill on Wednesday. It will take effect on July 1, 2028.',
      'March 10, 2027',
      'March 10, 2027',
    );
    expect(bothWays(a, b).map(dates)).toEqual([['date: 1 January 2028 vs July 1, 2028'], ['date: July 1, 2028 vs 1 January 2028']]);
  });
});
