import { describe, expect, it } from 'vitest';
import { isAge } from '../../../src/engine/overlap/conflicts-common.ts';
import { findQuantities, type Quantity } from '../../../src/engine/overlap/quantities.ts';
import * as lexicon from '../../../src/engine/lexicon/index.ts';
import { yearsOld } from '../../../src/engine/overlap/conflicts-ages-roles.ts';
import { countDated, countsOf, oneCountedEvent, type CountDated } from '../../../src/engine/overlap/conflicts-dates-lone.ts';
import { notes, pair } from './conflict-pairs.ts';
import { side } from './pairing-sides.ts';

/** Mend A of session 18 (decision 004): the review's findings on round 24c. Invented sentences. */

/** Every bare whole figure of a sentence, as `figure:age` or `figure:-`, in text order. */
const agesOf = (text: string): string[] =>
  findQuantities(text)
    .filter((quantity) => /^\d+$/u.test(quantity.text))
    .map((quantity) => `${quantity.text}:${isAge(quantity) ? 'age' : '-'}`);

describe('a run of names with figures is judged whole', () => {
  it('reads every figure of a list of people as an age', () => {
    expect(agesOf('The dead were named as Maria Rossi, 45, Luca Bianchi, 37, and Anna Verdi, 52.')).toEqual(['45:age', '37:age', '52:age']);
  });

  it('reads a list of titled names as ages (`Mr. Smith`)', () => {
    expect(agesOf('The victims were Mr. Smith, 45, and Mrs. Jones, 52, both of Leeds.')).toEqual(['45:age', '52:age']);
  });

  it.each([
    ['Hospital admissions were Verona, 21, Padua, 17, and Vicenza, 9.', ['21:-', '17:-', '9:-']],
    ['The ages listed were Smith, 5, Jones, 7, and Brown, 2, the court heard.', ['5:-', '7:-', '2:-']],
    ['The ages listed were Smith, 5, Mr. Jones, 7, and Brown, 2, the court heard.', ['5:-', '7:-', '2:-']],
    ['The medal table read Norway, 12, Sweden, 9, at the close.', ['12:-', '9:-']],
    ['The seats went Labour, 34, Conservatives, 28, on the night.', ['34:-', '28:-']],
  ])('reads no figure of the tally `%s` as an age', (text, expected) => {
    expect(agesOf(text)).toEqual(expected);
  });

  it('still reads one surname alone as a person (`Officers arrested Kovacs, 56,`)', () => {
    expect(agesOf('Officers arrested Kovacs, 56, at her home.')).toEqual(['56:age']);
  });
});

describe('a capitalised preposition opening a sentence is no part of a name', () => {
  it.each([
    ['In Brescia, 17, cases were reported.', ['17:-']],
    ['At Wembley, 3, fans were hurt.', ['3:-']],
    ['Against Leeds, 3, goals were scored.', ['3:-']],
  ])('reads no age in `%s`', (text, expected) => {
    expect(agesOf(text)).toEqual(expected);
  });

  it('reads a rival after a verb of a result as none (`won`, from the scores’ list)', () => {
    expect(agesOf('Arsenal won Leeds, 3, in a replay.')).toEqual(['3:-']);
  });
});

describe('the bounds of an apposed age', () => {
  it('reads no age past `MAX_AGE` (`Lövgren, 271,`) and reads 119', () => {
    expect(agesOf('Lövgren, 271, led the tally.')).toEqual(['271:-']);
    expect(agesOf('Lövgren, 119, died on Tuesday.')).toEqual(['119:age']);
  });

  it('reads no age of zero (`Hale, 0,`)', () => {
    expect(agesOf('Hale, 0, was the score.')).toEqual(['0:-']);
  });

  it('reads no age after `No` with a comma (`No, 17, …`)', () => {
    expect(agesOf('He said No, 17, was not his number.')).toEqual(['17:-']);
  });

  it('reads no age after a month with a comma (`May, 62,`) but one after `Theresa May, 62,`', () => {
    expect(agesOf('The vote was moved to May, 62, lawmakers said.')).toEqual(['62:-']);
    expect(agesOf('Prime Minister Theresa May, 62, said on Tuesday she would stay.')).toEqual(['62:age']);
  });

  it('reads a score written without commas as none (`Arsenal 2, Chelsea 1`), and the same names with commas as a tally', () => {
    expect(agesOf('Final score: Arsenal 2, Chelsea 1.')).toEqual(['2:-', '1:-']);
    expect(agesOf('Final score: Arsenal, 2, Chelsea, 1.')).toEqual(['2:-', '1:-']);
  });
});

