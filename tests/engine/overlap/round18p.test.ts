import { describe, expect, it } from 'vitest';
import { gatherPair } from '../../../src/engine/overlap/compare.ts';
import { LEAD, leadPair, marks } from './marked-pair.ts';

/**
 * Round 18p (decision 004): a small count both reports give is a shared fact only with what it
 * counts. Small invented reports.
 */

/** The points of the candidate facts, past the shared lead, whose words in both reports start with a figure (`two | two traffic`), first report first. */
function figurePoints(a: string, b: string): string[] {
  const { evidence, swapped } = gatherPair(...leadPair(a, b));
  const starts = /^(?:one|two|three|four|five|\d)/iu;
  return evidence.candidates.flatMap(({ draft }) =>
    draft.points.flatMap((point) => {
      const [x, y] = [evidence.textA.slice(point.a.start, point.a.end), evidence.textB.slice(point.b.start, point.b.end)];
      return point.a.start > LEAD.length && starts.test(x) && starts.test(y) ? [swapped ? `${y} | ${x}` : `${x} | ${y}`] : [];
    }),
  );
}

describe('a small count and what it counts (round 18p)', () => {
  it('does not take two small counts of different things for a shared fact', () => {
    const [a, b] = marks('Talks were held in the presence of the two countries’ transport ministers.', 'The deck will be carried by two planes of stay cables.');
    expect(a).not.toContain('[[');
    expect(b).not.toContain('[[');
  });

  it('does not take `one of` two different groups for a count', () => {
    const [a, b] = marks('The shop on Avenue Orla is one of the best-known jewellers in the capital.', 'It was one of the biggest robberies in the capital this year.');
    expect(a).not.toContain('[[');
    expect(b).not.toContain('[[');
  });

  it('leaves a small count of another thing out of the highlight', () => {
    const [a] = marks('The mayor met two top-10 players on Sunday.', 'She played a brilliant match for two and a half sets on Sunday.');
    expect(a).toBe('The mayor met two top-10 [[2:players on Sunday]].');
  });

  it('keeps a small count whose counted noun both reports write', () => {
    const [a, b] = ['The old Valtry bridge has two lanes that carry 8,000 vehicles a day.', 'The new Valtry deck will carry two traffic lanes in each direction.'];
    // `two` sits inside the highlight either way: the figure match itself is what the rule keeps.
    expect(figurePoints(a, b)).toEqual(['two | two traffic']);
    expect(marks(a, b)).toEqual(['The old [[2:Valtry bridge has two lanes that carry]] 8,000 vehicles a day.', 'The new [[2:Valtry deck will carry two traffic lanes]] in each direction.']);
  });

  // Round 18p meant this pair for a count kept by its counted word in other forms; the engine drops
  // the count. `three Lithuanian` is read as one unit, and `Lithuanians` matches nothing of it, so no
  // match of the counted words stands after the figure on both sides: the figure match counts nothing
  // shared, and the highlight stops before it (with the rule off it reaches `three Lithuanians`).
  it('drops a small count whose counted word the other report folds into the figure (`three Lithuanians` / `three Lithuanian citizens`)', () => {
    const [a, b] = [
      'Fourteen of those freed are foreign citizens, among them four Poles, three Lithuanians and a Japanese national.',
      'Among the released are three Lithuanian citizens, the Lithuanian Foreign Ministry confirmed.',
    ];
    expect(figurePoints(a, b)).toEqual([]);
    expect(marks(a, b)).toEqual([
      'Fourteen of those [[2:freed are foreign citizens]], among them four Poles, three Lithuanians and a Japanese national.',
      'Among the [[2:released are three Lithuanian citizens]], the Lithuanian Foreign Ministry confirmed.',
    ]);
  });
});
