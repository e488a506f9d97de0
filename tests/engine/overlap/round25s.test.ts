import { describe, expect, it } from 'vitest';
import { ConflictsByPlace } from '../../../src/engine/overlap/conflicts-by-place.ts';
import { apartFromConflicts } from '../../../src/engine/overlap/fact-conflicts.ts';
import type { FactDraft } from '../../../src/engine/overlap/select.ts';
import { charRange, type CharRange } from '../../../src/engine/text/ranges.ts';
import { generator } from './pairing-sides.ts';

/**
 * Round 25s (decision 004): each shared fact asked every conflict of the comparison whether it
 * stands in or beside the fact's highlight, work that grew with the facts times the conflicts.
 * The conflicts are now found by where their spans lie on side A. The output is unchanged (every
 * development digest, every held-out set and the bench's pairs, byte for byte); these tests pin
 * that the index gives the scan's answer without the scan's work.
 */

const random = generator(25);
const span = (from: number, length: number): CharRange => charRange(from, from + length);

describe('ConflictsByPlace', () => {
  // Conflicts of one to three spans on side A, some empty, some long, over 2,000 characters.
  const conflicts = Array.from({ length: 120 }, () => ({
    a: Array.from({ length: 1 + Math.floor(random() * 3) }, () => span(Math.floor(random() * 2_000), random() < 0.1 ? 0 : 1 + Math.floor(random() * (random() < 0.1 ? 200 : 20)))),
    b: [span(0, 1)],
  }));
  const byPlace = new ConflictsByPlace(conflicts);

  it('gives the conflicts with a span meeting the window, ends included, in their own order', () => {
    for (let trial = 0; trial < 400; trial += 1) {
      const from = Math.floor(random() * 2_100) - 50;
      const to = from + Math.floor(random() * (random() < 0.2 ? 0 : 120));
      const scan = conflicts.filter((conflict) => conflict.a.some((range) => range.start <= to && range.end >= from));
      expect(byPlace.meeting(from, to)).toEqual(scan);
    }
  });

  it('reads no conflict’s spans again after it is built', () => {
    let reads = 0;
    const counted = conflicts.map((conflict) => ({
      get a() {
        reads += 1;
        return conflict.a;
      },
      b: conflict.b,
    }));
    const index = new ConflictsByPlace(counted);
    expect(reads).toBe(counted.length);
    for (let from = 0; from < 2_000; from += 20) index.meeting(from, from + 30);
    expect(reads).toBe(counted.length);
  });
});

describe('apartFromConflicts among many conflicts', () => {
  // One fact runs on into a clause the reports disagree in; a hundred other conflicts lie
  // elsewhere in the two reports, before and after it.
  const filler = 'Officials gave no further details that day. ';
  const [lineA, lineB] = ['The plant opened in 1990, and it employed 800 people. ', 'The plant opened in 1990, and it employed 650 people. '];
  // A fact that holds only a conflict (round 25p) and a frame 12 characters from its conflict (round 24h), beside it (mend B of session 19).
  const [hoursA, hoursB] = ['A survey found nurses worked an average of 48 hours a week. ', 'Union figures show nurses are working 50-hour weeks. '];
  const [leakA, leakB] = ['The leak was first detected at noon on Tuesday. ', 'The leak was first detected at noon on Monday. '];
  const text = { a: filler.repeat(50) + lineA + hoursA + leakA + filler.repeat(50), b: filler.repeat(50) + lineB + hoursB + leakB + filler.repeat(50) };
  const at = (side: 'a' | 'b', words: string, from = 0): CharRange => charRange(text[side].indexOf(words, from), text[side].indexOf(words, from) + words.length);
  const fact: FactDraft = {
    a: [at('a', 'plant opened in 1990, and it employed 800 people')],
    b: [at('b', 'plant opened in 1990, and it employed 650 people')],
    kind: 'paraphrase',
    strength: 4,
    score: 1,
    points: (['plant', 'opened', '1990', 'employed'] as const).map((word) => ({ a: at('a', word), b: at('b', word), value: 1, anchor: true })),
  };
  const disputed = { a: [at('a', '800 people')], b: [at('b', '650 people')] };
  const onlyHours: FactDraft = { ...fact, a: [at('a', 'nurses worked an average of 48 hours a week')], b: [at('b', 'nurses are working 50-hour weeks')], points: (['nurses', 'week'] as const).map((word) => ({ a: at('a', word), b: at('b', word), value: 1, anchor: true })) };
  const hours = { a: [at('a', '48 hours')], b: [at('b', '50-hour')] };
  const frame: FactDraft = { ...fact, a: [at('a', 'first detected')], b: [at('b', 'first detected')], points: (['first', 'detected'] as const).map((word) => ({ a: at('a', word), b: at('b', word), value: 1, anchor: true })) };
  const day = { a: [at('a', 'Tuesday')], b: [at('b', 'Monday')] };
  const elsewhere = Array.from({ length: 100 }, (_, k) => {
    const from = k < 50 ? k * filler.length : text.a.length - (k - 49) * filler.length;
    return { a: [at('a', 'details', from)], b: [at('b', 'details', from)] };
  });

  it('cuts the fact before the disputed clause as it does with that conflict alone', () => {
    const alone = apartFromConflicts([fact], [disputed], text);
    expect(alone[0]?.a).toEqual([at('a', 'plant opened in 1990')]);
    expect(apartFromConflicts([fact], [...elsewhere.slice(0, 50), disputed, ...elsewhere.slice(50)], text)).toEqual(alone);
  });

  it('drops a fact that holds only a conflict, and a frame 12 characters from its conflict, as it does with their conflicts alone', () => {
    expect(text.a.indexOf('Tuesday') - (frame.a[0]?.end ?? 0)).toBe(12);
    const own = [disputed, hours, day];
    const alone = apartFromConflicts([fact, onlyHours, frame], own, text);
    expect(alone.map((each) => each.a)).toEqual([[at('a', 'plant opened in 1990')]]);
    expect(apartFromConflicts([fact, onlyHours, frame], [...elsewhere.slice(0, 50), ...own, ...elsewhere.slice(50)], text)).toEqual(alone);
  });
  it('keeps those two facts without their conflicts', () => {
    expect(apartFromConflicts([onlyHours, frame], [...elsewhere, disputed], text)).toEqual([onlyHours, frame]);
  });
});
