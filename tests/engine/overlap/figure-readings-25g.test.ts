import { describe, expect, it } from 'vitest';
import { findQuantities, quantitiesAgree, type Quantity } from '../../../src/engine/overlap/quantities.ts';

/** Round 25g (decision 004): readings of general news language a figure conflict needs. */
const read = (text: string): string[] => findQuantities(text).map((quantity) => `${quantity.text}: ${quantity.unit} ${quantity.value}`);

function only(text: string): Quantity {
  const [quantity, ...rest] = findQuantities(text);
  expect(rest, text).toHaveLength(0);
  if (quantity === undefined) throw new Error(`no quantity in ${text}`);
  return quantity;
}

describe('`a year`, `a month`, `a decade` as how long', () => {
  it.each([
    ['The regulator gave the utility a year to replace the meters.', 'a year: duration 365.25'],
    ['The mill stood idle for a month.', 'a month: duration 30.4375'],
    ['Repairs should be finished within a decade.', 'a decade: duration 3652.5'],
  ])('reads `%s` as a duration', (text, reading) => {
    expect(read(text)).toEqual([reading]);
  });

  it.each([
    'A year ago the mill closed.',
    'The fee is paid twice a year.',
    'A month after the launch, sales rose.',
    'It happened a decade earlier.',
    'a year to the day after the fire',
  ])('leaves `%s` alone (a time, a rate, or a stretch told by its end)', (text) => {
    expect(findQuantities(text).filter((quantity) => quantity.unit === 'duration')).toEqual([]);
  });

  it('meets `12 months` and not `18 months`', () => {
    const year = only('gave the utility a year to replace the meters');
    expect(quantitiesAgree(year, only('gave the utility 12 months to replace the meters'))).toBe(true);
    expect(quantitiesAgree(year, only('gave the utility 18 months to replace the meters'))).toBe(false);
  });
});

describe('a length in metres with its conversion in brackets', () => {
  it('reads `around 5m (16ft)` as metres, not millions', () => {
    expect(read('The mast measured around 5m (16ft).')).toEqual(['around 5m: other 5']);
  });

  it('leaves `5m (£4m)` unread: a bracket of money says millions', () => {
    expect(findQuantities('The club raised 5m (£4m).').filter((quantity) => quantity.unit === 'other')).toEqual([]);
  });
});

describe('`capped at` as a ceiling', () => {
  it('reads `capped at five nights` as a ceiling, which a ceiling of seven does not meet', () => {
    const capped = only('The charge is capped at five nights per stay.');
    expect(capped.ceiling).toBe(true);
    expect(capped.text).toBe('capped at five nights');
    expect(quantitiesAgree(capped, only('The charge applies for a maximum of seven nights.'))).toBe(false);
    expect(quantitiesAgree(capped, only('The charge applies for a maximum of five nights.'))).toBe(true);
  });
});

describe('two approximate figures rounded to one step', () => {
  it('meet only when they write one figure (`about six metres` / `around 5m`)', () => {
    const six = only('The mast was about six metres tall.');
    expect(quantitiesAgree(six, only('The mast measured around 5m (16ft).'))).toBe(false);
    expect(quantitiesAgree(only('about 120 ships'), only('roughly 130 ships'))).toBe(false);
    expect(quantitiesAgree(only('about 120 ships'), only('roughly 120 ships'))).toBe(true);
  });

  it('keep the hedge reach against a figure told another way (`about 2.9 million` / `3 million`, `about 120` / `123`)', () => {
    expect(quantitiesAgree(only('about 2.9 million ships'), only('3 million ships'))).toBe(true);
    expect(quantitiesAgree(only('about 120 ships'), only('123 ships'))).toBe(true);
  });
});
