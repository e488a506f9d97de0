import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/text/tokens.ts';

const show = (text: string): string => tokenize(text).map((token) => `${token.kind[0] ?? '?'}:${token.norm}`).join(' ');

describe('tokenize', () => {
  it('keeps initialisms, inner apostrophes and hyphens in one word, and strips possessives for lookups', () => {
    expect(show('The U.S. backs Moscow’s President-elect plan; it’s “over”.')).toBe(
      "w:the w:u.s. w:backs w:moscow w:president-elect w:plan p:; w:it p:“ w:over p:” p:.",
    );
  });

  it('reads numbers with separators and decimals as one token', () => {
    expect(show('1,200 homes, 2.7% and 79 of 128')).toBe('n:1,200 w:homes p:, n:2.7 p:% w:and n:79 w:of n:128');
  });

  it('gives offsets that slice back to the token, across astral characters', () => {
    const text = 'Fans 🎉 cheered “loudly” in Zürich.';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokenize(text).map((token) => token.text)).toContain('Zürich');
  });
});
