import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/engine/index.ts';
import { surnameConflicts } from '../../../src/engine/overlap/conflicts-names.ts';
import { venueConflicts } from '../../../src/engine/overlap/conflicts-venues.ts';
import { findDates } from '../../../src/engine/overlap/dates.ts';
import { findQuantities, quantitiesAgree } from '../../../src/engine/overlap/quantities.ts';
import { bothWays, notes, pair } from './conflict-pairs.ts';

/**
 * Round 11c (decision 004): conflicts on the eleventh development set (set 11), each rule on
 * invented sentences, with the near misses it must not flag.
 */

const quantity = (text: string, figure: string) => {
  const found = findQuantities(text).find((q) => q.text.includes(figure));
  if (found === undefined) throw new Error(`no quantity ${figure} in ${text}`);
  return found;
};

describe('`over` after a word of dispute gives the matter, not a lower bound', () => {
  it('reads `sued … over four posts` as four posts, unhedged', () => {
    const posts = quantity('The mayor sued Ann Cole over four posts on her blog.', 'four');
    expect([posts.text, posts.hedged, posts.low, posts.high]).toEqual(['four posts', false, 4, 4]);
    expect(quantitiesAgree(posts, quantity('She sued over five posts.', 'five'))).toBe(false);
  });

  it('still reads `over` as more than elsewhere', () => {
    const killed = quantity('The storm killed over 40 people.', '40');
    expect([killed.hedged, killed.low]).toEqual([true, 40]);
    expect(quantity('He was fined over 300 euros.', '300').hedged).toBe(true);
    expect(quantity('Police arrested over 300 fans.', '300').hedged).toBe(true);
    expect(quantity('Police arrested two men over three killings.', 'three').hedged).toBe(false);
  });

  it('lets the two counts conflict', () => {
    const lead = 'A county councillor has won a defamation case against a local blogger in the High Court in Leeds. ';
    const [forward] = bothWays(
      ...pair(lead + 'Councillor Ruth Gale sued the blogger over four posts published last spring.', lead + 'Councillor Ruth Gale sued the blogger over five posts published last spring.'),
    );
    expect(forward).toEqual(['post: four posts vs five posts']);
  });
});

describe('a day with its year told relative to the article’s', () => {
  it('reads `July 1st next year` as one day of next year', () => {
    expect(findDates('The cut applies from July 1st next year.', '2026-10-06').map((d) => [d.text, d.from])).toEqual([['July 1st next year', '2027-07-01']]);
    expect(findDates('It opened on 3 March last year.', '2026-10-06').map((d) => [d.text, d.from])).toEqual([['3 March last year', '2025-03-03']]);
  });

  it('still resolves a bare day to its nearest occurrence', () => {
    expect(findDates('The cut applies from July 1st.', '2026-10-06').map((d) => d.from)).toEqual(['2026-07-01']);
  });

  it('sets two starting days of one measure against each other', () => {
    const lead = 'The finance minister unveiled the annual budget in parliament on Tuesday afternoon. ';
    const [forward] = bothWays(
      ...pair(lead + 'The fuel duty on diesel will fall from 40 cents to 35 cents from 1 January, the minister said.', lead + 'The fuel duty on diesel will fall from 40 cents to 35 cents, though not until July 1st next year, the minister said.', 'October 6, 2026'),
    );
    expect(forward).toEqual(['date: 1 January vs July 1st next year']);
  });
});

describe('a score told as two numbers joined by `for` is no count', () => {
  const lead = 'The hosts won the deciding one-day international against the visitors at the national stadium in Durban on Sunday. ';
  it('does not set a target against the score that passed it', () => {
    expect(notes(...pair(lead + 'Chasing 287, the hosts got home with an over to spare.', lead + 'The hosts reached 289 for six in the final over.'))).toEqual([]);
  });

  it('still sets two totals against each other', () => {
    expect(notes(...pair(lead + 'The visitors made 286 in their innings.', lead + 'The visitors made 281 in their innings.'))).toEqual(['visitors: 286 vs 281']);
  });
});

