import { describe, expect, it } from 'vitest';
import type { ClauseAlignment } from '../../../src/engine/overlap/align.ts';
import { isVerbatim } from '../../../src/engine/overlap/draft-rules.ts';

/** An alignment whose matched stretches are the whole of each text. */
function whole(textA: string, textB: string): ClauseAlignment {
  return { matches: [{ a: { start: 0, end: textA.length }, b: { start: 0, end: textB.length } }] } as unknown as ClauseAlignment;
}

const verbatim = (a: string, b: string): boolean => isVerbatim(whole(a, b), a, b);

describe('isVerbatim (shared wording: a run of four words in both stretches)', () => {
  it('finds a run of four words anywhere in either stretch, whatever the case and punctuation', () => {
    expect(verbatim('Officials said the outbreak has claimed 26 lives.', 'A spokesman said: “The outbreak has claimed 26 lives”')).toBe(true);
  });

  it('needs four words in a row, not three or four words apart', () => {
    expect(verbatim('the outbreak has claimed lives', 'an outbreak has claimed many lives')).toBe(false);
    expect(verbatim('the outbreak has now claimed', 'the outbreak has claimed')).toBe(false);
  });

  it('finds nothing when either stretch is shorter than four words', () => {
    expect(verbatim('the outbreak has claimed', 'outbreak has')).toBe(false);
    expect(verbatim('outbreak has', 'the outbreak has claimed')).toBe(false);
  });

  it('finds a run at the very end of long stretches', () => {
    const filler = (word: string): string => Array.from({ length: 55 }, (_, i) => `${word}${i}`).join(' ');
    expect(verbatim(`${filler('a')} one two three four`, `${filler('b')} one two three four`)).toBe(true);
    expect(verbatim(`${filler('a')} one two three four`, `${filler('b')} one two three five`)).toBe(false);
  });
});
