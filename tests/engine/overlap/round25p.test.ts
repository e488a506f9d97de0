import { describe, expect, it } from 'vitest';
import { apartFromConflicts } from '../../../src/engine/overlap/fact-conflicts.ts';
import type { FactDraft } from '../../../src/engine/overlap/select.ts';
import { factOf, rangeOf } from './conflict-pairs.ts';

/**
 * Round 25p (decision 004): a fact of one span a side that holds a raised conflict's values on
 * both sides, and no name or figure of its own outside them, states what the reports disagree
 * on: the conflict shows it, the fact is dropped.
 */

describe('a fact that holds only a conflict', () => {
  const text = { a: 'A survey of nurses found they worked an average of 48 hours a week last winter.', b: 'Union figures show nurses are working 50-hour weeks on most wards.' };
  const hours = { a: [rangeOf(text.a, '48 hours')], b: [rangeOf(text.b, '50-hour')] };
  const fact = factOf(text, 'nurses found they worked an average of 48 hours a week', 'nurses are working 50-hour weeks', ['nurses', 'week']);

  it('is dropped when the conflict lies inside it on both sides', () => {
    expect(apartFromConflicts([fact], [hours], text)).toEqual([]);
  });
  it('stays without the conflict', () => {
    expect(apartFromConflicts([fact], [], text)).toEqual([fact]);
  });
  it('stays when the conflict lies outside it on one side', () => {
    const shorter = factOf(text, 'nurses found they worked', 'nurses are working 50-hour weeks', ['nurses']);
    expect(apartFromConflicts([shorter], [hours], text)).toEqual([shorter]);
  });
  it('stays when it has two spans on a side', () => {
    const twice: FactDraft = { ...fact, b: [...fact.b, rangeOf(text.b, 'most wards')] };
    expect(apartFromConflicts([twice], [hours], text)).toEqual([twice]);
  });
  it('stays when a matched word outside the conflict names someone', () => {
    const named = { a: 'Nurses at Mercy Hospital worked an average of 48 hours a week.', b: 'Staff at Mercy Hospital are working 50-hour weeks.' };
    const own = factOf(named, 'Mercy Hospital worked an average of 48 hours a week', 'Mercy Hospital are working 50-hour weeks', ['Mercy', 'week']);
    expect(apartFromConflicts([own], [{ a: [rangeOf(named.a, '48 hours')], b: [rangeOf(named.b, '50-hour')] }], named)).toEqual([own]);
  });
  it('stays when a matched figure outside the conflict is its own', () => {
    const dated = { a: 'In 2024 nurses worked an average of 48 hours a week.', b: 'In 2024 nurses were working 50-hour weeks.' };
    const own = factOf(dated, 'In 2024 nurses worked an average of 48 hours a week', 'In 2024 nurses were working 50-hour weeks', ['2024', 'nurses', 'week']);
    expect(apartFromConflicts([own], [{ a: [rangeOf(dated.a, '48 hours')], b: [rangeOf(dated.b, '50-hour')] }], dated)).toEqual([own]);
  });
  it('stays when a matched word outside the conflict is marked a figure', () => {
    const flagged: FactDraft = { ...fact, points: fact.points.map((point, index) => (index === 0 ? { ...point, figure: true } : point)) };
    expect(apartFromConflicts([flagged], [hours], text)).toEqual([flagged]);
  });
});
