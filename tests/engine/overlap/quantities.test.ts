import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities, quantitiesAgree, type Quantity } from '../../../src/engine/overlap/quantities.ts';

/** A quantity as one readable line: `"nearly 1,000 homes" count 1000 [850, 1000] home`. */
function describeQuantity(q: Quantity): string {
  const range = q.low === q.high ? '' : ` [${q.low}, ${q.high}]`;
  const currency = q.currency === undefined ? '' : ` ${q.currency}`;
  return `"${q.text}" ${q.unit}${currency} ${q.value}${range} ${q.noun ?? '-'}`;
}

function read(text: string): string[] {
  return findQuantities(text).map(describeQuantity);
}

function only(text: string): Quantity {
  const found = findQuantities(text);
  expect(found, text).toHaveLength(1);
  const [quantity] = found;
  if (quantity === undefined) throw new Error('unreachable');
  return quantity;
}

describe('findQuantities: numbers in digits', () => {
  it.each([
    ['The strike killed 23 people.', '"23 people" count 23 people'],
    ['Officials counted 1,200 homes.', '"1,200 homes" count 1200 home'],
    ['Turnout was 12,000.5 on average.', '"12,000.5" count 12000.5 -'],
    ['It grew by 1.2 overnight.', '"1.2" count 1.2 -'],
    ['There were 31 dead.', '"31 dead" count 31 dead'],
    ['Russia launched 128 Shahed drones overnight.', '"128 Shahed drones" count 128 drone'],
    ['About 1,000 Ukrainian soldiers killed', '"About 1,000 Ukrainian soldiers" count 1000 [900, 1100] soldier'],
    ['Another 23 more people were hurt.', '"23 more people" count 23 people'],
    ['They found 40 casualties and 3 buses.', '"40 casualties" count 40 casualty'],
  ])('%s', (text, expected) => {
    expect(read(text)[0]).toBe(expected);
  });
});

