import { describe, expect, it } from 'vitest';
import { datelineLength } from '../../../src/engine/text/dateline.ts';

describe('datelineLength', () => {
  it.each([
    ['(CNN) — Russia may be close to a deal.', '(CNN) — '],
    ['WASHINGTON (Reuters) - The Senate passed the bill.', 'WASHINGTON (Reuters) - '],
    ['KYIV, Ukraine (AP) — Drones struck the capital overnight.', 'KYIV, Ukraine (AP) — '],
    ['VILNIUS, Oct 4 (Reuters) - The ruling party lost its majority.', 'VILNIUS, Oct 4 (Reuters) - '],
    ['TALLINN, Sept. 12 (Reuters) - Turnout was low.', 'TALLINN, Sept. 12 (Reuters) - '],
    ['OSLO, March 3 (Reuters) - Shares fell.', 'OSLO, March 3 (Reuters) - '],
    ['Paris (AFP) – France’s parliament voted.', 'Paris (AFP) – '],
    ['Hong Kong (CNN) — Markets fell.', 'Hong Kong (CNN) — '],
    ['Rio de Janeiro (AFP) - Floods hit the city.', 'Rio de Janeiro (AFP) - '],
    ['Kyiv, Ukraine (AP) — Drones struck.', 'Kyiv, Ukraine (AP) — '],
  ])('reads the dateline of %s', (paragraph, dateline) => {
    expect(paragraph.slice(0, datelineLength(paragraph))).toBe(dateline);
  });

  it.each(['The Senate passed the bill on Oct 4 - a first.', 'NATO said on Oct 4 it would meet.', 'Oct 4 - the day the vote was held.', 'Paris - the city of light - voted.', 'Residents (about 300) – and their pets – fled.', 'The Fed (the central bank) - cut rates.'])('finds none in %s', (paragraph) => {
    expect(datelineLength(paragraph)).toBe(0);
  });
});
