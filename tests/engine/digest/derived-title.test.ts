import { describe, expect, it } from 'vitest';
import { deriveTitle } from '../../../src/engine/digest/derived-title.ts';
import { readFixture } from '../fixtures.ts';

describe('deriveTitle', () => {
  it('is the lede’s first sentence, without its final full stop', () => {
    expect(deriveTitle('Oil prices rose on Monday. Traders said demand was strong.')).toBe('Oil prices rose on Monday');
  });

  it.each([
    ['(CNN) — Russia may be close to a deal. More follows.', 'Russia may be close to a deal'],
    ['WASHINGTON (Reuters) - The Senate passed the bill. More.', 'The Senate passed the bill'],
    ['KYIV, Ukraine (AP) — Drones struck the capital overnight. More.', 'Drones struck the capital overnight'],
    ['TALLAHASSEE, Fla. (AP) — Storms cut power to 400,000 homes. More.', 'Storms cut power to 400,000 homes'],
    // Agency datelines that name the place in ordinary case, as AFP, EFE and others write them.
    ['Asuncion (AFP) - Paraguay’s senate passed the bill. More.', 'Paraguay’s senate passed the bill'],
    ['Wellington (AFP) – Storms cut power to the capital. More.', 'Storms cut power to the capital'],
    ['PARIS (AFP) —Strikers blocked the ring road. More.', 'Strikers blocked the ring road'],
    ['Rio de Janeiro (AFP) - Floods closed the port. More.', 'Floods closed the port'],
    ['Frankfurt am Main (dpa) - Shares fell. More.', 'Shares fell'],
    ['Madrid (EFE).- Rain flooded the metro. More.', 'Rain flooded the metro'],
    ['Lyon (France) (AFP) – Police cleared the square. More.', 'Police cleared the square'],
    ['Tainan, Nov. 3 (CNA) — The harbour reopened. More.', 'The harbour reopened'],
    ['GHENT, 3/10 (BELGA) - Trains ran late. More.', 'Trains ran late'],
    ['Kyiv, Ukraine (Ukrinform) — Drones struck overnight. More.', 'Drones struck overnight'],
  ])('leaves out the dateline of %s', (lede, expected) => {
    expect(deriveTitle(lede)).toBe(expected);
  });

  it.each([
    // No agency in brackets: a name in ordinary case before a dash is the sentence’s own.
    ['Paris - the city of light - was dark last night. More.', 'Paris - the city of light - was dark last night'],
    // A bracket that a hyphenated word follows is no dateline.
    ['Acme (ACM)-backed funds rose. More.', 'Acme (ACM)-backed funds rose'],
    // A bracket in ordinary words is no agency.
    ['Jane Doe (pictured) – the new coach – arrived on Monday. More.', 'Jane Doe (pictured) – the new coach – arrived on Monday'],
    // A bracket in the sentence, not before a dash.
    ['Oslo (Norway) said on Monday it would act. More.', 'Oslo (Norway) said on Monday it would act'],
  ])('keeps %s whole', (lede, expected) => {
    expect(deriveTitle(lede)).toBe(expected);
  });

  it('does not end the sentence at an abbreviation', () => {
    expect(deriveTitle('U.S. Secretary of State Antony Blinken met Mr. Cho on Jan. 6 in Seoul. He left.')).toBe('U.S. Secretary of State Antony Blinken met Mr. Cho on Jan. 6 in Seoul');
  });

  it('cuts a long sentence at a word boundary, not after a small word, and marks the cut', () => {
    const lede = readFixture('blinken-seoul-2025-01-06.txt').split('\n')[2] ?? '';
    const title = deriveTitle(lede);
    expect(title).toBe('U.S. Secretary of State Antony Blinken said Monday that North Korea and China are…');
    expect(title.length).toBeLessThanOrEqual(91);
  });

  it('stops before a quotation that the cut would leave open', () => {
    const title = deriveTitle('Blinken said the alliance must keep an “adequate deterrent in place so that he doesn’t do that, so that he thinks twice before engaging in any re-aggression.”');
    expect(title).toBe('Blinken said the alliance must keep an…');
  });

  it('closes a long quotation that opens the lede instead of returning nothing', () => {
    const title = deriveTitle('“We will not be intimidated by threats from anyone, and we will keep the port open to every ship that needs it,” the mayor said.');
    expect(title).toBe('“We will not be intimidated by threats from anyone, and we will keep the port open…”');
  });

  it('closes a short quotation that runs on into the next paragraph', () => {
    expect(deriveTitle('“We were told the water would not reach the town centre,')).toBe('“We were told the water would not reach the town centre…”');
  });

  it('keeps a balanced quotation as it is', () => {
    expect(deriveTitle('“It is over,” the coach said. More.')).toBe('“It is over,” the coach said');
  });

  it('uses the whole lede when it has no sentence end', () => {
    expect(deriveTitle('Markets closed early for the holiday')).toBe('Markets closed early for the holiday');
  });
});
