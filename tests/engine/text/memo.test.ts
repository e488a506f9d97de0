import { beforeEach, describe, expect, it } from 'vitest';
import { TEXT_MEMO_LIMIT, clearTextMemo, memoByText, textMemoSize } from '../../../src/engine/text/memo.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';

describe('the per-text memo', () => {
  beforeEach(() => {
    clearTextMemo();
  });

  it('computes once per text and kind, and apart for another kind or text', () => {
    let computed = 0;
    const count = (text: string, kind: string): number => memoByText(text, kind, () => (computed += 1));
    expect(count('The mayor spoke.', 'a')).toBe(1);
    expect(count('The mayor spoke.', 'a')).toBe(1);
    expect(count('The mayor spoke.', 'b')).toBe(2);
    expect(count('The mayor left.', 'a')).toBe(3);
    expect(computed).toBe(3);
  });

  it('keeps the texts used last, forgetting the least recently used', () => {
    const texts = Array.from({ length: TEXT_MEMO_LIMIT + 1 }, (_, i) => `Report number ${i}.`);
    let computed = 0;
    const read = (text: string): number => memoByText(text, 'k', () => (computed += 1));
    for (const text of texts.slice(0, TEXT_MEMO_LIMIT)) read(text);
    read(texts[0] ?? '');
    read(texts[TEXT_MEMO_LIMIT] ?? '');
    expect(textMemoSize()).toBe(TEXT_MEMO_LIMIT);
    const before = computed;
    read(texts[0] ?? '');
    expect(computed).toBe(before);
    read(texts[1] ?? '');
    expect(computed).toBe(before + 1);
  });

  it('gives the same tokens for the same text until it is cleared', () => {
    const text = 'Rescuers pulled 12 people from the rubble on Tuesday.';
    const first = tokenize(text);
    expect(tokenize(text)).toBe(first);
    clearTextMemo();
    const again = tokenize(text);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
