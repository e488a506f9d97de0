import { describe, expect, it } from 'vitest';
import { factTexts, pair } from './conflict-pairs.ts';

/** Round 18r (decision 004): a denial both reports make, the one word they share beside it. */
const facts = (a: string, b: string): string[] => factTexts(...pair(a, b, 'January 6, 2025'));

/** Two short reports of one raid, each closing with `close`, a sentence apart from the opening. */
const raidA = (close: string): string => `Four men robbed the Marlowe jewellers in Velmora on Sunday. Its windows were boarded up. ${close}`;
const raidB = (close: string): string => `The Marlowe jewellers in Velmora were robbed on Sunday by four men. Tourists gathered outside. ${close}`;

describe('a denial both reports make', () => {
  it('is the second thing two sentences share: `No arrests` / `No one has been arrested`', () => {
    expect(facts(raidA('No arrests had been made by Monday evening.'), raidB('No one has been arrested.'))).toContain('No arrests | No one has been arrested');
  });

  it('holds a word told in other words: `was not identified` / `has not been named`', () => {
    expect(facts(raidA('The owner, who spoke by telephone to reporters, was not identified.'), raidB('The owner has not been named.'))).toContain('not identified | not been named');
  });

  it('starts a denial written `n’t` at its verb (`hasn’t been named`)', () => {
    expect(facts(raidA('The owner, who spoke by telephone to reporters, was not identified.'), raidB('The owner hasn’t been named.'))).toContain('not identified | hasn’t been named');
  });

  it('is no denial when a capital names a side inside a sentence (`the No side`)', () => {
    expect(facts(raidA('Voters there backed the No side.'), raidB('Locals cheered the No side.'))).not.toContainEqual(expect.stringContaining('No side'));
  });

  it('is another word’s when an unmatched word stands between (`not affected by the strike`)', () => {
    expect(facts(raidA('The cruise berths are not affected by the strike.'), raidB('Dockers have never gone on strike.'))).not.toContainEqual(expect.stringContaining('strike |'));
  });

  it('is not the report’s when one side is a speaker’s own words (`“I have never been on strike”`)', () => {
    expect(facts(raidA('The dockers were not on strike.'), raidB('“I have never been on strike,” a docker said.'))).not.toContainEqual(expect.stringContaining('strike |'));
  });

  it('is read only in a pair best on one side at least: sentences about other things share a denied word by chance', () => {
    const a = 'Officials in Velmora said the cholera outbreak had not reached its peak. Council pipes to the Marlo township were broken for weeks.';
    const b = 'The Velmora cholera outbreak has not peaked yet, officials said. Council pipes in Marlo were broken, and water had not reached the township for weeks.';
    expect(facts(a, b)).toEqual(['cholera outbreak had not reached its peak | Velmora cholera outbreak has not peaked yet', 'Council pipes to the Marlo township were broken | Council pipes in Marlo were broken']);
  });

  it('is no denial after `not only` / `not just`: `did not reopen` / `Not only did … reopen`', () => {
    expect(facts(raidA('The shop did not reopen on Monday.'), raidB('Not only did it reopen on Monday, the shop sold out.'))).not.toContainEqual(expect.stringContaining('reopen'));
  });

  it('still refuses a denial in one report only: `No one has been arrested` / `Two men were arrested`', () => {
    expect(facts(raidA('No one has been arrested.'), raidB('Two men were arrested.'))).not.toContainEqual(expect.stringContaining('arrested |'));
  });
});
