import { describe, expect, it } from 'vitest';
import { findQuantities, quantitiesAgree, type Quantity } from '../../../src/engine/overlap/quantities.ts';

/** Mend of the review (decision 004, round 18c's try): `a fortnight` is a duration of 14 days. */
const durations = (text: string): string[] => findQuantities(text).filter((quantity) => quantity.unit === 'duration').map((quantity) => `${quantity.text} = ${quantity.value} days`);

function only(text: string): Quantity {
  const [quantity, ...rest] = findQuantities(text);
  expect(rest, text).toHaveLength(0);
  if (quantity === undefined) throw new Error(`no quantity in ${text}`);
  return quantity;
}

describe('a fortnight', () => {
  it.each([
    ['The plant was closed for a fortnight.', 'a fortnight = 14 days'],
    ['A fortnight later the talks resumed.', 'A fortnight = 14 days'],
    ['after a fortnight’s delay', 'a fortnight’s = 14 days'],
    ["after a fortnight's delay", "a fortnight's = 14 days"],
    ['for two fortnights', 'two fortnights = 28 days'],
    ['for a fortnight and a half', 'a fortnight and a half = 21 days'],
  ])('reads `%s` as a duration', (text, read) => {
    expect(durations(text)).toEqual([read]);
  });

  it('meets `two weeks` and `14 days`, and not `six months`', () => {
    const fortnight = only('closed for a fortnight');
    expect(quantitiesAgree(fortnight, only('closed for two weeks'))).toBe(true);
    expect(quantitiesAgree(fortnight, only('closed for 14 days'))).toBe(true);
    expect(quantitiesAgree(fortnight, only('closed for six months'))).toBe(false);
  });

  it('reads a duration in the possessive as that duration (`one week’s notice`), not a count of weeks', () => {
    expect(durations('given one week’s notice')).toEqual(['one week’s = 7 days']);
  });

  it('leaves `a` before other units alone (`a week ago`, `twice a year`)', () => {
    expect(durations('a week ago, as it does twice a year')).toEqual([]);
  });
});