describe('a bare count takes the noun of the count before it in its sentence', () => {
  const lead = 'Floods swept through the river valley towns of northern Valdoria overnight on Saturday. ';
  it('sets `more than 4,000 had been evacuated` against `about 3,000 people had been evacuated`', () => {
    const [forward, backward] = bothWays(
      ...pair(lead + 'Officials said at least 12 people were missing and more than 4,000 had been evacuated from their homes.', lead + 'Officials said about 3,000 people had been evacuated from their homes by Sunday night.'),
    );
    expect(forward).toEqual(['people: more than 4,000 vs about 3,000 people']);
    expect(backward).toEqual(['people: about 3,000 people vs more than 4,000']);
  });

  it('does not give a bare count the noun of a count of other things', () => {
    expect(notes(...pair(lead + 'Officials said 40 bridges were shut and more than 4,000 had been evacuated from their homes.', lead + 'Officials said about 3,000 people had been evacuated from their homes by Sunday night.'))).toEqual([]);
  });
});

describe('participants count people of any kind', () => {
  const lead = 'Drug maker Calder Biologics said on Monday that its cholesterol pill Lipraxa cut heart attacks by a third in a study presented in Vienna. ';
  it('sets participants against adults counted by the same trial', () => {
    expect(notes(...pair(lead + 'The trial enrolled 12,400 participants in nine countries.', lead + 'The trial enrolled 11,800 adults in nine countries.'))).toEqual(['adult: 12,400 participants vs 11,800 adults']);
  });

  it('still keeps apart two kinds of person', () => {
    expect(notes(...pair(lead + 'The trial enrolled 12,400 patients in nine countries.', lead + 'The trial enrolled 11,800 adults in nine countries.'))).toEqual([]);
  });
});

describe('a rate set by a decision is exact', () => {
  it('does not let `cut to 2 per cent` round to `cut to 2.5%`', () => {
    expect(quantitiesAgree(quantity('The rate will be cut to 2.5%.', '2.5'), quantity('The rate will be reduced to 2 per cent.', '2 per'))).toBe(false);
    expect(quantitiesAgree(quantity('The rate will be cut to 2.5%.', '2.5'), quantity('The rate will be cut to 2.5 per cent.', '2.5'))).toBe(true);
  });

  it('still lets a measured level round', () => {
    expect(quantitiesAgree(quantity('Inflation fell to 2.4%.', '2.4'), quantity('Inflation fell to 2 per cent.', '2 per'))).toBe(true);
  });

  it('sets the two rates against each other', () => {
    const lead = 'Finance Minister Niamh Byrne unveiled a €9 billion budget for 2027 in the Dáil on Tuesday afternoon. ';
    expect(notes(...pair(lead + 'The 4% rate of the health levy will be cut to 3.5%.', lead + 'The 4 per cent rate of the health levy will be reduced to 3 per cent.'))).toEqual(['health: 3.5% vs 3 per cent']);
  });
});

describe('one person, two surnames', () => {
  const side = (text: string) => ({ text, clauses: [] });
  const names = (a: string, b: string): string[] => surnameConflicts(side(a), side(b)).map((c) => c.note);
  it('flags a first name given two surnames that differ in their ending', () => {
    expect(names('The actor sued Mark Hollings over the posts.', 'The claim against Mark Hollister failed.')).toEqual(['name: Mark Hollings vs Mark Hollister']);
  });

  it('does not flag spellings of one name, derived forms, or a surname both reports write', () => {
    expect(names('Talks with Volodymyr Zelensky ended.', 'Talks with Volodymyr Zelenskyy ended.')).toEqual([]);
    expect(names('Ilze Kalniņa spoke.', 'Ilze Kalnina spoke.')).toEqual([]);
    expect(names('Fans in South Africa cheered.', 'The South African side won.')).toEqual([]);
    expect(names('Mark Hollings and his brother spoke.', 'Mark Hollister spoke, as did Tom Hollings.')).toEqual([]);
    expect(names('Mark Hollings spoke.', 'Mark Hollister and Mark Holliday spoke.')).toEqual([]);
  });

  it('reads names in the engine’s comparison', () => {
    const lead = 'A High Court judge awarded damages to a retired police chief over a series of online videos on Friday. ';
    const [a, b]: [Article, Article] = pair(lead + 'The chief sued Mark Hollings over the videos.', lead + 'The claim against Mark Hollister succeeded in full.');
    expect(notes(a, b)).toContain('name: Mark Hollings vs Mark Hollister');
  });
});

