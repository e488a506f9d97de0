import { describe, expect, it } from 'vitest';
import { bothWays, notes, pair } from './conflict-pairs.ts';

/**
 * Round 22n (decision 004): who did it, when the two sentences tell one place in a field two ways
 * (`finished second` / `the runner-up`). Invented sentences, with the near misses the rule must not flag.
 */

/** A lead both reports share, so that they are taken for one event, and a rival leader. */
const LEAD = 'The Harbour Party won a clear majority in the Westmark provincial election on Monday, taking 71 of the 125 seats after a campaign dominated by rents. Outgoing premier Pieter Hollis, the Union leader, said he would step down. ';
const RUNNER_UP = 'The runner-up Greens, led by Tomas Kvarnberg, won 31 seats, far ahead of the Union Party, which came third with 15 seats.';
const withLead = (a: string): string => `${LEAD}${a}`;

describe('one place in a field told two ways is shared as a name is (conflicts-people.ts)', () => {
  it('sets the leader of the party that `finished second` against the leader of `the runner-up`', () => {
    const a = withLead('The Greens finished second with 31 seats, and will form the official opposition under Leader Ruth Ambrose.');
    const [forward, backward] = bothWays(...pair(a, withLead(RUNNER_UP)));
    expect(forward).toEqual(['who: Ruth Ambrose vs Tomas Kvarnberg']);
    expect(backward).toEqual(['who: Tomas Kvarnberg vs Ruth Ambrose']);
  });

  it('finds no one when the sentence tells no place, or `second` is no place (`their second try`)', () => {
    const none = withLead('The Greens won 31 seats, and will form the official opposition under Leader Ruth Ambrose.');
    expect(notes(...pair(none, withLead(RUNNER_UP)))).toEqual([]);
    const secondTry = withLead('The Greens took their second try at power with 31 seats, and will form the official opposition under Leader Ruth Ambrose.');
    expect(notes(...pair(secondTry, withLead(RUNNER_UP)))).toEqual([]);
  });
});
