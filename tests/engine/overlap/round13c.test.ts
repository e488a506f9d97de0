import { describe, expect, it } from 'vitest';
import { compareArticles, type Article } from '../../../src/engine/index.ts';
import { bothWays, notes, pair } from './conflict-pairs.ts';

/**
 * Round 13c (decision 004): who said a quotation, and who held a role, told differently by two
 * reports. Invented sentences, with the near misses each rule must not flag.
 */

/** A lead both reports share, so that they are taken for one event. */
const VOTE = 'Voters in the province of Norland rejected a plan to leave the national pension scheme in Monday’s referendum, with 57 per cent voting No. ';
const vote = (a: string, b: string): [Article, Article] => pair(VOTE + a, VOTE + b);
const QUOTE = '“Norlanders have spoken, and I accept their verdict,”';

describe('who speaks a quotation: a place is not a speaker, nor a name in a relative clause', () => {
  it('reads `he told supporters in downtown Harwick` as the pronoun’s, not Harwick’s', () => {
    const a = `Premier Colin Ashby, whose Norland Party government spent two years making the case for a Norland Pension Plan, conceded shortly after 10 p.m. ${QUOTE} he told supporters at a hotel in downtown Harwick.`;
    const [forward, backward] = bothWays(...vote(a, `${QUOTE} Finance Minister Harold Beattie told reporters at the legislature.`));
    expect(forward).toEqual(['quote attributed to: Ashby vs Beattie']);
    expect(backward).toEqual(['quote attributed to: Beattie vs Ashby']);
  });

  it('still finds no speaker when the sentence before names two people outside a relative clause', () => {
    const a = `Premier Colin Ashby met Mayor Ann Hale after 10 p.m. ${QUOTE} he told supporters at a hotel in downtown Harwick.`;
    expect(notes(...vote(a, `${QUOTE} Finance Minister Harold Beattie told reporters at the legislature.`))).toEqual([]);
  });

  it('finds none when the pronoun’s person is the other report’s speaker', () => {
    const a = `Premier Colin Ashby, whose Norland Party government spent two years on the plan, conceded shortly after 10 p.m. ${QUOTE} he told supporters in downtown Harwick.`;
    expect(notes(...vote(a, `${QUOTE} Premier Colin Ashby told reporters at the legislature.`))).toEqual([]);
  });
});

describe('a quotation that runs on into the next paragraph', () => {
  const ARRESTS = 'Police in five countries arrested 27 people accused of running fake investment call centres, Europol said on Thursday.';
  const OPEN = '“These call centres operated like ordinary companies, with sales targets, bonuses and scripts.';
  it('is given the speaker the next paragraph names, past a first name read as a place (`Sofia`)', () => {
    const a = `${ARRESTS}\n\n${OPEN}\n\n“Victims were called back again and again,” said Sofia Lindahl, head of Europol's financial crime centre.`;
    const b = `${ARRESTS}\n\n“These call centres operated like ordinary companies, with sales targets, bonuses and scripts,” said Ivan Petrov, head of the cybercrime department.`;
    const [forward, backward] = bothWays(...pair(a, b));
    expect(forward).toEqual(['quote attributed to: Lindahl vs Petrov']);
    expect(backward).toEqual(['quote attributed to: Petrov vs Lindahl']);
  });

  it('gives a quotation closed in its paragraph no speaker from the next', () => {
    const a = `${ARRESTS}\n\n${OPEN}”\n\n“Victims were called back again and again,” said Sofia Lindahl, head of Europol's financial crime centre.`;
    const b = `${ARRESTS}\n\n“These call centres operated like ordinary companies, with sales targets, bonuses and scripts,” said Ivan Petrov, head of the cybercrime department.`;
    expect(notes(...pair(a, b))).toEqual([]);
  });
});

