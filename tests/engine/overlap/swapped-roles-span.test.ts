import { describe, expect, it } from 'vitest';
import { compareArticles, type Article } from '../../../src/engine/index.ts';
import { pair } from './conflict-pairs.ts';

/**
 * Two people whose roles two aligned sentences swap (conflicts-slot-values.ts, `swappedRoles`):
 * the mark covers the person's name from its units, not from a search for its first word.
 * Invented sentences.
 */
const DEAL = 'Norland Air agreed on Wednesday to buy its smaller rival Kessel Airways for €1.2bn, creating the region’s largest low-cost airline group. ';
const deal = (a: string, b: string): [Article, Article] => pair(DEAL + a, DEAL + b);

describe('a first name that opens the surname (`Ann Annan`)', () => {
  it('marks the whole name, first name included', () => {
    const a = 'Kessel chief executive Ann Annan will run the enlarged group, with Norland chief Raquel Ortiz becoming executive chair.';
    const b = 'Norland chief executive Raquel Ortiz will lead the merged company, while Kessel chief executive Ann Annan will become her deputy.';
    const [first, second] = deal(a, b);
    const conflicts = compareArticles(first, second).conflicts.filter((conflict) => conflict.note.startsWith('who:'));
    expect(conflicts.map((conflict) => conflict.note)).toEqual(['who: Ann Annan vs Raquel Ortiz']);
    expect(conflicts[0]?.a.map((range) => first.text.slice(range.start, range.end))).toEqual(['Ann Annan']);
  });
});
