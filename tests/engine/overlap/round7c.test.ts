import { describe, expect, it } from 'vitest';
import { compareArticles, parseDigest, type Article } from '../../../src/engine/index.ts';
import { lemmatize, matchAlias } from '../../../src/engine/lexicon/index.ts';
import { findQuantities } from '../../../src/engine/overlap/quantities.ts';
import { findTextAliases, matchTextAlias } from '../../../src/engine/overlap/text-aliases.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';

const countryAt = (norms: readonly string[], i: number): { key: string; length: number } | null => {
  const alias = matchAlias(norms, i);
  return alias !== null && alias.key.startsWith('country:') ? alias : null;
};

/**
 * Round 7c (decision 004): vocabulary, titles and figures. Invented sentences only; each test
 * fails without its rule.
 */
function pair(a: string, b: string): [Article, Article] {
  const articles = parseDigest(`REUTERS | Published January 6, 2025\n${a}\nASSOCIATED PRESS | Published January 6, 2025\n${b}\n`, { file: 'pair.txt' }).articles;
  return [articles[0] as Article, articles[1] as Article];
}

/** Each fact as `A text | B text`, spans joined by ` + `. */
function facts(a: string, b: string): string[] {
  const [x, y] = pair(a, b);
  return compareArticles(x, y).facts.map((fact) => `${fact.a.map((span) => x.text.slice(span.start, span.end)).join(' + ')} | ${fact.b.map((span) => y.text.slice(span.start, span.end)).join(' + ')}`);
}

describe('a lone measure in two unit systems', () => {
  // Both reports must share what pins them to one event (here a name and a day): reports that
  // share less are judged as two events, and a lone figure is never a fact between those.
  const a = 'The Tarvos glaciers are retreating fast, according to a survey by the Ostrava Institute published on Tuesday. Since the survey began they have lost some 2,600 square kilometres.';
  const b = 'A study published by the Ostrava Institute on Tuesday shows that Tarvos glaciers are retreating fast. Their combined area is roughly 1,000 square miles smaller than it was.';
  it('is one fact when each report gives it once', () => {
    expect(facts(a, b)).toContain('lost some 2,600 square kilometres | area is roughly 1,000 square miles');
  });
  it('is no fact when both are in one system: that is no conversion, and two measures agree by chance', () => {
    const tunnel = 'Velda Link said on Tuesday the Orsund tunnel will be finished in 2031. It will run 18 kilometres under the strait.';
    const queue = 'The Orsund tunnel will open in 2031, Velda Link said on Tuesday. Ferry passengers now wait in queues of up to 18 km.';
    expect(facts(tunnel, queue)).toEqual([]);
  });
  it('is no fact when the converted values differ', () => {
    expect(facts(a, b.replace('1,000 square miles', '1,400 square miles')).some((fact) => fact.includes('square'))).toBe(false);
  });
});

describe('crowns', () => {
  const currencies = (text: string): string[] => findQuantities(text).map((quantity) => `${quantity.text}=${quantity.unit}:${quantity.currency ?? quantity.noun ?? ''}`);
  it('reads `Danish crowns` as DKK', () => {
    expect(currencies('The bridge will cost 12 billion Danish crowns.')).toEqual(['12 billion Danish crowns=currency:DKK']);
  });
  it('gives a bare crown the crown currency the report names', () => {
    expect(currencies('The bridge will cost 12 billion Swedish crowns, up from an earlier estimate of 9 billion crowns.')).toEqual([
      '12 billion Swedish crowns=currency:SEK',
      '9 billion crowns=currency:SEK',
    ]);
    expect(currencies('Fares rose to 40 kroner. The operator made a profit of NOK 310m and expects 2 billion kroner in sales.')).toEqual(['40 kroner=currency:NOK', 'NOK 310m=currency:NOK', '2 billion kroner=currency:NOK']);
  });
  it('leaves a few crowns a count even when the report names a crown currency: `crown` is English for more than money', () => {
    expect(currencies('The bridge will cost DKK 12bn. The royal family keeps three crowns in the castle, and 2 billion crowns were set aside.')).toEqual([
      'DKK 12bn=currency:DKK',
      'three crowns=count:crown',
      '2 billion crowns=currency:DKK',
    ]);
    expect(currencies('The bridge will cost DKK 12bn; a ticket is 40 kroner.')).toEqual(['DKK 12bn=currency:DKK', '40 kroner=currency:DKK']);
  });
  it('leaves crowns a count when the report names no crown currency', () => {
    expect(currencies('She has won three crowns this season.')).toEqual(['three crowns=count:crown']);
  });
  it('lets a bare crown meet the code of the other report', () => {
    const a = 'Velda Link said on Tuesday the Orsund bridge will cost 14 billion Danish crowns. The previous estimate of 11 billion crowns was set in 2021.';
    const b = 'The Orsund bridge budget was raised on Tuesday, Velda Link announced. The previous estimate, from 2021, was DKK 11bn.';
    expect(facts(a, b).some((fact) => fact.includes('11 billion crowns') && fact.includes('DKK 11bn'))).toBe(true);
  });
});