describe('two people in one role (conflicts-people.ts)', () => {
  const VISIT = 'Nigeria and Indonesia agreed on Tuesday to build a $1.5 billion urea plant in Akwa Ibom state during a state visit to Jakarta. ';
  const visit = (a: string, b: string): [Article, Article] => pair(VISIT + a, VISIT + b);
  it('sets the signatory of one agreement against another, titles left out', () => {
    const [forward, backward] = bothWays(...visit('The agreement was signed by Energy Minister Rudi Santoso.', 'The agreement was signed for Indonesia by the Trade Minister, Dewi Kartika.'));
    expect(forward).toEqual(['who: Rudi Santoso vs Dewi Kartika']);
    expect(backward).toEqual(['who: Dewi Kartika vs Rudi Santoso']);
  });

  it('leaves a person both reports name out of the pairing, so the two others meet', () => {
    const a = 'The agreement was signed by Rudi Santoso and Halima Yusuf.';
    const b = 'The agreement was signed by Dewi Kartika and Halima Yusuf.';
    expect(notes(...visit(a, b))).toEqual(['who: Rudi Santoso vs Dewi Kartika']);
  });

  it('finds none when a report names the other’s person too, or names two for the one', () => {
    expect(notes(...visit('The agreement was signed by Energy Minister Rudi Santoso. Trade Minister Dewi Kartika attended the ceremony.', 'The agreement was signed by Trade Minister Dewi Kartika.'))).toEqual([]);
    expect(notes(...visit('The agreement was signed by Rudi Santoso and Wayan Pratama.', 'The agreement was signed by Dewi Kartika.'))).toEqual([]);
  });

  it('finds none for people whose roles share one word', () => {
    expect(notes(...visit('The agreement was praised by Rudi Santoso.', 'The agreement was signed by Dewi Kartika.'))).toEqual([]);
  });

  it('sets a semi-final opponent against another: `beat … in the semifinals` / `semi-final win over`', () => {
    const FINAL = 'Mathias Kjaer won the Rotterdam Open on Sunday, beating Tomas Vrba 6-4, 7-6 in the final. ';
    const [forward] = bothWays(...pair(`${FINAL}Kjaer beat top-seeded Alexei Morozov in Saturday's semifinals.`, `${FINAL}Kjaer reached the final after his three-set semi-final win over Luca Ferraresi.`));
    expect(forward).toEqual(['who: Alexei Morozov vs Luca Ferraresi']);
  });

  it('takes no place for a person: a name after `below`, `in`, `near`', () => {
    const DRY = 'Tropical glaciers in the Andes have lost a third of their area since 2000, a study published on Monday found. ';
    const a = 'Farmers in the valley below the Cerro Quiltay have begun building small reservoirs.';
    const b = 'Farmers in the valleys around Ulcumayo Pampa have begun building small reservoirs.';
    expect(notes(...pair(DRY + a, DRY + b))).toEqual([]);
  });
});

describe('a person a detector already set in a role', () => {
  it('is not set again by the pairing (one conflict for one dissent)', () => {
    const RULING = 'The Supreme Court of Canada struck down the mandatory minimum sentence for firearm trafficking on Friday in a 7-2 ruling. ';
    const a = `${RULING}In dissent, Justice Andrew Kasper, joined by two colleagues, said Parliament was entitled to set the minimum.`;
    const b = `${RULING}The Chief Justice wrote for the majority. Justice Thomas Keane wrote the dissent for the three judges in the minority.`;
    const found = notes(...pair(a, b));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^dissent: /u);
  });
});

describe('where a quotation’s speaker is marked', () => {
  const OUTAGE = 'A blackout left 1.9 million homes in Monterrey without power on Tuesday as temperatures passed 45C. ';
  const SAYS = '“The system did what it was designed to do,”';
  it('marks a pronoun speaker at the pronoun and at the name it stands for', () => {
    const a = `${OUTAGE}Energy Secretary Lucía Carranza defended the response of the grid operator. ${SAYS} she told reporters.`;
    const b = `${OUTAGE}${SAYS} said Rodrigo Ebert, the operator’s director general.`;
    const [conflict] = compareArticles(...pair(a, b)).conflicts;
    const text = pair(a, b)[0].text;
    expect(conflict?.note).toBe('quote attributed to: Carranza vs Ebert');
    expect(conflict?.a.map((range) => text.slice(range.start, range.end))).toEqual(['she told', 'Carranza']);
  });

  it('gives one quotation split in two, each part given to the same two speakers, one conflict marked at both', () => {
    const CENSUS = 'Hungary’s population fell to 9.4 million, the statistics office said on Tuesday. ';
    const a = `${CENSUS}“We are turning into a country of small households, and that has consequences for housing, for care and for the pension system,” Eszter Lakatos-Bíró, the office’s president, told a news conference.`;
    const b = `${CENSUS}“We are turning into a country of small households,” said Péter Ronkay, a senior researcher at the office. That, Ronkay added, “has consequences for housing, for care and for the pension system”.`;
    const conflicts = compareArticles(...pair(a, b)).conflicts;
    const text = pair(a, b)[1].text;
    expect(conflicts.map((conflict) => conflict.note)).toEqual(['quote attributed to: Lakatos-Bíró vs Ronkay']);
    expect(conflicts[0]?.b.map((range) => text.slice(range.start, range.end)).sort()).toEqual(['Ronkay', 'Ronkay']);
  });
});

describe('two speakers with one title', () => {
  const APPEAL = 'Jarrod Pellew, jailed for murdering his business partner Dean Cordner in Ballarat, won a retrial on Tuesday after the Court of Appeal quashed his conviction. ';
  const appeal = (a: string, b: string): [Article, Article] => pair(APPEAL + a, APPEAL + b);
  it('are two people: `Justice Ferris` / `Justice Anil Mehrotra`', () => {
    const a = '“The jury was invited to fill a gap in the evidence with speculation,” Justice Ferris wrote for the majority.';
    const b = 'In the ruling, Justice Anil Mehrotra said the jury had been “invited to fill a gap in the evidence with speculation”.';
    expect(notes(...appeal(a, b))).toEqual(['quote attributed to: Ferris vs Mehrotra']);
  });

  it('while a speaker written by a first name alone is the one named in full', () => {
    const a = '“The jury was invited to fill a gap in the evidence with speculation,” Anil said.';
    const b = 'In the ruling, Justice Anil Mehrotra said the jury had been “invited to fill a gap in the evidence with speculation”.';
    expect(notes(...appeal(a, b))).toEqual([]);
  });
});
