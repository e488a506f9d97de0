import { describe, expect, it } from 'vitest';
import type { ClauseAlignment, UnitMatch } from '../../../src/engine/overlap/align.ts';
import { keptInAStrongPair, type DraftEvidence } from '../../../src/engine/overlap/draft-rules.ts';
import type { Unit } from '../../../src/engine/overlap/units.ts';
import { factTexts, pair } from './conflict-pairs.ts';

/**
 * Round 13r (decision 004): a draft the thresholds refuse is kept when its two sentences tell the
 * same thing (each shares more with the other than with any other sentence of the other report)
 * and the rules draw no fact from them. Invented pairs, one event, dated alike.
 */
const facts = (a: string, b: string): string[] => factTexts(...pair(a, b, 'January 6, 2025'));

const FINAL_A = 'Ferrovia beat Castelo 2-1 in the Verania cup final in Tarrel on Sunday.';
const FINAL_B = 'Ferrovia won the Verania cup final against Castelo in Tarrel on Sunday.';

describe('two sentences that tell the same thing', () => {
  it('share the person they are about, though they tell it in other words', () => {
    const found = facts(
      `${FINAL_A} Defender Tomas Grell was shown a second yellow card in the 71st minute for pulling back Ivo Dantas.`,
      `${FINAL_B} Tomas Grell, already booked, tugged at Ivo Dantas as the forward broke clear and was sent off with 19 minutes left.`,
    );
    expect(found).toContain('Tomas Grell | Tomas Grell');
  });

  it('add nothing when the rules already draw a fact from them', () => {
    const found = facts(
      `${FINAL_A} Tomas Grell was sent off in the 71st minute for a second booking, a decision that home supporters jeered for several long minutes from every stand, while Ivo Dantas stayed down.`,
      `${FINAL_B} Tomas Grell was sent off with 19 minutes left; much later the referee, a veteran of many finals in the capital and abroad, also booked Ivo Dantas.`,
    );
    expect(found.some((fact) => fact.includes('sent off'))).toBe(true);
    expect(found).not.toContain('Ivo Dantas | Ivo Dantas');
  });

  it('add a figure both give beside what the rules drew from them', () => {
    const found = facts(
      `${FINAL_A} Tomas Grell was sent off in the 71st minute for a second booking, a decision that home supporters jeered for several long minutes from every stand, in front of a crowd of 4,300.`,
      `${FINAL_B} Tomas Grell was sent off with 19 minutes left; much later the referee, a veteran of many finals in the capital and abroad, praised the 4,300 spectators.`,
    );
    expect(found.some((fact) => fact.includes('sent off'))).toBe(true);
    // Round 17p: a highlight that ends on a figure takes the noun it counts.
    expect(found).toContain('crowd of 4,300 | praised the 4,300 spectators');
  });

  it('share no more than who spoke when a reporting verb is all they say beside the names', () => {
    const found = facts(
      'Floods hit Tarrel in Verania on Tuesday, killing four people, mayor Ines Carvalho said. On Wednesday, Ines Carvalho said the council would meet again soon, once the water level had dropped near the bridge.',
      'Four people died when floods swept through Tarrel, Verania, on Tuesday, according to mayor Ines Carvalho. Ines Carvalho said on Wednesday that residents were furious and frightened, and that engineers had closed the bridge.',
    );
    expect(found.some((fact) => fact.startsWith('Floods hit Tarrel'))).toBe(true);
    expect(found.some((fact) => fact.includes('Wednesday'))).toBe(false);
  });
});

describe('a lone figure in two sentences that tell the same thing', () => {
  // The rule alone, on evidence made by hand: sentences built to hold one figure as their only
  // stretch draw the aligner's window over their other shared words.
  const evidence = (unit: 'count' | 'ordinal', besides: number): DraftEvidence => {
    const side = { kind: 'quantity', key: 'qty', date: null, quantity: { unit } } as unknown as Unit;
    const match: UnitMatch = { a: side, b: side, similarity: 1, value: 1.2 };
    const alignment = { regionA: 1, regionB: 1, matches: [match], strength: 1.2, content: 1.2, anchors: 1, saying: 1, spanA: { start: 0, end: 5 }, spanB: { start: 0, end: 5 }, besides } as ClauseAlignment;
    return { alignment, verbatim: false, preciseFigure: false, passes: false, lonePhrase: false, onlySpeaker: false, denied: false };
  };

  it('is kept when the sentences share more beside it', () => {
    expect(keptInAStrongPair(evidence('count', 1.5))).toBe(true);
    expect(keptInAStrongPair(evidence('count', 0.5))).toBe(false);
  });

  it('is not an ordinal, which any two sentences may share', () => {
    expect(keptInAStrongPair(evidence('ordinal', 1.5))).toBe(false);
    const found = facts(
      `${FINAL_A} It was a second final for coach Ana Ruiz, whose contract runs out in the spring.`,
      `${FINAL_B} Ana Ruiz, in her first season, may leave in the spring after a second trophy.`,
    );
    expect(found).not.toContain('second | second');
  });
});
