import { describe, expect, it } from 'vitest';
import { marks } from './marked-pair.ts';

/**
 * A highlight that ends on a measure takes the noun it measures (fact-span.ts, round 17p), also
 * a noun that ends in `-ly` (`supply`, `assembly`): the lexicon, not the suffix, says whether
 * the word after the measure is an adverb. Invented sentences.
 */
describe('a measured noun ending in -ly', () => {
  it('ends the highlight after `supply` as after `road`', () => {
    const [a, b] = marks('Valtry district crews on Monday opened a 12-kilometre bypass.', 'On Monday Valtry district crews opened the 12km supply.');
    expect(a).toBe('[[2:Valtry district crews on Monday opened a 12-kilometre bypass]].');
    expect(b).toBe('On [[2:Monday Valtry district crews opened the 12km supply]].');
  });

  it('still leaves an adverb out (`12km quickly`)', () => {
    const [, b] = marks('Valtry district crews on Monday opened a 12-kilometre bypass.', 'On Monday Valtry district crews opened the 12km quickly.');
    expect(b).toBe('On [[2:Monday Valtry district crews opened the 12km]] quickly.');
  });
});
