import { describe, expect, it } from 'vitest';
import { PERSON_NOUNS } from '../../../src/engine/overlap/conflicts-person-nouns.ts';
import { personNounsFromWordNet } from './person-nouns-conflict-source.ts';

describe('the person nouns conflicts read', () => {
  it('are the ones WordNet makes, and hold kinds of people, not things or named persons', () => {
    expect([...PERSON_NOUNS]).toEqual(personNounsFromWordNet());
    for (const noun of ['employee', 'worker', 'prisoner', 'passenger', 'victim', 'patient']) expect(PERSON_NOUNS.has(noun)).toBe(true);
    for (const noun of ['company', 'home', 'school', 'jar', 'people', 'aeschylus']) expect(PERSON_NOUNS.has(noun)).toBe(false);
  });
});
