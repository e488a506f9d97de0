import { describe, expect, it } from 'vitest';
import { apartFromConflicts } from '../../../src/engine/overlap/fact-conflicts.ts';
import type { FactDraft } from '../../../src/engine/overlap/select.ts';
import { factOf, rangeOf } from './conflict-pairs.ts';

/**
 * Round 24h (decision 004): a fact that is only the frame of a conflict on both sides — a few
 * words, no name or figure of their own, beside the two values the reports disagree on — is no
 * shared fact: the conflict shows it.
 */

describe('a fact that only frames a conflict', () => {
  const text = { a: 'The infection was first detected on Tuesday, after a farmer reported deaths.', b: 'The variant was first detected on Monday, when a farmer found dead hens.' };
  const conflict = { a: [rangeOf(text.a, 'Tuesday')], b: [rangeOf(text.b, 'Monday')] };
  const frame = factOf(text, 'first detected', 'first detected', ['first', 'detected']);

  it('is dropped when the conflict stands beside it on both sides', () => {
    expect(apartFromConflicts([frame], [conflict], text)).toEqual([]);
  });
  it('stays without the conflict', () => {
    expect(apartFromConflicts([frame], [], text)).toEqual([frame]);
  });
  it('stays when it names who did it', () => {
    const named = { a: 'Officials said Belarus released 52 prisoners on Thursday.', b: 'Belarus released 14 prisoners, the opposition said.' };
    const fact = factOf(named, 'Belarus released', 'Belarus released', ['Belarus', 'released']);
    expect(apartFromConflicts([fact], [{ a: [rangeOf(named.a, '52 prisoners')], b: [rangeOf(named.b, '14 prisoners')] }], named)).toEqual([fact]);
  });
  it('stays when a clause lies between it and the conflict', () => {
    const apart = { a: 'The outbreak was first detected, officials said, on Tuesday.', b: 'The variant was first detected on Monday.' };
    const fact = factOf(apart, 'first detected', 'first detected', ['first', 'detected']);
    expect(apartFromConflicts([fact], [{ a: [rangeOf(apart.a, 'Tuesday')], b: [rangeOf(apart.b, 'Monday')] }], apart)).toEqual([fact]);
  });
});

describe('a figure fact whose figures are the disputed values', () => {
  const text = { a: 'The law, approved by 141 votes to 63, also bans disposable vapes.', b: 'Parliament approved the law on 12 February by 146 votes to 63.' };
  const fact: FactDraft = {
    ...factOf(text, 'law, approved by 141 votes to 63', 'approved the law on 12 February by 146 votes to 63', ['law', 'approved', 'votes', '63']),
    kind: 'number',
  };
  const tally = { a: [rangeOf(text.a, '141 votes to 63')], b: [rangeOf(text.b, '146 votes to 63')] };

  it('gives way to the conflict on them', () => {
    expect(apartFromConflicts([fact], [tally], text)).toEqual([]);
  });
  it('stays when a figure of its own lies outside the conflict', () => {
    const date = { a: [rangeOf(text.a, 'vapes')], b: [rangeOf(text.b, '12 February')] };
    expect(apartFromConflicts([fact], [date], text)).toEqual([fact]);
  });
});
