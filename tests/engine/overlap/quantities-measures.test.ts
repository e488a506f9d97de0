import { describe, expect, it } from 'vitest';
import { compareArticles, parseDigest, type Article } from '../../../src/engine/index.ts';
import { findQuantities, quantitiesAgree, type Quantity } from '../../../src/engine/overlap/quantities.ts';
import { measureKeys } from '../../../src/engine/overlap/quantities-units.ts';

/**
 * Round 6e (decision 004): measures in two systems, durations with a half, and `just under` /
 * `just over` as narrow one-sided hedges. Invented sentences only.
 */
function only(text: string): Quantity {
  const found = findQuantities(text);
  expect(found, text).toHaveLength(1);
  return found[0] as Quantity;
}

const agree = (a: string, b: string): boolean => quantitiesAgree(only(a), only(b));

function pair(a: string, b: string): [Article, Article] {
  const fillA = 'Officials in the capital met on Monday to discuss the budget. The weather was mild for the season. ';
  const fillB = 'A spokesman for the ministry declined to comment further. Markets were calm in early trading. ';
  const articles = parseDigest(`REUTERS | Published January 6, 2025\n${fillA}${a}\nASSOCIATED PRESS | Published January 6, 2025\n${fillB}${b}\n`, { file: 'pair.txt' }).articles;
  return [articles[0] as Article, articles[1] as Article];
}

