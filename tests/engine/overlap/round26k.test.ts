import { describe, expect, it } from 'vitest';
import { figure } from './figures.ts';

/** Round 26k (decision 004): a preposition after a figure is no counted noun. */

describe('a preposition after a figure ends its noun phrase (quantities-lexicon.ts `NOT_NOUNS`)', () => {
  it('reads no counted noun in `averaged 94.5 across the final` or `3% across the region`', () => {
    expect(figure('She averaged 94.5 across the final.')).toMatchObject({ text: '94.5', noun: null });
    expect(figure('Rents rose 3% across the region.')).toMatchObject({ text: '3%', noun: null });
    expect(figure('The fund paid out $2 million between 2019 and 2021.').noun).toBeNull();
    expect(figure('Turnout was 61 per cent among younger voters.').noun).toBeNull();
  });
  it('still reads the noun a figure counts before such a word', () => {
    expect(figure('Some 400 jobs will go across the two plants.').noun).toBe('job');
    expect(figure('He scored 40 points across two games.').noun).toBe('point');
  });
});
