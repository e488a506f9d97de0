import { describe, expect, it } from 'vitest';
import { renderMarks } from '../../../src/engine/overlap/render-marks.ts';
import type { Comparison } from '../../../src/engine/overlap/types.ts';
import { charRange } from '../../../src/engine/text/ranges.ts';

const text = 'North Korea supplied troops to help Moscow, killing 23 people.';
const comparison = (facts: [number, number][], conflicts: [number, number][] = []): Comparison => ({
  a: 'a',
  b: 'b',
  facts: facts.map(([start, end], index) => ({ id: `f${index}`, a: [charRange(start, end)], b: [charRange(0, 1)], kind: 'paraphrase', score: 1 })),
  conflicts: conflicts.map(([start, end], index) => ({ id: `c${index}`, a: [charRange(start, end)], b: [charRange(0, 1)], kind: 'number', subject: 'x', values: ['1', '2'], note: 'x: 1 vs 2' })),
});

describe('renderMarks', () => {
  it('numbers facts and conflicts in order', () => {
    expect(renderMarks(text, comparison([[12, 27]], [[52, 61]]), 'a')).toBe('North Korea [[1:supplied troops]] to help Moscow, killing {{1:23 people}}.');
  });

  it('nests a conflict inside the fact that holds it', () => {
    expect(renderMarks(text, comparison([[44, 61]], [[52, 61]]), 'a')).toBe('North Korea supplied troops to help Moscow, [[1:killing {{1:23 people}}]].');
  });

  it('cuts a mark that straddles the end of the one it starts in', () => {
    expect(renderMarks(text, comparison([[0, 20], [12, 27]]), 'a')).toBe('[[1:North Korea [[2:supplied]]]] troops to help Moscow, killing 23 people.');
  });
});
