import { describe, expect, it } from 'vitest';
import { firstNamesBefore } from '../../../src/engine/overlap/conflicts-people.ts';
import { clearTextMemo } from '../../../src/engine/text/memo.ts';

/**
 * Round 27s (decision 004): the people's and the role holders' conflicts both ask each report for
 * the first names it writes before each word; the answer is read once per text and kept with the
 * text's other work (text/memo.ts), not read again by each asker.
 */
describe('firstNamesBefore: read once per text', () => {
  const text = 'Farmer Ernesto Millaqueo spoke. His son Tomás Millaqueo did not.';

  it('gives the same reading to a second asker of the same text', () => {
    clearTextMemo();
    const first = firstNamesBefore(text);
    expect(firstNamesBefore(text)).toBe(first);
    expect([...(first.get('millaqueo') ?? [])]).toEqual(['ernesto', 'tomas']);
  });

  it('reads the text again once the memo is emptied, to the same answer', () => {
    clearTextMemo();
    const first = firstNamesBefore(text);
    clearTextMemo();
    const again = firstNamesBefore(text);
    expect(again).not.toBe(first);
    expect([...again]).toEqual([...first]);
  });
});
