import { describe, expect, it } from 'vitest';
import { datedByOneEvent, eventGroupsAt } from '../../../src/engine/overlap/event-verbs.ts';
import { at, notes, pair } from './conflict-pairs.ts';

/** Round 21t (decision 004): dates of fresh text — one event told by other verbs, and dates of another thing. Invented sentences. */


describe('a small relation of event verbs (event-verbs.ts)', () => {
  it('relates verbs of one sense written differently', () => {
    const [a, b] = ['The opening of the bridge has been postponed to May 8.', 'The opening would be pushed back to May 1.'];
    expect(datedByOneEvent(a, at(a, 'May 8'), b, at(b, 'May 1'))).toBe(true);
    const [c, d] = ['The ban will take effect on Jan. 1, 2029.', 'The ban will come into force on 1 July 2029.'];
    expect(datedByOneEvent(c, at(c, 'Jan. 1, 2029'), d, at(d, '1 July 2029'))).toBe(true);
  });
  it('leaves a verb both write alike to the lexicon, and verbs of two senses unrelated', () => {
    const [a, b] = ['The plant will close on May 8.', 'The plant will close on May 1.'];
    expect(datedByOneEvent(a, at(a, 'May 8'), b, at(b, 'May 1'))).toBe(false);
    const [c, d] = ['The minister was arrested on Monday.', 'The minister resigned on Sunday.'];
    expect(datedByOneEvent(c, at(c, 'Monday'), d, at(d, 'Sunday'))).toBe(false);
  });
  it('reads a verb only in the date’s clause', () => {
    const text = 'The trial was delayed by a strike, and the verdict came on Friday.';
    expect(eventGroupsAt(text, text.indexOf('Friday'), text.indexOf('Friday') + 6)).toEqual([]);
  });
  it('reads `leave` as leaving a coalition only with its object', () => {
    const text = 'The party said it was leaving the coalition on Friday.';
    expect(eventGroupsAt(text, text.indexOf('Friday'), text.indexOf('Friday') + 6).length).toBe(1);
    const other = 'The minister was leaving the country on Friday.';
    expect(eventGroupsAt(other, other.indexOf('Friday'), other.indexOf('Friday') + 6)).toEqual([]);
  });
});

describe('two dates by verbs of one event, in aligned sentences that share little besides', () => {
  const LEAD = 'The health ministry of Paraguay declared a dengue epidemic in Asunción and the Central department on Tuesday after weeks of rising infections, the ministry said. ';
  // Mend B (session 17): related verbs date one event only where the words beside the two dates
  // meet besides them; here what was put off stands out of both dates' reach (`start of classes`,
  // `school buildings`), so nothing is set. The pair that is set: mend17b.test.ts.
  it('sets nothing for `postponed to March 8` / `pushed back to March 1` when nothing beside the dates meets', () => {
    expect(notes(...pair(`${LEAD}The start of classes in public schools, initially set for late February, has been postponed to March 8 to limit the spread of the disease, the education ministry said.`, `${LEAD}The education ministry confirmed that the school buildings would be pushed back to March 1, to allow cleaning campaigns in schools.`, 'January 21, 2027'))).toEqual([]);
  });
  it('sets nothing where the verbs are of two senses', () => {
    expect(notes(...pair(`${LEAD}The start of classes in public schools, initially set for late February, has been postponed to March 8 to limit the spread of the disease, the education ministry said.`, `${LEAD}The education ministry confirmed that the school buildings would be inspected on March 1, to allow cleaning campaigns in schools.`, 'January 21, 2027'))).toEqual([]);
  });
});

describe('dates of another thing than the sentence’s event', () => {
  const LEAD = 'Norway’s krone weakened against the euro on Thursday as traders bet the central bank would cut interest rates again soon. ';
  it('sets no month that dates the figure a change started from (`from 8.8% in December`) against the month of the change', () => {
    expect(notes(...pair(`${LEAD}Unemployment rose 0.4 percentage point to 9.2% in January, seasonally adjusted, Statistics Norway, known as SSB, said on Thursday. The central bank cut its policy rate to 2% in December.`, `${LEAD}The seasonally adjusted jobless rate climbed to 9.2% from 8.8% in December, Statistics Norway said. Companies gave notice of 3,100 layoffs in January, the employment agency said.`, 'February 18, 2027'))).toEqual([]);
  });
  const TALKS = 'Slovenia’s right-wing opposition Slovenian Democratic Party (SDS) won the most votes in the parliamentary election, according to official results, with Janez Janša set for a fourth term as prime minister. ';
  it('sets no day in the possessive (`Sunday’s election`) against the day of another action (`would start talks … on Monday`)', () => {
    expect(notes(...pair(`${TALKS}Slovenia’s right-wing opposition party claimed victory in Sunday’s parliamentary election, setting up veteran nationalist Janez Janša for a possible fourth stint as prime minister and dealing a blow to the liberal government.`, `${TALKS}SDS leader Janez Janša told supporters at the party's headquarters in Ljubljana shortly before midnight that the party was ready to form a government and would start talks with other parties on Monday.`, 'March 23, 2026'))).toEqual([]);
  });
  const TANKS = 'South Korea and Poland signed a $6.5 billion contract for 180 K2 tanks on Tuesday, the largest arms export deal in South Korea’s history. ';
  it('sets no year gone by against a start to come (`in 2022` / `from 2028`)', () => {
    expect(notes(...pair(`${TANKS}Poland has become the biggest buyer of South Korean weapons since Russia's full-scale invasion of Ukraine in 2022, signing framework deals that year for about 1,000 K2 tanks.`, `${TANKS}The documents include the second executive contract under the K2 tank deal, under which Hyundai Rotem Co. will deliver 180 K2 tanks to Poland, with some of them to be produced locally at a plant in Gliwice from 2028.`, 'May 27, 2026'))).toEqual([]);
  });
});
