import { describe, expect, it } from 'vitest';
import { compareArticles, parseDigest, type Article } from '../../../src/engine/index.ts';
import type { ClauseAlignment } from '../../../src/engine/overlap/align.ts';
import { givesDifferentAmounts } from '../../../src/engine/overlap/different-amounts.ts';
import { renderMarks } from '../../../src/engine/overlap/render-marks.ts';

/**
 * Round 19p (decision 004): a frame around which two reports give different amounts of one thing
 * is what they disagree on, not a fact they share (different-amounts.ts). Small invented reports:
 * a shared first paragraph (one event), a paragraph of each report's own, then the sentence read.
 */

const LEAD = 'Finland approved the Rovakka gold mine in Sodankylä on Friday.';

/** The last paragraph of each report with the comparison's highlights (`[[n:…]]`) and conflicts (`{{n:…}}`) marked. */
function marks(a: string, b: string): [string, string] {
  const digest = `REUTERS | Published March 3, 2026\n${LEAD}\n\nShares in the miner rose.\n\n${a}\nASSOCIATED PRESS | Published March 3, 2026\n${LEAD}\n\nThe firm also plans a larger plant.\n\n${b}\n`;
  const [x, y] = parseDigest(digest, { file: 'pair.txt' }).articles as [Article, Article];
  const comparison = compareArticles(x, y);
  const last = (text: string): string => text.split('\n\n').at(-1) ?? '';
  return [last(renderMarks(x.text, comparison, 'a')), last(renderMarks(y.text, comparison, 'b'))];
}

describe('different amounts around a shared frame (round 19p)', () => {
  it('does not take `faces a maximum of 20 years` / `could face up to 30 years` for a shared fact', () => {
    const [a, b] = marks('If convicted, the former director faces a maximum of 20 years in prison.', 'If convicted the former director could face up to 30 years in prison.');
    // The two figures stay a conflict; the frame around them is no fact.
    expect([a, b]).toEqual(['If convicted, the former director faces {{1:a maximum of 20 years}} in prison.', 'If convicted the former director could face {{1:up to 30 years}} in prison.']);
  });

  it('reads a year after the frame as its amount (`could begin in 2028` / `to begin in 2029`)', () => {
    const [a, b] = marks('Underground production at the mine could begin in 2028.', 'The mine expects to begin underground production in 2029.');
    // The two years stay a conflict; the frame around them is no fact.
    expect([a, b]).toEqual(['Underground production at the mine could begin in {{1:2028}}.', 'The mine expects to begin underground production in {{1:2029}}.']);
  });

  it('does not take measures in two units for amounts of one thing (`12 kilometres long` / `40 tonnes of steel`)', () => {
    // Session 16 mend: a length and a weight are no two amounts of one thing; the tunnel is the fact.
    const [a, b] = marks('The new tunnel under the mountain will be 12 kilometres long.', 'The new tunnel under the mountain will cost 40 tonnes of steel.');
    expect([a, b]).toEqual(['The [[2:new tunnel under the mountain]] will be 12 kilometres long.', 'The [[2:new tunnel under the mountain]] will cost 40 tonnes of steel.']);
  });

  it('does not take counts of two things for amounts of one thing (`300 workers` / `500 trucks`)', () => {
    const [a, b] = marks('The company said the new plant would employ 300 workers.', 'The company said the new plant would build 500 trucks.');
    expect([a, b]).toEqual(['The company said the [[2:new plant]] would employ 300 workers.', 'The company said the [[2:new plant]] would build 500 trucks.']);
  });

  it('keeps a statement that holds a name, whatever its figures (`Belarus has freed 31` / `released 33`)', () => {
    const [a, b] = marks('Belarus has freed 31 political prisoners.', 'Belarus on Thursday released 33 political prisoners.');
    expect(a).toBe('[[2:Belarus has freed {{1:31 political prisoners}}]].');
    expect(b).toBe('[[2:Belarus on Thursday released {{1:33 political prisoners}}]].');
  });

  it('does not compare figures given per something (`4.35 euros a kilo` / `€4,350 per tonne`)', () => {
    const [a, b] = marks('Extra virgin olive oil prices rose sharply to 4.35 euros a kilo.', 'Prices of extra virgin olive oil rose sharply to €4,350 per tonne.');
    expect(a).toBe('[[2:Extra virgin olive oil prices rose sharply]] to 4.35 euros a kilo.');
    expect(b).toBe('[[2:Prices of extra virgin olive oil rose sharply]] to €4,350 per tonne.');
  });
});

describe('the figures read around a stretch (session 16 mend)', () => {
  /** A stretch from `start` to `end` on each side, matching nothing: all `givesDifferentAmounts` reads of it. */
  const stretch = (endA: number, endB: number): ClauseAlignment => ({ matches: [], spanA: { start: 0, end: endA }, spanB: { start: 0, end: endB } }) as unknown as ClauseAlignment;
  const FRAME = 'The former director could face';

  it('reads a figure whole where the sentence runs on past the reach', () => {
    // `15 years` starts on the last of the 80 characters read after the stretch: a slice cut there read `1`, a count.
    const a = `${FRAME} what prosecutor, in a statement issued late on Thursday evening, called up to 15 years in prison.`;
    const b = `${FRAME} up to 20 years in prison.`;
    expect(a.indexOf('15 years') - FRAME.length).toBe(79);
    expect(givesDifferentAmounts(stretch(FRAME.length, FRAME.length), a, b)).toBe(true);
  });

  it('reads no figure past the sentence or before the stretch', () => {
    const b = `${FRAME} up to 20 years in prison.`;
    expect(givesDifferentAmounts(stretch(FRAME.length, FRAME.length), `${FRAME} prison. He is 15 years older.`, b)).toBe(false);
    const before = 'In 15 years, ';
    const a = `${before}${FRAME} prison.`;
    expect(givesDifferentAmounts({ ...stretch(a.length - ' prison.'.length, FRAME.length), spanA: { start: before.length, end: a.length - ' prison.'.length } }, a, b)).toBe(false);
  });
});
