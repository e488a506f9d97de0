import { describe, expect, it } from 'vitest';
import { marks } from './marked-pair.ts';

/**
 * Round 18p (decision 004): a small count both reports give is a shared fact only with what it
 * counts. Small invented reports.
 */

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
    const [a, b] = marks('The old Valtry bridge has two lanes that carry 8,000 vehicles a day.', 'The new Valtry deck will carry two traffic lanes in each direction.');
    expect(a).toBe('The old [[2:Valtry bridge has two lanes that carry]] 8,000 vehicles a day.');
    expect(b).toBe('The new [[2:Valtry deck will carry two traffic lanes]] in each direction.');
  });

  it('keeps a small count whose counted word both reports write in other forms', () => {
    const [a, b] = marks(
      'Fourteen of those freed are foreign citizens, among them four Poles, three Lithuanians and a Japanese national.',
      'Among the released are three Lithuanian citizens, the Lithuanian Foreign Ministry confirmed.',
    );
    expect(a).toContain('three Lithuanians');
    expect(b).toContain('three Lithuanian');
  });
});