describe('one in four', () => {
  const shares = (text: string): string[] => findQuantities(text).map((quantity) => `${quantity.text}=${quantity.unit}:${quantity.value}:${quantity.noun ?? ''}`);
  it('reads `N in M` and `N out of M` as a share', () => {
    expect(shares('One in five bottles of olive oil was diluted.')).toEqual(['One in five=percent:20:bottle']);
    expect(shares('Three out of four voters backed the plan.')).toEqual(['Three out of four=percent:75:voter']);
    expect(shares('Nearly one in every ten pupils missed school.').map((share) => share.split('=')[1])).toEqual(['percent:10:pupil']);
  });
  it('keeps the hedge before it: `almost one in four` is not exactly 25%', () => {
    const ranges = (text: string): string[] => findQuantities(text).map((quantity) => `${quantity.text}=${quantity.low}..${quantity.high}:${quantity.hedged}`);
    expect(ranges('Almost one in four jars failed.')).toEqual(ranges('Almost a quarter of jars failed.').map((share) => share.replace('a quarter', 'one in four')));
    const a = 'Inspectors from the Kelvor agency tested olive oil sold across Varnia on Monday. More than one in ten bottles was diluted, the agency said.';
    const b = 'On Monday inspectors from the Kelvor agency tested olive oil sold across Varnia. The agency said 12% of bottles were diluted.';
    expect(conflicts(a, b)).toEqual([]);
  });
  it('leaves a count before a year or a duration alone', () => {
    expect(shares('She won 3 in 2024 and scored 2 in 10 minutes.')).toEqual(['3=count:3:', '2024=year:2024:', '2=count:2:', '10 minutes=duration:0.00694444444444:minute']);
  });
  it('lets `one in four` meet `a quarter` as one figure', () => {
    const a = 'Inspectors from the Kelvor agency tested olive oil sold across Varnia on Monday. One in four bottles was diluted.';
    const b = 'On Monday inspectors from the Kelvor agency tested olive oil sold across Varnia. A quarter of the samples had been cut with cheaper oils.';
    expect(facts(a, b).some((fact) => fact.includes('One in four') && fact.includes('A quarter'))).toBe(true);
  });
});

function conflicts(a: string, b: string): string[] {
  const [x, y] = pair(a, b);
  return compareArticles(x, y).conflicts.map((conflict) => conflict.note);
}

describe('a title the reports give one named person', () => {
  const a = 'Danish Prime Minister Mette Lund and Norwegian Prime Minister Ola Berg signed the fisheries accord in Bergen on Tuesday. “Nobody can fish these waters alone,” Berg told reporters after the signing.';
  const b = 'The Norwegian and Danish leaders signed a fisheries accord in Bergen on Tuesday. “Nobody can fish these waters alone,” the Danish prime minister said at a news conference.';
  it('makes `the Danish prime minister` that person: a quote given to another is a conflict', () => {
    expect(conflicts(a, b)).toEqual([expect.stringMatching(/Berg vs the Danish prime minister/u)]);
  });
  it('agrees with the report that names the same person', () => {
    expect(conflicts(a.replace('” Berg told', '” Lund told'), b)).toEqual([]);
  });
  it('is nobody when two people hold the title in the reports', () => {
    const two = a.replace('Norwegian Prime Minister Ola Berg', 'Danish Prime Minister Ola Berg');
    expect(conflicts(two, b)).toEqual([]);
  });
});

describe('a title the reports give one named person: whose it is not', () => {
  const quote = '“Nobody can fish these waters alone,”';
  const b = `The fisheries accord was signed in Bergen on Tuesday. ${quote} the Danish prime minister said at a news conference.`;
  it('is not a former holder’s: `the Danish prime minister` is the one in office', () => {
    const a = `Former Danish Prime Minister Mette Lund attended the signing of the fisheries accord in Bergen on Tuesday. ${quote} Holm told reporters.`;
    expect(conflicts(a, b)).toEqual([]);
  });
  it('does not make `the former Danish prime minister` the holder', () => {
    const a = `Danish Prime Minister Ole Holm signed the fisheries accord in Bergen on Tuesday. ${quote} Lund told reporters.`;
    expect(conflicts(a, b.replace('the Danish prime minister', 'the former Danish prime minister'))).toEqual([]);
  });
  it('is the name the reports use alone, not always the last word (`Lee Jae-myung`, `Lee`)', () => {
    const a = `South Korean President Lee Jae-myung signed the fisheries accord in Bergen on Tuesday. ${quote} Lee told reporters.`;
    expect(conflicts(a, b.replace('Danish prime minister', 'South Korean president'))).toEqual([]);
  });
  it('is not cut at an initial (`Michael D. Higgins` is not `D`)', () => {
    const a = `Irish President Michael D. Higgins signed the fisheries accord in Bergen on Tuesday. ${quote} Higgins told reporters.`;
    expect(conflicts(a, b.replace('Danish prime minister', 'Irish president'))).toEqual([]);
  });
  it('is not read in the plural (`French presidents`)', () => {
    const tokens = tokenize('French President Anne Morel spoke. French presidents rarely do.');
    const aliases = findTextAliases([tokens], () => false, lemmatize, countryAt);
    const lemmas = tokens.map((token) => lemmatize(token.norm));
    const at = tokens.findIndex((token) => token.text === 'presidents') - 1;
    expect(matchTextAlias(aliases, tokens, lemmas, at)).toBeNull();
    expect(matchTextAlias(aliases, tokens, lemmas, 0)).toBeNull();
  });
});