describe('measures in SI units', () => {
  it.each([
    ['some 3,900 square kilometres', 'square metre', 3.9e9],
    ['a 2,600-square-kilometre area', 'square metre', 2.6e9],
    ['10 sq km', 'square metre', 1e7],
    ['5km²', 'square metre', 5e6],
    ['around 150 metres', 'metre', 150],
    ['a 5km run', 'metre', 5000],
    ['1,000 tonnes', 'kg', 1e6],
    ['3 cubic metres', 'litre', 3000],
    ['temperatures of 40°C', 'celsius', 40],
    ['temperatures of 104 °F', 'celsius', 40],
    ['a 40C heatwave', 'celsius', 40],
    ['40 degrees Celsius', 'celsius', 40],
  ])('%s → %s %d', (text, noun, value) => {
    const quantity = only(text);
    expect(quantity.unit).toBe('other');
    expect(quantity.noun).toBe(noun);
    expect(quantity.value).toBeCloseTo(value, 6);
  });

  it('keeps a bare degree a degree (an angle or a temperature, unknown)', () => {
    expect(only('turned 90 degrees').noun).toBe('degree');
  });

  it.each([
    ['some 3,900 square kilometres', 'roughly 1,500 square miles', true],
    ['around 150 metres', 'nearly 500 feet', true],
    ['150 metres', '500 feet', true],
    ['10 km', '6.2 miles', true],
    ['1,000 tonnes', '1,100 tons', true],
    ['1,000 tonnes', '1,000 tons', true],
    ['90 kg', '200 lb', true],
    ['2,000 litres', '530 gallons', true],
    ['50 hectares', '124 acres', true],
    ['40°C', '104F', true],
    ['a rise of 1.2°C', 'have climbed more than 2 degrees Fahrenheit', true],
    ['10 km', '10 miles', false],
    ['150 metres', '600 feet', false],
    ['3,900 square kilometres', '3,900 square miles', false],
    ['40°C', '40F', false],
    ['2,000 litres', '2,000 gallons', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(agree(a, b)).toBe(expected);
    expect(agree(b, a)).toBe(expected);
  });

  it('finds the same measure in two systems by a shared key', () => {
    const keys = (text: string): string[] => measureKeys(only(text));
    expect(keys('some 3,900 square kilometres').filter((key) => keys('roughly 1,500 square miles').includes(key))).not.toHaveLength(0);
    expect(keys('a count of 3,900')).toEqual([]);
  });

  it('makes a measure in two systems a number fact, not a conflict', () => {
    const [a, b] = pair('Lake Tuz in Konya province shrank by 2,600 square kilometres over a decade.', 'Lake Tuz in Konya province has lost roughly 1,000 square miles.');
    const comparison = compareArticles(a, b);
    expect(comparison.facts.map((fact) => fact.kind)).toContain('number');
    expect(comparison.conflicts).toEqual([]);
  });
});

describe('durations with a half', () => {
  it.each([
    ['imposed a year and a half instead', 'a sentence of 18 months', true],
    ['two and a half years', '30 months', true],
    ['two years and a half', '30 months', true],
    ['an hour and a half', '90 minutes', true],
    ['a year and a half', '30 months', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(agree(a, b)).toBe(expected);
    expect(agree(b, a)).toBe(expected);
  });

  it('reads `a year and a half` as one duration', () => {
    expect(only('imposed a year and a half instead').text).toBe('a year and a half');
    expect(findQuantities('a year, and a half of it').filter((quantity) => quantity.unit === 'duration')).toHaveLength(0);
  });

  it('makes a sentence in months and one in years and a half one number fact', () => {
    const [a, b] = pair('Judge Amira Tello imposed a sentence of 18 months on Dario Pell.', 'Dario Pell got a year and a half from Judge Amira Tello.');
    expect(compareArticles(a, b).facts.map((fact) => fact.kind)).toContain('number');
  });
});

describe('just under / just over: narrow and strict', () => {
  it.each([
    ['Turnout was just under 59 per cent', '58.9%', true],
    ['Turnout was just under 59 per cent', '59.4%', false],
    ['Turnout was just under 59 per cent', '55%', false],
    ['won just over 27 per cent of the vote', '27.4%', true],
    ['won just over 27 per cent of the vote', '26.8%', false],
    ['won just over 27 per cent of the vote', '29%', false],
    ['slightly more than 27 per cent', '29%', true],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(agree(a, b)).toBe(expected);
    expect(agree(b, a)).toBe(expected);
  });
});

describe('temperatures below zero', () => {
  it.each([
    ['fell to -4°F on Tuesday', '-4°F', -20],
    ['reached −5 °C overnight', '−5 °C', -5],
    ['fell to minus 20 degrees Celsius', 'minus 20 degrees Celsius', -20],
    ['a low of 4°F below zero', '4°F below zero', -20],
    ['-13°C at dawn', '-13°C', -13],
  ])('%s → %s, %d °C', (text, written, value) => {
    const quantity = only(text);
    expect(quantity.text).toBe(written);
    expect(quantity.value).toBeCloseTo(value, 6);
    expect(quantity.low).toBeLessThanOrEqual(quantity.value);
    expect(quantity.high).toBeGreaterThanOrEqual(quantity.value);
  });

  it('reads no sign from a hyphen against a word or a range', () => {
    expect(only('a mid-20°C afternoon').value).toBeCloseTo(20, 6);
    expect(only('highs of 20-25°C').low).toBeCloseTo(20, 6);
  });

  it('leaves out a range below zero, whose ends it cannot tell apart', () => {
    expect(findQuantities('lows of -4 to -10°F').filter((quantity) => quantity.noun === 'celsius')).toEqual([]);
  });

  it.each([
    ['fell to -4°F', 'fell to -20°C', true],
    ['fell to minus 4 degrees Fahrenheit', 'fell to minus 20 degrees Celsius', true],
    ['reached 0°F', 'reached -18°C', true],
    ['fell to 4°F below zero', 'fell to -20°C', true],
    ['fell to 14°F', 'fell to -10°C', true],
    ['reached -5°C', 'reached 5°C', false],
    ['fell to -4°F', 'fell to 20°C', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(agree(a, b)).toBe(expected);
    expect(agree(b, a)).toBe(expected);
  });

  it.each([
    ['Temperatures in Yakutsk fell to -4°F on Tuesday, forecasters said.', 'Temperatures in Yakutsk fell to -20°C on Tuesday, forecasters said.'],
    ['Temperatures in Yakutsk reached 0°F on Tuesday, forecasters said.', 'Temperatures in Yakutsk reached -18°C on Tuesday, forecasters said.'],
    ['Temperatures in Yakutsk fell to 14°F on Tuesday, forecasters said.', 'Temperatures in Yakutsk fell to -10°C on Tuesday, forecasters said.'],
  ])('finds no conflict between %s and %s', (a, b) => {
    const [x, y] = pair(a, b);
    expect(compareArticles(x, y).conflicts).toEqual([]);
    expect(compareArticles(y, x).conflicts).toEqual([]);
  });

  it('finds a conflict between a temperature below zero and one above', () => {
    const [x, y] = pair('Temperatures in Yakutsk reached -5°C on Tuesday, forecasters said.', 'Temperatures in Yakutsk reached 5°C on Tuesday, forecasters said.');
    expect(compareArticles(x, y).conflicts.map((conflict) => conflict.note)).toEqual(['celsius: -5°C vs 5°C']);
  });
});

describe('hedges on temperatures below zero', () => {
  it.each([
    ['about -4°F', -22, -18],
    ['about 14°F', -11, -9],
    ['nearly minus 20°C', -20, -17],
  ])('%s → %d to %d °C', (text, low, high) => {
    const quantity = only(text);
    expect(quantity.low).toBeCloseTo(low, 6);
    expect(quantity.high).toBeCloseTo(high, 6);
    expect(quantity.strict).toBeUndefined();
  });
});
