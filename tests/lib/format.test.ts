import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/lib/format.ts';

describe('formatIsoDate', () => {
  it('writes the date as US English long form, like Intl would, on every day of a leap year and a plain one', () => {
    const intl = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    const day = 24 * 60 * 60 * 1000;
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2026, 0, 1); time += day) {
      const iso = new Date(time).toISOString().slice(0, 10);
      expect(formatIsoDate(iso)).toBe(intl.format(new Date(time)));
    }
  });

  it('keeps the calendar day whatever the time zone (no shift to the day before)', () => {
    expect(formatIsoDate('2025-01-06')).toBe('January 6, 2025');
    expect(formatIsoDate('1999-12-31')).toBe('December 31, 1999');
  });

  it('gives back what it cannot read as a date, unchanged', () => {
    expect(formatIsoDate('not a date')).toBe('not a date');
    expect(formatIsoDate('2025-13-40')).toBe('2025-13-40');
  });
});
