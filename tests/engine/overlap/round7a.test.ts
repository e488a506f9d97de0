import { describe, expect, it } from 'vitest';
import { bothWays, notes, pair } from './conflict-pairs.ts';

/**
 * Round 7a (decision 004): conflicts from shared facts. Each rule is tested alone on invented
 * sentences (pairs built by ./conflict-pairs.ts).
 */
describe('7a ages: apposition and a held-back name', () => {
  it('reads `Name, 41,` as the person’s age and a lead’s `A 40-year-old woman` as the age of the person the next sentence names', () => {
    const [a, b] = pair(
      'Marta Lindqvist, 41, drove the van into the crowd outside the Odeon cinema in Malmö on Saturday night, the district court heard.',
      'A 40-year-old woman who drove a van into a crowd outside a Malmö cinema has been charged with attempted murder.\nMarta Lindqvist appeared before the district court on Monday.',
    );
    const [forward, backward] = bothWays(a, b);
    expect(forward).toEqual(['age: 41 vs 40-year-old']);
    expect(backward).toEqual(['age: 40-year-old vs 41']);
  });

  it('finds no conflict when the apposed age and the written age agree', () => {
    const [a, b] = pair(
      'Marta Lindqvist, 40, drove the van into the crowd outside the Odeon cinema in Malmö on Saturday night, the district court heard.',
      'A 40-year-old woman who drove a van into a crowd outside a Malmö cinema has been charged with attempted murder.\nMarta Lindqvist appeared before the district court on Monday.',
    );
    expect(notes(a, b)).toEqual([]);
  });

  it('does not give a held-back age to a name that opens no sentence, nor to a different person', () => {
    const [a, b] = pair(
      'Marta Lindqvist, 41, drove the van into the crowd outside the Odeon cinema in Malmö on Saturday night, the district court heard.',
      'A 40-year-old woman who drove a van into a crowd outside a Malmö cinema has been charged with attempted murder.\nPolice said Marta Lindqvist had been arrested at the scene.',
    );
    expect(notes(a, b)).toEqual([]);
  });

  it('does not take one member of a family for another because they share a surname', () => {
    const [a, b] = pair(
      'Sarah Walsh, 29, died when her car left the M62 near Huddersfield on Friday night, police said.',
      'Sarah Walsh died when her car left the M62 near Huddersfield on Friday night, police said. Her mother, Ann Walsh, 58, said she was a careful driver.',
    );
    expect(bothWays(a, b)).toEqual([[], []]);
  });

  it('finds no conflict when a surname alone may be either of two relatives and one of them has its age', () => {
    const [a, b] = pair(
      'Police said Walsh, 29, died when her car left the M62 near Huddersfield on Friday night.',
      'Police said Sarah Walsh, 29, died when her car left the M62 near Huddersfield on Friday night. Her mother, Ann Walsh, 58, said she was a careful driver.',
    );
    expect(bothWays(a, b)).toEqual([[], []]);
  });

  it('does not give a held-back age to an official the next sentence names with a title or as a speaker', () => {
    const judge = pair(
      'A 28-year-old man has been jailed for setting fire to a takeaway in Bolton.\nJudge Jane Hart said he had shown no remorse.',
      'Judge Jane Hart, 59, said the man who set fire to a takeaway in Bolton had shown no remorse as she jailed him.',
    );
    const officer = pair(
      'A 28-year-old man has been charged with arson after a fire at a takeaway in Bolton.\nJane Hart told reporters the investigation was continuing.',
      'Jane Hart, 45, told reporters a man had been charged with arson after a fire at a takeaway in Bolton.',
    );
    expect([notes(...judge), notes(...officer)]).toEqual([[], []]);
  });

  it('does not read a figure after a place or a day as an age', () => {
    const [a, b] = pair(
      'The ferry left Malmö, 14, and other ports late, the operator Öresund Lines said on Saturday.',
      'Öresund Lines said a 15-year-old crew member from Malmö had been hurt on the ferry on Saturday.',
    );
    expect(notes(a, b)).toEqual([]);
  });
});

