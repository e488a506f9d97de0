import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/engine/index.ts';
import { bothWays, notes, pair } from './conflict-pairs.ts';

/**
 * Round 14n (decision 004): a name in the one slot two aligned sentences fill differently
 * (conflicts-slots.ts, `nameSlotPairs`; judged by `nameSlotConflicts` in conflicts.ts). Invented
 * sentences, with the near misses each rule must not flag.
 */

/** A lead both reports share, so that they are taken for one event. */
const TUNNEL = 'The Vardholm undersea road tunnel, the longest in the country at 14.2 kilometres, opened to traffic on Saturday after nine years of construction. ';
const tunnel = (a: string, b: string): [Article, Article] => pair(TUNNEL + a, TUNNEL + b, 'June 12, 2027');
const who = (found: readonly string[]): string[] => found.filter((note) => note.startsWith('who:'));

describe('a name in the one slot two aligned sentences fill differently', () => {
  it('sets the person who did it in one report against the other’s', () => {
    const [forward, backward] = bothWays(
      ...tunnel('Fisheries Minister Ingrid Solvang cut the ribbon at the mainland entrance as a brass band played.', 'County mayor Terje Nakkeby cut the ribbon at the mainland entrance in front of a crowd.'),
    );
    expect(who(forward)).toEqual(['who: Minister Ingrid Solvang vs Terje Nakkeby']);
    expect(who(backward)).toEqual(['who: Terje Nakkeby vs Minister Ingrid Solvang']);
  });

  it('still does when the other report names that person in another role', () => {
    const a = 'Fisheries Minister Ingrid Solvang cut the ribbon at the mainland entrance as a brass band played.';
    const b = 'County mayor Terje Nakkeby cut the ribbon at the mainland entrance in front of a crowd. Fisheries Minister Ingrid Solvang pulled out of the ceremony on Friday.';
    expect(who(notes(...tunnel(a, b)))).toEqual(['who: Minister Ingrid Solvang vs Terje Nakkeby']);
  });

  it('sets nothing when the other report gives that person the same role too', () => {
    const a = 'Fisheries Minister Ingrid Solvang cut the ribbon at the mainland entrance as a brass band played.';
    const b = 'County mayor Terje Nakkeby cut the ribbon at the mainland entrance in front of a crowd. On the island side, Ingrid Solvang cut the ribbon an hour later.';
    expect(who(notes(...tunnel(a, b)))).toEqual([]);
  });

  it('sets nothing against a name inside a quotation', () => {
    const a = 'The mayor told the crowd: “Ingrid Solvang cut the ribbon at the mainland entrance for all of us.”';
    const b = 'County mayor Terje Nakkeby cut the ribbon at the mainland entrance in front of a crowd.';
    expect(who(notes(...tunnel(a, b)))).toEqual([]);
  });

  it('sets nothing against a person in a slot the other fills with a party', () => {
    const a = 'Opponents, led by LDP Leader Priya Ramsden, labour unions and seniors’ groups, warned that the tolls would hurt islanders.';
    const b = 'The opposition Liberal Democrats, labour unions and seniors’ groups campaigned against the tolls.';
    expect(who(notes(...tunnel(a, b)))).toEqual([]);
  });
});

describe('a place in the one slot', () => {
  const STORM = 'Storm Ebba brought gusts of up to 150km/h to the west coast overnight, cutting power to 90,000 homes. ';
  const storm = (a: string, b: string): [Article, Article] => pair(STORM + a, STORM + b, 'January 24, 2026');
  it('sets a place the matched words hold on both sides against the other’s', () => {
    const [forward] = bothWays(...storm('A woman died when her car was swept off a flooded road near Drumcarra in County Lennan.', 'A woman died after her car was swept off a flooded road near Kilbrone, Co Lennan.'));
    expect(who(forward)).toEqual(['who: Drumcarra vs Kilbrone']);
  });

  it('sets nothing against a place that only qualifies the word before it (which hospital)', () => {
    const a = 'One of the injured was later taken to the Santa Rita hospital in Drumcarra with head injuries.';
    const b = 'Three of the injured were flown to the hospital in Kilbrone, the emergency service said.';
    expect(who(notes(...storm(a, b)))).toEqual([]);
  });

  it('sets nothing against a unit of measure written as a name', () => {
    const a = 'Temperatures fell to 2 degrees Celsius (35.6 Fahrenheit) on the coast overnight, forecasters said.';
    const b = 'Forecasters said temperatures fell to 2C (36F) on the coast overnight.';
    expect(who(notes(...storm(a, b)))).toEqual([]);
  });

  it('sets nothing against a place held on one side by a word the reports repeat throughout', () => {
    const leadA = 'The United States on Wednesday sanctioned 14 companies and six people accused of shipping North Korean munitions to Russia for its war, the Treasury Department said. ';
    const leadB = 'Washington has sanctioned 14 firms and six individuals over the shipment of North Korean munitions to Russia for the war, the US Treasury said on Wednesday. ';
    const more = 'Russia denied the charge. Russia said the shipments were legal, and Russia has threatened a response. ';
    const a = 'The Treasury Department said the network used three cargo vessels to move munitions from the North Korean port of Rajon to the Russian port of Vostochny, and relied on front companies in Hong Kong to pay for fuel, insurance and crews.';
    const b = 'The measures target 14 firms and six individuals, as well as three ships that Washington says carried munitions from the DPRK’s northeastern port of Rasok to Russia’s Pacific coast.';
    expect(who(notes(...pair(leadA + more + a, leadB + more + b)))).toEqual([]);
  });
});