describe('words of one kind of event (frames.txt)', () => {
  it('a ban and a bar, a row and an argument', () => {
    const a = 'Police said Tomas Grell was banned from the pub in Dunmore after a row with staff.';
    const b = 'Tomas Grell had been barred from the premises following an argument with employees, the court in Dunmore heard.';
    expect(facts(a, b).some((fact) => fact.includes('banned') && fact.includes('barred'))).toBe(true);
  });
  // Words with another common sense join a frame only in the phrase that has the frame's sense.
  it('not a bar that is a place or the law (`called to the bar`), only `barred from`', () => {
    expect(facts('Tomas Grell was called to the bar in Dunmore in 2009.', 'Dunmore imposed a ban on Tomas Grell in 2009.')).toEqual([]);
  });
  it('not a row of houses, nor a lawyer’s argument', () => {
    expect(facts('Fire swept through a row of houses in Dunmore on Friday.', 'Neighbours in Dunmore had a dispute with the landlord on Friday.')).toEqual([]);
    expect(facts('Lawyers for Tomas Grell presented their argument to the Dunmore court on Friday.', 'Tomas Grell had a quarrel with a neighbour in Dunmore on Friday.')).toEqual([]);
  });
  it('not caution as advice, nor a torch as a light', () => {
    expect(facts('Police in Dunmore urged caution on the roads on Friday after heavy snow.', 'A Dunmore player received a booking on Friday in the snow.')).toEqual([]);
    expect(facts('Tomas Grell carried the Olympic torch through Dunmore on Friday.', 'Tomas Grell was charged with arson in Dunmore on Friday.')).toEqual([]);
  });
  it('a second booking and a red card', () => {
    const a = 'Marek Dolny was sent off for a second booking in the 70th minute at Vellin Park.';
    const b = 'At Vellin Park, Dolny received a red card in the 70th minute.';
    expect(facts(a, b).some((fact) => fact.includes('second booking') && fact.includes('red card'))).toBe(true);
  });
});

describe('figures as typesetting writes them', () => {
  const read = (text: string): string[] => findQuantities(text).map((quantity) => `${quantity.text}=${quantity.value}`);
  it('joins groups of three digits across a space that does not break', () => {
    expect(read('Some 1\u00a0200 people left; the repairs cost €3\u202f400\u202f000.')).toEqual(['Some 1\u00a0200 people=1200', '€3\u202f400\u202f000=3400000']);
  });
  it('does not join across a plain space', () => {
    expect(read('She won the 1 200-metre race.').map((figure) => figure.split('=')[1])).toEqual(['1', '200']);
  });
  it('reads `2 h 30 min` as one time', () => {
    expect(read('The flight took 2 h 30 min.')).toEqual([`2 h 30 min=${Number((2.5 / 24).toPrecision(12))}`]);
  });
});

describe('a large count neither report names a noun for', () => {
  const a = 'Ravenna beat Lusso 3-0 on Sunday. A crowd of almost 40,000 watched in the rain, with the fans splitting Varo down the middle.';
  const b = 'Tomas Rell headed home a corner with seven minutes left to give Ravenna a 3-0 win over Lusso in front of 39,412 at Varo Park on Sunday.';
  it('is one fact when each report gives it once (a crowd)', () => {
    expect(facts(a, b)).toContain('crowd of almost 40,000 | front of 39,412');
  });
  it('is no fact when both figures are round: two round figures agree by chance too often', () => {
    const march = 'Tens of thousands marched through Velgrad on Saturday against the Horvan government. Organisers put the crowd at about 5,000.';
    const police = 'Protesters filled the streets of Velgrad on Saturday to oppose the Horvan government. The interior ministry said it deployed roughly 5,000 to keep order.';
    expect(facts(march, police).some((fact) => fact.includes('5,000'))).toBe(false);
    expect(facts(a, b.replace('in front of 39,412', 'as the club, which has sold more than 39,000 this season,')).some((fact) => fact.includes('39,000'))).toBe(false);
  });
  it('is no fact below a thousand', () => {
    expect(facts(a.replace('almost 40,000', 'almost 400'), b.replace('39,412', '394')).some((fact) => fact.includes('394'))).toBe(false);
  });
});
