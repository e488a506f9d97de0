import { describe, expect, it } from 'vitest';
import { compareArticles, type Article } from '../../../src/engine/index.ts';
import { bothWays, notes, pair } from './conflict-pairs.ts';

/**
 * Round 17w (decision 004): who did it and who said it, on the misses of sets 17–22. Invented
 * sentences, with the near misses each rule must not flag.
 */

/** A lead both reports share, so that they are taken for one event. */
const TENDER = 'An Italian-led consortium won the contract on Monday to build a new road bridge over the Varna river between Ostrava and Kessel, the roads agency said. ';
const tender = (a: string, b: string): [Article, Article] => pair(TENDER + a, TENDER + b);

describe('finishing places told after the holder in a `with` clause, or given to a holder after `went to`', () => {
  it('reads `…, with Anatolia Yapı third` and `Second place in the tender went to a consortium led by … Anatolia Yapı`', () => {
    const a = 'Second place in the tender went to a consortium led by Turkey’s Anatolia Yapı, whose offer was higher.';
    const b = 'Greek contractor Hellenic Bridges came second, with Anatolia Yapı third.';
    const [forward, backward] = bothWays(...tender(a, b));
    expect(forward).toEqual(['place: Second place in the tender went to a consortium led by Turkey’s Anatolia Yapı vs Anatolia Yapı third']);
    expect(backward).toEqual(['place: Anatolia Yapı third vs Second place in the tender went to a consortium led by Turkey’s Anatolia Yapı']);
  });

  it('finds none when the reports agree, or a `with` clause tells something else', () => {
    expect(notes(...tender('Second place went to Anatolia Yapı.', 'Hellenic Bridges came third, with Anatolia Yapı second.'))).toEqual([]);
    expect(notes(...tender('Anatolia Yapı came second.', 'Hellenic Bridges came third, with Anatolia Yapı second.'))).toEqual([]);
    expect(notes(...tender('Anatolia Yapı came second.', 'The agency met with Anatolia Yapı third time running.'))).toEqual([]);
  });
});

describe('a model name is no person (conflicts-people.ts)', () => {
  it('does not set `Airbus A321neo` against `Airbus A321neos`, two spellings of one aircraft', () => {
    const a = 'Tarsa Air has agreed to buy 150 Airbus A321neo jets in the largest aircraft order ever placed by an airline in the country.';
    const b = 'Tarsa Air has placed a firm order for 150 Airbus A321neos, one of the largest single commitments for the type.';
    expect(notes(...pair(a, b))).toEqual([]);
  });
});

describe('who speaks: an employer before an office, and where the speaker is named in full', () => {
  const ORDER = 'Tarsa Air has agreed to buy 150 Airbus jets in the largest aircraft order ever placed by an airline in the country, at the Paris Air Show on Tuesday.';
  const a = `${ORDER}\n\nTarsa Air president director Raden Prasetyo, who signed the agreement with Airbus executives at Le Bourget, said the new jets would double its fleet.\n\n“Indonesians are flying more than ever, and there are still many cities that have only one or two flights a week. This order is our commitment to connect them,” he said.`;
  const b = `${ORDER}\n\nThe jets are due from 2030, Tarsa chief executive Dimas Halim said at the signing.\n\n“These aircraft will let us connect cities that today have only one or two flights a week,” Halim said.`;

  it('reads `Tarsa Air president director Raden Prasetyo` as one speaker, Prasetyo, whom Tarsa Air employs', () => {
    const [forward, backward] = bothWays(...pair(a, b));
    expect(forward).toEqual(['quote attributed to: Prasetyo vs Halim']);
    expect(backward).toEqual(['quote attributed to: Halim vs Prasetyo']);
  });

  it('marks a speaker given by surname alone also where the report names him in full', () => {
    const [first, second] = pair(a, b);
    const conflict = compareArticles(first, second).conflicts.find((one) => one.note.startsWith('quote attributed to'));
    expect(conflict?.b.map((range) => second.text.slice(range.start, range.end))).toEqual(['Halim', 'Dimas Halim']);
  });

  it('still reads a name an `of` phrase follows as the speaker (`said Dr Marta Lindqvist of the Karolinska Institute`)', () => {
    const quote = '“It closes a question cardiology has been asking for thirty years,”';
    const trial = 'An injection that lowers Lp(a) cut heart attacks by 23 per cent in a trial of 9,000 patients presented in Munich on Monday.';
    const [forward] = bothWays(...pair(`${trial} ${quote} said Dr Marta Lindqvist of the Karolinska Institute in Stockholm.`, `${trial} ${quote} said Samuel Reyes, a cardiologist who was not involved.`));
    expect(forward).toEqual(['quote attributed to: Lindqvist vs Reyes']);
  });
});