/** Round 11c, set 12: rules written after set 12's misses were read. */

describe('a medal is a place', () => {
  const lead = 'Sweden’s Ida Lund broke the world record in the women’s 200m breaststroke at the European Championships in Rome on Thursday. ';
  it('sets a swimmer’s silver against her bronze', () => {
    const [forward] = bothWays(
      ...pair(lead + 'Italy’s Chiara Rossi took silver in 2:18.40, with Britain’s Amy Hart third.', lead + 'Amy Hart clocked 2:18.40, just ahead of Italy’s Chiara Rossi, who took bronze.'),
    );
    expect(forward).toEqual(['place: Chiara Rossi took silver vs Chiara Rossi, who took bronze']);
  });

  it('does not read a medal won where another event was held', () => {
    expect(notes(...pair(lead + 'Italy’s Chiara Rossi took silver. Britain’s Amy Hart was fourth.', lead + 'Chiara Rossi took silver. Hart made her name at the Commonwealth Games in Glasgow, where Amy Hart won bronze.'))).toEqual([]);
  });
});

describe('the names of a parliament’s members count one body', () => {
  const lead = 'Estonia’s parliament ousted Prime Minister Kaarel Tamm in a no-confidence vote in Tallinn on Wednesday. ';
  it('sets lawmakers against MPs, past a hedged count of votes in the same sentence', () => {
    const [forward] = bothWays(
      ...pair(lead + 'Fifty-four lawmakers in the 101-seat Riigikogu backed the motion, which needed at least 51 votes to pass.', lead + 'A total of 55 MPs voted in favour of the motion and 38 against.'),
    );
    expect(forward).toEqual(['mps: Fifty-four lawmakers vs 55 MPs']);
  });

  it('still takes a figure the sentence gives unhedged as given', () => {
    expect(notes(...pair(lead + 'Fifty-four lawmakers backed the motion, and 55 seats were needed.', lead + 'A total of 55 MPs voted in favour of the motion and 38 against.'))).toEqual([]);
  });
});

describe('an age that opens a sentence refers past an unmarked dateline', () => {
  const lead = 'Ida Lund broke the women’s 200 metres breaststroke world record on Thursday at the European Championships in Rome.';
  it('gives `The 22-year-old` to the swimmer, not to the wire', () => {
    expect(notes(...pair(`Rome (AFP) – ${lead} The 22-year-old shaved 0.24 seconds off the previous mark.`, `${lead} Lund, 21, touched in two minutes 17.31 seconds.`))).toEqual(['age: 22-year-old vs 21']);
  });
});

describe('a figure joined to a word by a hyphen counts that word', () => {
  const lead = 'Carmaker Norvik is recalling 120,000 Aster crossovers in the United States because their fuel pumps can fail, regulators said on Thursday. ';
  it('does not let a 17-digit number agree with 17 crashes', () => {
    const [forward] = bothWays(
      ...pair(lead + 'Norvik said it knows of 14 crashes linked to the defect. Owners can enter their 17-digit vehicle number online.', lead + 'Norvik is aware of 17 crashes linked to the defect.'),
    );
    expect(forward).toEqual(['crash: 14 crashes vs 17 crashes']);
  });
});

describe('one study, two journals', () => {
  const side = (text: string) => ({ text, clauses: [] });
  const journals = (a: string, b: string): string[] => venueConflicts(side(a), side(b)).map((c) => c.note);
  it('flags a study published in two different journals', () => {
    expect(journals('The study was published in the journal Nature Astronomy.', 'The results were published Wednesday in the journal Nature.')).toEqual(['journal: Nature Astronomy vs Nature']);
  });

  it('does not flag one journal written two ways, a date after `published in`, or a report naming two journals', () => {
    expect(journals('It appeared in the journal The Lancet.', 'The study was published in the Lancet.')).toEqual([]);
    expect(journals('The findings were published in the U.S. medical journal JAMA Pediatrics.', 'Details appear in the journal JAMA Pediatrics.')).toEqual([]);
    expect(journals('The study was published in March.', 'It was published in the journal Science.')).toEqual([]);
    expect(journals('The study was published in the journal Nature, and a second in the journal Science.', 'It was published in the journal Science.')).toEqual([]);
  });
});
