import { describe, expect, it } from 'vitest';
import { factTexts, pair } from './conflict-pairs.ts';

/** Mend of the review (decision 004): `not only` / `not just` before a shared word add to it; they deny nothing. */
const facts = (a: string, b: string): string[] => factTexts(...pair(a, b, 'January 6, 2025'));

/** Two short reports of one carmaker's cuts, each closing with `close`. */
const cutsA = (close: string): string => `Harlow Motors will cut 2,000 jobs in Ohio, the carmaker said on Monday. ${close}`;
const cutsB = (close: string): string => `The carmaker Harlow Motors said on Monday it would cut 2,000 jobs in Ohio. ${close}`;

describe('a word after `not only` or `not just`', () => {
  it('is shared, not denied: `not only closed its … plant` / `closed its … plant`', () => {
    expect(facts(cutsA('It not only closed its Dayton assembly plant in March but also sold its parts unit.'), cutsB('It closed its Dayton assembly plant in March.'))).toContain(
      'closed its Dayton assembly plant in March | closed its Dayton assembly plant in March',
    );
  });

  it('is shared after `n’t just` too: `didn’t just close its … plant` / `closed its … plant`', () => {
    expect(facts(cutsA('It didn’t just close its Dayton assembly plant in March; it sold its parts unit.'), cutsB('It closed its Dayton assembly plant in March.'))).toContainEqual(
      expect.stringContaining('Dayton assembly plant in March | closed its Dayton assembly plant in March'),
    );
  });

  it('is still denied after a plain `not`: `did not close` / `closed`', () => {
    expect(facts(cutsA('It did not close its Dayton assembly plant in March.'), cutsB('It closed its Dayton assembly plant in March.'))).not.toContainEqual(expect.stringContaining('Dayton'));
  });
});
