import { describe, expect, it } from 'vitest';
import { inOtherRoles } from '../../../src/engine/overlap/conflicts-figures.ts';
import { quantitiesAgree } from '../../../src/engine/overlap/quantities.ts';
import { figure } from './figures.ts';

/** Round 26c (decision 004): energy written out in words is energy, not power; a figure someone asked for is no outcome. */

describe('watt-hours written out are energy (quantities-units.ts)', () => {
  it('reads `kilowatt-hours`, `megawatt hours`, `terawatt-hours` as the energy `kWh`, `MWh`, `TWh` are', () => {
    expect(figure('The plant will supply 1.5 billion kilowatt-hours a year.')).toMatchObject({ unit: 'other', noun: 'watt-hour', text: '1.5 billion kilowatt-hours', value: 1.5e12 });
    expect(figure('a battery of 120 megawatt hours').noun).toBe('watt-hour');
    expect(figure('about 2.1 terawatt-hours').noun).toBe('watt-hour');
    expect(quantitiesAgree(figure('1.5 billion kilowatt-hours'), figure('1.5 billion kWh'))).toBe(true);
    expect(quantitiesAgree(figure('1.5 billion kilowatt-hours'), figure('1.1 billion kWh'))).toBe(false);
  });

  it('keeps a watt without hours a power', () => {
    expect(figure('a 400-megawatt turbine').noun).toBe('watt');
    expect(figure('It produces 50 kilowatts at peak').noun).toBe('watt');
  });
});

describe('a figure someone asked for is not what was given (conflicts-figures.ts `inOtherRoles`)', () => {
  const roles = (a: string, b: string): boolean => inOtherRoles(a, figure(a), b, figure(b));
  it('keeps a demand apart from an outcome', () => {
    expect(roles('The prosecutor had asked for six years in jail.', 'The judge gave him two years in jail.')).toBe(true);
    expect(roles('The union called for a 9% rise.', 'Staff will get a 5% rise.')).toBe(true);
    expect(roles('Lawyers sought 40 million euros in damages.', 'The court awarded 12 million euros in damages.')).toBe(true);
  });
  it('sets two demands, or two outcomes, against each other', () => {
    expect(roles('The prosecutor had asked for six years in jail.', 'Prosecutors sought seven years in jail.')).toBe(false);
    expect(roles('The judge gave him two years in jail.', 'He was jailed for three years.')).toBe(false);
  });
});
