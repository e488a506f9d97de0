import { describe, expect, it } from 'vitest';
import { marks } from './marked-pair.ts';

/**
 * Round 21p (decision 004): a highlight's matched words parted by a comma and a conjunction, with
 * a verb after it (`…, and that it had | cooperated`), hold two statements: the fact is
 * highlighted as two pieces, and the words that end the first statement and join the second stay
 * out (fact-span.ts `separable`).
 */
describe('a second statement joined by a comma and a conjunction', () => {
  it('parts the highlight where the second statement begins', () => {
    const [a, b] = marks(
      'The court heard the firm had repaid all of the affected drivers before the trial began, and that it had cooperated with the inquiry.',
      'The judge gave the firm credit for repaying drivers before the trial and for cooperating with the inquiry.',
    );
    expect(a).toBe('The court heard the [[2:firm had repaid all of the affected drivers before the trial]] began, and that it had [[2:cooperated with the inquiry]].');
    expect(b).toBe('The judge gave the [[2:firm credit for repaying drivers before the trial and for cooperating with the inquiry]].');
  });
  it('does not part a list of verb phrases that runs on to its last item after a serial comma (mend C, session 17)', () => {
    const [a] = marks(
      'Before the ship sailed, the crew cleaned the hull, painted the deck, and repaired the engine in two weeks.',
      'The crew cleaned the hull, painted the deck and repaired the engine in two weeks before the ship sailed.',
    );
    expect(a).toBe('Before the [[2:ship sailed, the crew cleaned the hull, painted the deck, and repaired the engine in two weeks]].');
  });

});