describe('findQuantities: number words', () => {
  it.each([
    ['twelve soldiers', '"twelve soldiers" count 12 soldier'],
    ['twenty-three soldiers', '"twenty-three soldiers" count 23 soldier'],
    ['twenty three boats', '"twenty three boats" count 23 boat'],
    ['twelve hundred tanks', '"twelve hundred tanks" count 1200 tank'],
    ['two thousand five hundred civilians', '"two thousand five hundred civilians" count 2500 civilian'],
    ['one hundred and five days', '"one hundred and five days" duration 105 day'],
    ['a dozen officers', '"a dozen officers" count 12 officer'],
    ['half a million refugees', '"half a million refugees" count 500000 refugee'],
    ['half a dozen ships', '"half a dozen ships" count 6 ship'],
    ['two and a half million people', '"two and a half million people" count 2500000 people'],
    ['a thousand protesters', '"a thousand protesters" count 1000 protester'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('reads fractions of a whole as percentages of it', () => {
    expect(read('a third of voters')).toEqual(['"a third" percent 33.3333333333 voter']);
    expect(read('two-thirds of the vote')).toEqual(['"two-thirds" percent 66.6666666667 vote']);
    expect(read('half of the 128 drones')).toEqual(['"half" percent 50 drone', '"128 drones" count 128 drone']);
  });

  it('leaves pronoun "one" and idioms alone', () => {
    expect(read('No one came; this one stayed; they helped one another; cut in half.')).toEqual([]);
  });
});

describe('findQuantities: scales and money', () => {
  it.each([
    ['1.2 thousand', 'count', undefined, 1200],
    ['1.2 million', 'count', undefined, 1_200_000],
    ['$1.2 billion', 'currency', 'USD', 1.2e9],
    ['1.2bn dollars', 'currency', 'USD', 1.2e9],
    ['$1,200 million', 'currency', 'USD', 1.2e9],
    ['€3bn', 'currency', 'EUR', 3e9],
    ['£40m', 'currency', 'GBP', 4e7],
    ['US$5m', 'currency', 'USD', 5e6],
    ['A$3 million', 'currency', 'AUD', 3e6],
    ['USD 40 million', 'currency', 'USD', 4e7],
    ['5 million euros', 'currency', 'EUR', 5e6],
    ['$40k', 'currency', 'USD', 40_000],
  ])('%s → %s %s %d', (text, unit, currency, value) => {
    const q = only(text);
    expect({ unit: q.unit, currency: q.currency, value: q.value, text: q.text }).toEqual({ unit, currency, value, text });
  });

  it('keeps the scale in the span and the hedge before the currency', () => {
    expect(read('more than $1.2 billion in aid')).toEqual(['"more than $1.2 billion" currency USD 1200000000 [1200000000, 1920000000] -']);
    expect(read('billions of dollars')).toEqual(['"billions of dollars" currency USD 2000000000 [2000000000, 9999999999] -']);
  });

  it('reads 40m without a currency as no quantity (metres, not millions)', () => {
    expect(read('a 40m wall')).toEqual([]);
  });
});

describe('findQuantities: percentages and points', () => {
  it.each([
    ['52.3% of the vote', '"52.3%" percent 52.3 vote'],
    // After `of the`, the head is the last word of the run: `popular vote` counts votes.
    ['38.4 per cent of the popular vote', '"38.4 per cent" percent 38.4 vote'],
    ['52.3 percent', '"52.3 percent" percent 52.3 -'],
    ['52.3 per cent', '"52.3 per cent" percent 52.3 -'],
    ['25 basis points', '"25 basis points" percentage-point 0.25 -'],
    ['50bps', '"50bps" percentage-point 0.5 -'],
    ['a quarter of a percentage point', '"a quarter of a percentage point" percentage-point 0.25 -'],
    ['half a point', '"half a point" percentage-point 0.5 -'],
    ['half a percentage point', '"half a percentage point" percentage-point 0.5 -'],
    ['a quarter-point cut', '"a quarter-point" percentage-point 0.25 cut'],
    ['1.5 percentage points', '"1.5 percentage points" percentage-point 1.5 -'],
    ['20%-30%', '"20%-30%" percent 25 [20, 30] -'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});

describe('findQuantities: ordinals, years, durations, measures', () => {
  it.each([
    ['scored in the 89th minute', '"89th minute" ordinal 89 minute'],
    ['for the third time', '"third time" ordinal 3 time'],
    ['for a third time', '"third time" ordinal 3 time'],
    ['the first', '"first" ordinal 1 -'],
    ['the twenty-third round', '"twenty-third round" ordinal 23 round'],
    ['It began in 2022.', '"2022" year 2022 -'],
    ['the 2022 election', '"2022" year 2022 election'],
    ['since mid-2022', '"2022" year 2022 -'],
    ['in the 1990s', '"1990s" year 1994.5 [1990, 1999] -'],
    ['the 2020-21 season', '"2020-21" year 2020.5 [2020, 2021] season'],
    ['He killed 2000 people.', '"2000 people" count 2000 people'],
    ['two weeks', '"two weeks" duration 14 week'],
    ['half an hour', '"half an hour" duration 0.0208333333333 hour'],
    ['a 12-year-old boy', '"12-year-old" duration 4383 year'],
    ['a 5km run', '"5km" other 5000 metre'],
    ['in 3hrs', '"3hrs" duration 0.125 hour'],
    ['a 5 min walk', '"5 min" duration 0.00347222222222 minute'],
    ['100 miles away', '"100 miles" other 160934.4 metre'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('reads a race time written in descending units as one elapsed time', () => {
    expect(read('winning in 2hr 09min 18sec')).toEqual(['"2hr 09min 18sec" duration 0.0897916666666 hour']);
    expect(read('clocking 2 hours, 9 minutes, 18 seconds')).toEqual(['"2 hours, 9 minutes, 18 seconds" duration 0.0897916666666 hour']);
    expect(read('1 minute and 44 seconds behind')).toEqual(['"1 minute and 44 seconds" duration 0.0012037037037 minute']);
    expect(read('3 days, 2 weeks')).toEqual(['"3 days" duration 3 day', '"2 weeks" duration 14 week']);
  });

  it('counts the noun after coordinated modifiers', () => {
    expect(read('more than 1,700 current and former residents sued')).toEqual(['"more than 1,700 current and former residents" count 1700 [1700, 2720] resident']);
  });
});

describe('findQuantities: hedges and ranges', () => {
  it.each([
    ['about 1,000', 1000, 900, 1100],
    ['around 50', 50, 45, 55],
    ['some 2,000 people', 2000, 1800, 2200],
    ['an estimated 300', 300, 270, 330],
    ['roughly 40', 40, 36, 44],
    ['200 or so', 200, 180, 220],
    ['nearly 1,000 homes', 1000, 850, 1000],
    ['almost 500', 500, 425, 500],
    ['just under 100', 100, 97, 100],
    ['just over 100', 100, 100, 103],
    ['slightly more than 100', 100, 100, 115],
    ['more than 20', 20, 20, 32],
    ['over 20', 20, 20, 32],
    ['upwards of 20', 20, 20, 32],
    ['20-plus', 20, 20, 32],
    ['20+ people', 20, 20, 32],
    ['at least 23 dead', 23, 23, 36.8],
    ['23 or more', 23, 23, 36.8],
    ['fewer than 10', 10, 0, 10],
    ['up to 40 people', 40, 0, 40],
    ['as many as 300', 300, 0, 300],
    ['dozens of people', 24, 24, 99],
    ['hundreds of people', 200, 200, 999],
    ['thousands of people', 2000, 2000, 9999],
    ['tens of thousands of people', 20_000, 20_000, 99_999],
    ['several hundred people', 300, 300, 900],
    ['20 to 30 people', 25, 20, 30],
    ['20-30 people', 25, 20, 30],
    ['between 20 and 30', 25, 20, 30],
    ['$1-2 billion', 1.5e9, 1e9, 2e9],
    ['500,000 to 1 million', 750_000, 500_000, 1_000_000],
  ])('%s → %d in [%d, %d]', (text, value, low, high) => {
    const q = only(text);
    expect({ value: q.value, low: q.low, high: q.high, hedged: q.hedged }).toEqual({ value, low, high, hedged: true });
  });

  it('marks exact numbers as unhedged with a zero-width range', () => {
    expect(only('exactly 23 people')).toMatchObject({ value: 23, low: 23, high: 23, hedged: false });
  });

  it('spans hedge, number, unit and noun as a reader would highlight them', () => {
    expect(only('Officials said nearly 1,000 homes burned.').text).toBe('nearly 1,000 homes');
    expect(only('Officials said more than 1,200 people died.').text).toBe('more than 1,200 people');
    expect(only('between 20 and 30 boats').text).toBe('between 20 and 30 boats');
  });
});

describe('findQuantities: what is not a quantity', () => {
  it.each([
    ['a F-16 and a MiG-29 over G7 talks on COVID-19'],
    ['Version 1.2.3 is open 24/7.'],
    ['On January 6, 2025, Congress met.'],
    ['It was signed 18 December 2024 and on Dec. 18.'],
    ['By February 2022 it was over.'],
    ['See https://example.com/2024/23-people or www.news.org/5 or mail a1@b2.com'],
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('reads clock times as times of day, not as figures (round 8b)', () => {
    expect(read('At 3:05 p.m. and again at 10 a.m.')).toEqual(['"3:05 p.m." clock 905 -', '"10 a.m." clock 600 -']);
  });

  it('skips list numbering but keeps the numbers in the items', () => {
    expect(read('1. Seven people died.\n2) Two more were hurt.\n(3) Nothing.')).toEqual([
      '"Seven people" count 7 people',
      '"Two" count 2 -',
    ]);
  });

  it('reads the count but not the date in "On January 6, 2025, 23 people died"', () => {
    expect(read('On January 6, 2025, 23 people died.')).toEqual(['"23 people" count 23 people']);
  });
});

describe('findQuantities: two numbers, one noun', () => {
  it('reads "79 of the 128 drones" as two quantities that both count drones', () => {
    expect(read('Ukraine shot down 79 of the 128 drones.')).toEqual(['"79" count 79 drone', '"128 drones" count 128 drone']);
    expect(read('12 out of 40 passengers')).toEqual(['"12" count 12 passenger', '"40 passengers" count 40 passenger']);
  });
});

describe('findQuantities: offsets', () => {
  it('counts UTF-16 units across emoji (surrogate pairs)', () => {
    const text = '🔥🔥 Nearly 1,000 homes 🏠 and €3bn 🇺🇦 lost';
    const found = findQuantities(text);
    expect(found.map((q) => [q.start, q.end, q.text])).toEqual([
      [5, 23, 'Nearly 1,000 homes'],
      [31, 35, '€3bn'],
    ]);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('returns quantities in text order with slices that match', () => {
    const text = 'At least 23 people died and 79 of the 128 drones fell; 52.3% voted in 2022.';
    const found = findQuantities(text);
    expect(found.map((q) => q.text)).toEqual(['At least 23 people', '79', '128 drones', '52.3%', '2022']);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect([...found].sort((a, b) => a.start - b.start)).toEqual(found);
  });
});

describe('findQuantities: any text', () => {
  const piece = fc.constantFrom('about ', '1,200', ' people', '$', '1.2bn', '🔥', 'twenty-three', '-', ' of the ', '%', 'Jan. 6, 2025', '\n1. ', 'more than ', ' or so', '3:05 p.m.', 'https://x.com/5', 'half a ', 'point', ' ');
  it('never throws, and every span is an ordered, non-overlapping slice of the text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        let previousEnd = 0;
        for (const q of findQuantities(text)) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(q.start).toBeGreaterThanOrEqual(previousEnd);
          expect(q.low).toBeLessThanOrEqual(q.high);
          previousEnd = q.end;
        }
      }),
    );
  });
});

describe('quantitiesAgree', () => {
  function agree(a: string, b: string): boolean {
    return quantitiesAgree(only(a), only(b));
  }

  it.each([
    ['$1.2 billion', '1.2bn dollars', true],
    ['$1.2 billion', '$1,200 million', true],
    ['1.2bn dollars', '$1,200 million', true],
    ['$1.2 billion', '€1.2 billion', false],
    ['$1.2 billion', '$1.4 billion', false],
    ['25 basis points', 'a quarter of a percentage point', true],
    ['between 3¼% and 3½%', '3.25%', true],
    ['half a point', '50 basis points', true],
    ['25 basis points', '0.25%', false],
    ['2.7%', '2.9%', false],
    ['2.7%', '2.70%', true],
    ['52%', '52.3%', true],
    // A hedged share reaches two points (two steps of its last digit; session 19), not a tenth of
    // itself (six at 61), nor the three points it once reached.
    ['about 61 per cent', '66.1 per cent', false],
    ['about 61 per cent', '62.9%', true],
    ['about 61 per cent', '63.4%', false],
    ['about two-thirds of voters', '66.1% of voters', true],
    ['about 90%', '80%', false],
    ['about 6,000 people', '6,510 people', true],
    // A figure written to more digits than its hedge needs is known to them (round 16c).
    ['about 6,100 people', '6,610 people', false],
    ['more than 20 people', '23 people', true],
    ['more than 20 people', '31 people', true],
    ['more than 20 people', '35 people', false],
    ['at least 23 dead', '41 dead', false],
    ['at least 180 injured', '187 injured', true],
    ['nearly 1,000 homes', '980 homes', true],
    ['nearly 1,000 homes', '1,050 homes', false],
    ['up to 10% of turnover', 'up to 5% of turnover', false],
    ['up to 10% of turnover', 'up to 10 percent of turnover', true],
    ['up to 10% of turnover', '4% of turnover', true],
    ['0-10% of turnover', 'up to 5% of turnover', true],
    ['between 0 and 10% of turnover', 'up to 5% of turnover', true],
    ['about 1,000', '1,080', true],
    ['23 people', '24 people', false],
    ['23 people', 'twenty-three people', true],
    ['twelve hundred', '1,200', true],
    ['two weeks', '14 days', true],
    ['dozens of people', '40 people', true],
    ['dozens of people', '400 people', false],
    ['20 to 30', '25', true],
    ['5 km', '5 miles', false],
    ['in 2022', 'the 2022 vote', true],
    ['89th minute', '89 minutes', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(agree(a, b)).toBe(expected);
    expect(agree(b, a)).toBe(expected);
  });
});

describe('the noun a count is of', () => {
  it.each([
    ['A crowd of 31,412 watched the match.', null],
    ['A crowd of 31,214 saw the game.', null],
    ['The quake left 23 killed and 180 injured.', 'killed'],
    ['Officials said 31 dead had been recovered.', 'dead'],
  ])('%s → %s', (text, noun) => {
    expect(findQuantities(text)[0]?.noun ?? null).toBe(noun);
  });
});

describe('numbers in a row', () => {
  it('never takes the next number word for the noun counted (found by the property test)', () => {
    expect(findQuantities('twenty-three twenty-three').map((quantity) => quantity.text)).toEqual(['twenty-three', 'twenty-three']);
    expect(findQuantities('five seven people').map((quantity) => quantity.noun)).toEqual([null, 'people']);
  });
});

describe('findQuantities: currencies by code and by country', () => {
  it.each([
    ['BWB is offering DKK312 per share.', '"DKK312" currency DKK 312 -'],
    ['Revenues of DKK9.1bn (US$1.3bn).', '"DKK9.1bn" currency DKK 9100000000 -', '"US$1.3bn" currency USD 1300000000 -'],
    ['a bid of SEK 40 billion', '"SEK 40 billion" currency SEK 40000000000 -'],
    ['It will pay 312 Danish kroner a share.', '"312 Danish kroner" currency DKK 312 -'],
    ['a fine of 5 million Swiss francs', '"5 million Swiss francs" currency CHF 5000000 -'],
  ])('%s', (text, ...expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('still reads a code-like word against digits as a name (G7, A320)', () => {
    expect(read('the G7 summit and an A320 jet')).toEqual([]);
  });
});

describe('findQuantities: fractions as shares', () => {
  it.each([
    ['a fifth of voters', '"a fifth" percent 20 voter'],
    ['deaths fell by about two-fifths over three years', '"about two-fifths" percent 40 [37, 43] -'],
    ['the plant cut emissions by a third', '"a third" percent 33.3333333333 -'],
    ['levels dropped by more than four-fifths', '"more than four-fifths" percent 80 [80, 128] -'],
  ])('%s', (text, expected) => {
    expect(read(text)[0]).toEqual(expected);
  });

  it('keeps an ordinal an ordinal after `by` when a noun follows, or without `of`', () => {
    expect(read('the deal was brokered by a third party')).toEqual(['"third party" ordinal 3 party']);
    expect(read('she won the fifth round')).toEqual(['"fifth round" ordinal 5 round']);
  });
});

describe('findQuantities: a split vote counts its dissents (round 6b)', () => {
  it.each([
    ['The decision passed on a 10-2 vote.', '"10-2" count 2 dissent'],
    ['The state Supreme Court’s 5-2 decision ends the case.', '"5-2" count 2 dissent'],
    ['The board voted 7–2 to approve it.', '"7–2" count 2 dissent'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('agrees with the dissents another report counts', () => {
    const [tally] = findQuantities('It passed on a 10-2 vote.');
    const [dissents] = findQuantities('The decision drew two dissents.');
    expect(tally !== undefined && dissents !== undefined && quantitiesAgree(tally, dissents)).toBe(true);
  });

  it('reads a score as a score, not as a tally (round 16q)', () => {
    const scores = (text: string): string[] => findQuantities(text).map((q) => `${q.text} ${q.noun ?? ''}`);
    expect(scores('The goal won the derby 2–1.')).toEqual(['2–1 score']);
    expect(scores('Benfica won 2-1 on Sunday.')).toEqual(['2-1 score']);
    expect(scores('They won 3-0.')).toEqual(['3-0 score']);
  });

  it.each([
    'The levy was backed by a 2-1 majority.',
    'Polls show a 60-40 split between the parties.',
    'The Rangers earned a 3-2 decision over Boston.',
    'He won a 2-1 split decision.',
  ])('reads no dissents into a ratio, a poll or a result: %s', (text) => {
    expect(read(text).filter((found) => found.includes('dissent'))).toEqual([]);
  });
});

describe('findQuantities: the decimals a figure was written with are significant', () => {
  it.each([
    ['nearly 2.70 percent', 2.69, 2.7],
    ['just over 10.0%', 10, 10.1],
  ])('%s → [%d, %d]', (text, low, high) => {
    const quantity = only(text);
    expect([quantity.low, quantity.high]).toEqual([low, high]);
  });
});

describe('findQuantities: `just over` and `nearly` stay within one step of the last digit (round 6b), and `just over` within 3% (round 6e)', () => {
  it.each([
    ['Just over 36 percent of voters cast a ballot.', 36, 37],
    ['almost 39 percent', 38, 39],
    ['just over 82,000 ballots', 82000, 83000],
    ['nearly 1,200 people', 1100, 1200],
    ['just over 100 homes', 100, 103],
    ['slightly more than 100 homes', 100, 115],
  ])('%s → [%d, %d]', (text, low, high) => {
    const quantity = only(text);
    expect([quantity.low, quantity.high]).toEqual([low, high]);
  });

  it('keeps a share of the vote apart from turnout told with a hedge', () => {
    const [share] = findQuantities('won 38.6 percent of the vote');
    const [turnout] = findQuantities('Just over 36 percent of voters cast a ballot');
    const [exact] = findQuantities('Turnout was 36.4 percent');
    expect(share !== undefined && turnout !== undefined && quantitiesAgree(share, turnout)).toBe(false);
    expect(exact !== undefined && turnout !== undefined && quantitiesAgree(exact, turnout)).toBe(true);
  });
});