describe('a ship’s flag (conflicts-venues.ts)', () => {
  const SPILL = 'Fuel oil from a bunkering tanker damaged in a collision off Tarrow washed ashore on Thursday, closing three beaches. ';
  const spill = (a: string, b: string): [Article, Article] => pair(SPILL + a, SPILL + b);
  it('sets two flags of one named ship against each other', () => {
    const [forward, backward] = bothWays(...spill('The tanker was struck by the Marshall Islands-registered bulk carrier Nordic Tern at anchor.', 'The Liberian-flagged bulk carrier Nordic Tern struck the tanker shortly before midnight.'));
    expect(forward).toEqual(['flag: Marshall Islands-registered vs Liberian-flagged']);
    expect(backward).toEqual(['flag: Liberian-flagged vs Marshall Islands-registered']);
  });

  it('finds none for one country written as its name and its adjective, or for two ships', () => {
    expect(notes(...spill('The Liberia-flagged bulk carrier Nordic Tern struck the tanker.', 'The Liberian-flagged bulk carrier Nordic Tern struck the tanker.'))).toEqual([]);
    expect(notes(...spill('The Maltese-flagged bulk carrier Nordic Tern struck the tanker.', 'The Malta-registered bulk carrier Nordic Tern struck the tanker.'))).toEqual([]);
    expect(notes(...spill('The Panamanian-flagged bulk carrier Nordic Tern struck the tanker.', 'The Liberian-flagged tug Sea Lion towed the tanker away.'))).toEqual([]);
  });
});

describe('two people whose roles two aligned sentences swap (conflicts-slot-values.ts)', () => {
  const DEAL = 'Norland Air agreed on Wednesday to buy its smaller rival Kessel Airways for €1.2bn, creating the region’s largest low-cost airline group. ';
  const deal = (a: string, b: string): [Article, Article] => pair(DEAL + a, DEAL + b);
  it('sets the two people against each other when each takes the other’s role', () => {
    const a = 'Kessel chief executive Duarte Menezes will run the enlarged group, with Norland chief Raquel Ortiz becoming executive chair.';
    const b = 'Norland chief executive Raquel Ortiz will lead the merged company, while Kessel chief executive Duarte Menezes will become her deputy.';
    const [forward, backward] = bothWays(...deal(a, b));
    expect(forward).toEqual(['who: Duarte Menezes vs Raquel Ortiz']);
    expect(backward).toEqual(['who: Raquel Ortiz vs Duarte Menezes']);
  });

  it('finds none for one verb of two people told either way round, or roles told alike', () => {
    expect(notes(...deal('Kessel chief executive Duarte Menezes met Norland chief Raquel Ortiz in Lisbon to sign the deal.', 'Norland chief executive Raquel Ortiz met Kessel chief executive Duarte Menezes in Lisbon to sign the deal.'))).toEqual([]);
    expect(notes(...deal('Kessel chief executive Duarte Menezes will run the enlarged group, with Norland chief Raquel Ortiz becoming executive chair.', 'Kessel chief executive Duarte Menezes will lead the merged company, while Norland chief executive Raquel Ortiz will become its chair.'))).toEqual([]);
  });
});

describe('who is no person in a role (conflicts-people.ts)', () => {
  const SALE = 'A painting by Leonora Carrington sold for $28.5 million at Christie’s in New York on Tuesday, a record for the artist. ';
  const sale = (a: string, b: string): [Article, Article] => pair(SALE + a, SALE + b);
  it('reads no person in the end of a longer name joined by a particle (`Palacio de Bellas Artes`, `Museo de Arte Moderno`)', () => {
    expect(notes(...sale('It was last lent in 1975 to a retrospective at the Palacio de Bellas Artes.', 'Tate owns several works by Carrington, as does the Museo de Arte Moderno in Mexico City.'))).toEqual([]);
  });

  const OUTBREAK = 'A child has died of measles in Oldham, the first measles death in England this year, health officials said on Wednesday. ';
  const outbreak = (a: string, b: string): [Article, Article] => pair(OUTBREAK + a, OUTBREAK + b);
  it('reads a speaker after `said` and a courtesy title (`said Dr Kevin Rourke`) as a speaker, not a person in a role', () => {
    const a = 'The public health minister, Naomi Carver, said the death was a tragedy, and announced funding for outreach work.';
    const b = '“I know people are frightened, and I understand that some parents have questions,” said Dr Kevin Rourke, Oldham Council’s director of public health. “But measles is not a mild illness.”';
    expect(notes(...outbreak(a, b))).toEqual([]);
  });
});