describe('7a quotes: a speaker named by office', () => {
  const QUOTE = '“Nobody should be able to cut off the supply of the metals our factories need,”';
  const LEAD_A = 'Italian Prime Minister Lucia Ferrante and Spanish Prime Minister Tomás Ibarra signed the pact in Lisbon on Tuesday. ';
  const LEAD_B = 'The leaders of Italy and Spain signed the pact in Lisbon on Tuesday, with Ibarra and Ferrante both present. ';

  it('sets a named speaker against an office the other report gives the quote to, when a report names the office’s holder', () => {
    const [a, b] = pair(`${LEAD_A}${QUOTE} Ibarra told reporters after the signing.`, `${LEAD_B}${QUOTE} the Italian prime minister said at a joint news conference.`);
    const [forward, backward] = bothWays(a, b);
    expect(forward).toEqual(['quote attributed to: Ibarra vs the Italian prime minister']);
    expect(backward).toEqual(['quote attributed to: the Italian prime minister vs Ibarra']);
  });

  it('finds no conflict when the named speaker holds the office', () => {
    const [a, b] = pair(`${LEAD_A}${QUOTE} Ferrante told reporters after the signing.`, `${LEAD_B}${QUOTE} the Italian prime minister said at a joint news conference.`);
    expect(notes(a, b)).toEqual([]);
  });

  it('does not take a former holder, a possessive or a word before a comma for the office’s holder', () => {
    const named = `${LEAD_B}${QUOTE} Ferrante told reporters after the signing.`;
    const titled = `${QUOTE} the Italian prime minister said at a joint news conference.`;
    const leads = [
      'The pact, first proposed by former Italian Prime Minister Carlo Monti, was signed in Lisbon on Tuesday. ',
      'Italian Prime Minister Lucia Ferrante’s visit to Lisbon ended with the pact signed on Tuesday. ',
      'The leaders of Italy and Spain signed the pact in Lisbon on Tuesday. However, the Italian prime minister would not say when it takes effect. ',
      'The leaders of Italy and Spain signed the pact on Tuesday. In Lisbon, the Italian prime minister praised the deal. ',
    ];
    expect(leads.map((lead) => notes(...pair(named, `${lead}${titled}`)))).toEqual([[], [], [], []]);
  });

  it('does not take an office a preposition or a possessive governs for the speaker (`a spokesman for the Italian prime minister said`)', () => {
    const named = `${LEAD_A}${QUOTE} government spokesman Paolo Rossi told reporters after the signing.`;
    const titled = [
      `${LEAD_B}${QUOTE} a spokesman for the Italian prime minister said.`,
      `${LEAD_B}${QUOTE} an aide to the Italian prime minister said.`,
      `${LEAD_B}${QUOTE} said the Italian prime minister’s spokesman.`,
    ];
    expect(titled.map((text) => notes(...pair(named, text)))).toEqual([[], [], []]);
  });

  it('does not take the one a quote is told to for its speaker (`she told the Italian prime minister`)', () => {
    const [a, b] = pair(`${LEAD_A}${QUOTE} Ibarra told reporters after the signing.`, `${LEAD_B}${QUOTE} she told the Italian prime minister at a joint news conference.`);
    expect(notes(a, b)).toEqual([]);
  });

  it('names the speaker, not a place the attribution mentions', () => {
    const [a, b] = pair(`${LEAD_A}${QUOTE} Ibarra told reporters in Porto.`, `${LEAD_B}${QUOTE} the Italian prime minister said at a joint news conference.`);
    expect(notes(a, b)).toEqual(['quote attributed to: Ibarra vs the Italian prime minister']);
  });

  it('finds no conflict when no report names the office’s holder with the office', () => {
    const [a, b] = pair(`${LEAD_B}${QUOTE} Ibarra told reporters after the signing.`, `${LEAD_B}${QUOTE} the Italian prime minister said at a joint news conference.`);
    expect(notes(a, b)).toEqual([]);
  });
});

describe('7a subjects: an organisation the reports define is a subject', () => {
  it('does not set one party’s seats against another’s when a party is written with its acronym', () => {
    const [a, b] = pair(
      'The Farmers and Workers Front (FWF) won Sunday’s election in Arvenia, the electoral commission said on Monday. The Republican Bloc of Anna Velk slumped to 19 seats in the parliament.',
      'The Farmers and Workers Front (FWF) won Sunday’s election in Arvenia, the electoral commission said on Monday, making it the largest party in the parliament with 36 seats. The Republican Bloc of Anna Velk came second.',
    );
    expect(notes(a, b)).toEqual([]);
  });
});

describe('7a asides: a figure in an aside about a person is background', () => {
  const A = 'Rovers beat Albion 2-1 in the cup final at Eastfield on Saturday. Nina Kask, who had been on the pitch for only five minutes, headed in Ola Berg’s corner in the 114th minute to win the cup.';
  it('does not set the minute a substitute came on against the minute of the goal', () => {
    const [a, b] = pair(A, 'Rovers beat Albion 2-1 in the cup final at Eastfield on Saturday. Nina Kask, brought on in the 109th minute, headed in Ola Berg’s corner to win the cup.');
    expect(notes(a, b)).toEqual([]);
  });

  it('still sets the goal’s minutes against each other when a relative clause tells the goal itself (`Kask, who headed in …,`)', () => {
    const [a, b] = pair(
      'Rovers beat Albion 2-1 in the cup final at Eastfield on Saturday. Nina Kask, who headed in Ola Berg’s corner in the 114th minute, was mobbed by fans.',
      'Rovers beat Albion 2-1 in the cup final at Eastfield on Saturday. Nina Kask headed in Ola Berg’s corner in the 118th minute and was mobbed by fans.',
    );
    expect(notes(a, b)).toEqual(['minute: 114th minute vs 118th minute']);
  });

  it('still sets the goal’s minutes against each other when both are told outside asides', () => {
    const [a, b] = pair(A, 'Rovers beat Albion 2-1 in the cup final at Eastfield on Saturday. Nina Kask headed in Ola Berg’s corner in the 118th minute to win the cup.');
    expect(notes(a, b)).toEqual(['minute: 114th minute vs 118th minute']);
  });
});

describe('7a days: `next Sunday` is ambiguous', () => {
  it('does not set one report’s `next Sunday` against another’s written a day later', () => {
    const sentence = 'Rovers will be handed the league trophy after their final match against Albion at Eastfield next Sunday.';
    const [a, b] = pair(sentence, sentence.replace('handed', 'given'), 'May 9, 2026', 'May 10, 2026');
    expect(notes(a, b)).toEqual([]);
  });
});
