import { describe, expect, it } from 'vitest';
import { notes, pair } from './conflict-pairs.ts';

/** Round 23c (decision 004): conflicts on text by a new hand. Invented sentences. */
const dates = (found: readonly string[]): string[] => found.filter((note) => note.startsWith('date:'));

describe('the one day of an action told as a verb and the bare noun it takes', () => {
  const LAW = 'Ontario passed a law on Thursday that caps rent increases for older apartment buildings at 2.5 per cent a year, the housing minister said. ';
  it('sets `takes effect Jan. 4` against `takes effect Feb. 1`', () => {
    const [a, b] = pair(LAW + 'The cap takes effect Jan. 4, though landlords may appeal it before a tribunal.', LAW + 'Tenant groups said the measure takes effect Feb. 1, Premier Lisa Moreau said Friday.', 'November 12, 2026', 'November 13, 2026');
    expect(dates(notes(a, b))).toEqual(['date: Jan. 4 vs Feb. 1']);
    expect(dates(notes(b, a))).toEqual(['date: Feb. 1 vs Jan. 4']);
  });

  it('sets nothing by a noun no verb takes (`the effect on Jan. 4` / `the effect on Feb. 1`)', () => {
    const [a, b] = pair(LAW + 'Landlords will feel the effect on Jan. 4, though they may appeal it before a tribunal.', LAW + 'Tenant groups expect the effect on Feb. 1, Premier Lisa Moreau said Friday.', 'November 12, 2026', 'November 13, 2026');
    expect(dates(notes(a, b))).toEqual([]);
  });
});

describe('a name in the possessive before a thing is not who speaks', () => {
  const CHIEF = 'The police chief of Harwick resigned on Monday after an investigation found he had parking tickets voided for friends, the mayor said. ';
  it('gives a quote no speaker `Brandt` by `carried out Brandt’s requests` (`The Harwick Police Guild said` / `The police union said`)', () => {
    const [a, b] = pair(
      CHIEF + 'The Harwick Police Guild said in a statement that its members "followed orders they should never have been given."',
      CHIEF + 'The police union said officers who carried out Chief Brandt’s requests were "following orders they should never have been given."',
    );
    expect(notes(a, b).filter((note) => note.startsWith('quote attributed to'))).toEqual([]);
  });

  it('still gives it to a name before an office (`Brandt’s spokesman Ian Moss said`)', () => {
    const [a, b] = pair(
      CHIEF + 'Mayor Ellen Hart said in a statement that "the city deserves a police force it can trust."',
      CHIEF + 'Brandt’s spokesman Ian Moss said that "the city deserves a police force it can trust."',
    );
    expect(notes(a, b).filter((note) => note.startsWith('quote attributed to'))).toEqual(['quote attributed to: Hart vs Moss']);
  });
});
