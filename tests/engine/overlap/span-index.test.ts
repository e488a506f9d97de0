import { describe, expect, it } from 'vitest';
import { SpanIndex } from '../../../src/engine/overlap/span-index.ts';
import { charRange } from '../../../src/engine/text/ranges.ts';

describe('SpanIndex', () => {
  it('finds the spans a range overlaps, not those that only touch it', () => {
    const index = new SpanIndex<string>();
    index.add(charRange(0, 10), 'first', 0);
    index.add(charRange(10, 20), 'second', 1);
    index.add(charRange(40, 45), 'third', 2);
    expect(index.overlapping([charRange(5, 12)]).map((span) => span.owner)).toEqual(expect.arrayContaining(['first', 'second']));
    expect(index.overlapping([charRange(20, 40)])).toEqual([]);
    expect(index.overlapping([charRange(44, 50)]).map((span) => span.owner)).toEqual(['third']);
  });

  it('reaches a long span that starts well before the range', () => {
    const index = new SpanIndex<string>();
    index.add(charRange(0, 500), 'long', 0);
    for (let start = 100; start < 400; start += 10) index.add(charRange(start, start + 5), `short-${start}`, 1);
    expect(index.overlapping([charRange(450, 460)]).map((span) => span.owner)).toEqual(['long']);
  });

  it('answers the owner added first, whatever the order of positions', () => {
    const index = new SpanIndex<string>();
    index.add(charRange(30, 40), 'early', 0);
    index.add(charRange(0, 35), 'late', 5);
    expect(index.firstOverlapping([charRange(32, 33)])).toBe('early');
    expect(index.firstOverlapping([charRange(0, 5), charRange(38, 39)])).toBe('early');
    expect(index.firstOverlapping([charRange(60, 70)])).toBeUndefined();
  });

  it('lists a span once when several ranges overlap it', () => {
    const index = new SpanIndex<string>();
    index.add(charRange(0, 100), 'wide', 0);
    expect(index.overlapping([charRange(1, 2), charRange(50, 60)])).toHaveLength(1);
  });

  it('removes one span of one owner by identity', () => {
    const index = new SpanIndex<string>();
    const shared = charRange(10, 20);
    const twin = charRange(10, 20);
    index.add(shared, 'a', 0);
    index.add(twin, 'b', 1);
    index.remove(shared, 'a');
    expect(index.overlapping([charRange(12, 13)]).map((span) => span.owner)).toEqual(['b']);
    index.remove(charRange(10, 20), 'b');
    expect(index.overlapping([charRange(12, 13)])).toHaveLength(1);
  });
});
