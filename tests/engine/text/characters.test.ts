import { describe, expect, it } from 'vitest';
import { cutBetweenCharacters, splitsPair } from '../../../src/engine/text/characters.ts';

// 'a😀b': a at 0, the emoji's halves at 1 and 2, b at 3.
const text = 'a😀b';

describe('splitsPair', () => {
  it('is true only between the two halves of a surrogate pair', () => {
    expect([0, 1, 2, 3, 4].map((at) => splitsPair(text, at))).toEqual([false, false, true, false, false]);
  });

  it('is false beside a lone half (malformed text is not a pair)', () => {
    expect(splitsPair('a\uD83Db', 2)).toBe(false);
    expect(splitsPair('a\uDE00b', 1)).toBe(false);
  });
});

describe('cutBetweenCharacters', () => {
  it('moves a cut inside a pair to before it, and leaves any other cut alone', () => {
    expect([0, 1, 2, 3, 4].map((at) => cutBetweenCharacters(text, at))).toEqual([0, 1, 1, 3, 4]);
    expect(text.slice(0, cutBetweenCharacters(text, 2))).toBe('a');
  });
});
