import { describe, expect, it } from 'vitest';
import { factTexts, pair } from './conflict-pairs.ts';

/**
 * Mend B of session 19 (decision 004): the review of rounds 25p, 25r and 25s. Invented pairs in
 * a frame of two facts the reports share around the sentence under test.
 */
const framed = (a: string, b: string): [string[], string[]] => {
  const [x, y] = pair(
    `Governor Ana Ruiz visited the town of Kestrel Bay on Monday. ${a} Ruiz promised state aid for the families of Kestrel Bay.`,
    `Governor Ana Ruiz toured Kestrel Bay on Monday. ${b} Ruiz pledged state aid for Kestrel Bay's families.`,
  );
  return [factTexts(x, y), factTexts(y, x)];
};

describe('a shared fact with a disputed value inside it (round 25p, mend B)', () => {
  const told = (day: string): string => `A landslide on ${day} buried part of the mountain road and cut off several villages for hours.`;

  it('stays a fact when it tells much beside the value, in lowercase words', () => {
    for (const found of framed(told('Tuesday'), told('Wednesday'))) expect(found.filter((fact) => fact.includes('mountain road'))).not.toEqual([]);
  });
});