describe('an apposed age is marked when it is read', () => {
  const one = (text: string, figure: string): Quantity | undefined => findQuantities(text).find((quantity) => quantity.text === figure);
  it('marks `Marco Bellini, 17,` and `who is 51` as apposed, not `aged 17` nor `a 17-year-old`', () => {
    expect(one('Marco Bellini, 17, was taken on his way home.', '17')?.apposed).toBe(true);
    expect(one('The founder, Sean Delaney, who is 51 and from Dalkey, denies it.', '51')?.apposed).toBe(true);
    expect(one('A boy aged 17 was taken on his way home.', 'aged 17')?.apposed).toBeUndefined();
    expect(findQuantities('A 17-year-old boy was taken on his way home.').every((quantity) => quantity.apposed === undefined)).toBe(true);
  });
});

describe('one reader of `Name, N,` for ages and figures', () => {
  const yearsIn = (text: string): (number | null)[] => {
    const read = side(text, new Map());
    return read.units.filter((unit) => unit.quantity !== null).map((unit) => yearsOld(unit));
  };
  it('gives the age conflicts no age the quantity reader refused (`in Brescia, 17,`, a tally’s line)', () => {
    expect(yearsIn('Flooding hit homes in Brescia, 17, the agency said.')).toEqual([null]);
    expect(yearsIn('Admissions were Verona, 21, Padua, 17, and Vicenza, 9.')).toEqual([null, null, null]);
  });
  it('gives them the ages it read (`Kovacs, 56,`, `a 17-year-old`)', () => {
    expect(yearsIn('Officers arrested Kovacs, 56, at her home.')).toEqual([56]);
    expect(yearsIn('Police freed a 17-year-old boy.')).toEqual([17]);
  });
});

describe('two dates after one count are one event’s only for one thing counted, to the figure, by like words', () => {
  /** The count the date `month` of `text` stands right after (`countDated`), read as the conflict readers read a report. */
  const dated = (text: string, month: string): CountDated | null => {
    const read = side(text, new Map());
    const date = read.units.find((unit) => unit.date !== null && text.slice(unit.start, unit.end).includes(month));
    if (date === undefined) throw new Error(`no date ${month}`);
    return countDated(text, date, read.unitsBySentence[date.sentence] ?? [], countsOf(read));
  };
  const oneEvent = (a: string, monthA: string, b: string, monthB: string): boolean => {
    const [x, y] = [dated(a, monthA), dated(b, monthB)];
    return x !== null && y !== null && oneCountedEvent(x, y, lexicon);
  };

  it('ties `shed 300 jobs in January` to `shed about 300 workers in February` (related nouns, one verb, one figure)', () => {
    expect(oneEvent('It shed 300 jobs in January.', 'January', 'It shed about 300 workers in February.', 'February')).toBe(true);
  });

  it.each([
    ['counts of two things', 'It hired 300 engineers in January.', 'It hired 300 customers in February.'],
    ['two actions on one count', 'The city built 2,000 homes in 2023.', 'The council approved 2,000 homes in 2024.'],
    ['two values a hedge reaches', 'It shed about 300 jobs in January.', 'It shed about 350 workers in February.'],
  ])('does not tie %s', (_, a, b) => {
    const month = (text: string): string => /January|February|2023|2024/u.exec(text)?.[0] ?? '';
    expect(oneEvent(a, month(a), b, month(b))).toBe(false);
  });

  it('reads no count with words past its noun (`300 jobs across its plants in January`)', () => {
    expect(dated('It shed 300 jobs across its plants in January.', 'January')).toBeNull();
    expect(dated('It shed 300 jobs in January.', 'January')?.count.quantity?.value).toBe(300);
  });

  it('reads no count under twenty, nor one its report gives twice', () => {
    expect(dated('It shed 19 jobs in January.', 'January')).toBeNull();
    expect(dated('It shed 20 jobs in January.', 'January')?.count.quantity?.value).toBe(20);
    expect(dated('It shed 300 jobs in January. Another 300 roles went in sales.', 'January')).toBeNull();
  });

  const dates = (found: readonly string[]): string[] => found.filter((note) => note.startsWith('date:'));
  const GLOBE = (cut: string): string => `Ontario software maker Velora said on Monday it would cut 1,200 jobs, about a tenth of its work force, in a bid to cut costs. ${cut}`;
  const TECH = (cut: string): string => `Velora is laying off 1,200 employees, its chief executive wrote in a memo on Monday. The memo blamed slowing sales in Europe. ${cut}`;
  const between = (globe: string, tech: string): string[] => dates(notes(...pair(GLOBE(globe), TECH(`This is its second round of layoffs this year; ${tech}`), 'September 15, 2026')));
  it.each([
    ['counts of two things', 'It hired 300 engineers in January, mostly in Toronto.', 'about 300 customers left in February.'],
    ['two actions on one count', 'The city built 2,000 homes in 2023, mostly in the east.', 'the council approved 2,000 homes in 2024.'],
    ['two values a hedge reaches', 'It cut about 300 positions in January, mostly in marketing.', 'it let go of about 350 people in February.'],
    ['words past the count’s noun', 'It cut 300 jobs across its plants in January.', 'it let go of about 300 people in February.'],
  ])('sets no date conflict in a comparison by %s', (_, globe, tech) => {
    expect(between(globe, tech)).toEqual([]);
  });
});
