import { describe, expect, it } from 'vitest';
import * as lexicon from '../../../src/engine/lexicon/index.ts';
import { compareArticles, parseDigest, type Article } from '../../../src/engine/index.ts';
import { splitClauses } from '../../../src/engine/overlap/clauses.ts';
import { findQuantities } from '../../../src/engine/overlap/quantities.ts';
import { findTextAliases, type TextAliases } from '../../../src/engine/overlap/text-aliases.ts';
import { readUnits } from '../../../src/engine/overlap/units-read.ts';
import { tokenize, type Token } from '../../../src/engine/text/tokens.ts';

/**
 * Round 6e (decision 004): names as the text defines them. Invented sentences only.
 */
const known = (acronym: string, name: readonly string[]): boolean =>
  lexicon.matchAlias([acronym.toLowerCase()], 0) !== null || lexicon.matchAlias([acronym.toLowerCase().replace(/(?<=.)(?=.)/gu, '.')], 0) !== null || lexicon.matchAlias(name, 0)?.length === name.length;

function aliasesOf(...texts: string[]): TextAliases {
  return findTextAliases(texts.map((text) => tokenize(text)), known, (word) => lexicon.lemmatize(word));
}

/** Each unit of the text as `written=key`. */
function keys(text: string, aliases?: TextAliases): string[] {
  const tokens = tokenize(text);
  return readUnits(tokens, splitClauses(text, tokens), findQuantities(text), [], lexicon, aliases).map((unit) => `${text.slice(unit.start, unit.end)}=${unit.key}`);
}

function pair(a: string, b: string): [Article, Article] {
  const fillA = 'Officials in the capital met on Monday to discuss the budget. The weather was mild for the season. ';
  const fillB = 'A spokesman for the ministry declined to comment further. Markets were calm in early trading. ';
  const articles = parseDigest(`REUTERS | Published January 6, 2025\n${fillA}${a}\nASSOCIATED PRESS | Published January 6, 2025\n${fillB}${b}\n`, { file: 'pair.txt' }).articles;
  return [articles[0] as Article, articles[1] as Article];
}

describe('acronyms the reports define', () => {
  it('reads `Long Name (ACRO)` and the bare acronym in the other report as one alias', () => {
    const [a, b] = ['The Northern Farmers Party (NFP) won the vote in Tarvos.', 'In Tarvos the NFP will be the biggest group.'];
    const aliases = aliasesOf(a, b);
    expect(keys(a, aliases)).toContain('Northern Farmers Party=ali:text:NFP');
    expect(keys(b, aliases)).toContain('NFP=ali:text:NFP');
  });

  it('reads `ACRO (Long Name)`, whose letters need not be the initials', () => {
    const [a, b] = ['Teams from the UME (Military Emergencies Unit) arrived.', 'The military emergencies unit sent helicopters.'];
    const aliases = aliasesOf(a, b);
    expect(keys(a, aliases)).toContain('UME=ali:text:UME');
    expect(keys(b, aliases)).toContain('military emergencies unit=ali:text:UME');
  });

  it('matches the long form in any case and number', () => {
    const [a, b] = ['The Military Emergencies Unit (UME) deployed 300 troops.', 'Soldiers of the military emergency unit used helicopters.'];
    expect(keys(b, aliasesOf(a, b))).toContain('military emergency unit=ali:text:UME');
  });

  it('links an acronym to a capitalised run with its initials in the other report', () => {
    const [a, b] = ['Voters backed the Latvian Centre Alliance on Saturday.', 'The LCA will lead talks.'];
    const aliases = aliasesOf(a, b);
    expect(keys(a, aliases)).toContain('Latvian Centre Alliance=ali:text:LCA');
    expect(keys(b, aliases)).toContain('LCA=ali:text:LCA');
  });

  it('reads connectors inside a name, with or without their letter', () => {
    expect(keys('The Bank of Tarvos raised rates.', aliasesOf('The Bank of Tarvos raised rates.', 'The BT held rates.'))).toContain('Bank of Tarvos=ali:text:BT');
    expect(keys('The Bank of Tarvos raised rates.', aliasesOf('The Bank of Tarvos raised rates.', 'The BOT held rates.'))).toContain('Bank of Tarvos=ali:text:BOT');
  });

  it('folds a title-case acronym of three letters or more to the defined one', () => {
    const [a, b] = ['A cold pocket of air, a Depresión Aislada en Niveles Altos (DANA), hit.', 'A weather system known as a Dana hit the coast.'];
    expect(keys(b, aliasesOf(a, b))).toContain('Dana=ali:text:DANA');
  });

  it('leaves acronyms the lexicon knows to the lexicon', () => {
    const [a, b] = ['Officials in the United States (US) said so.', 'The US said so.'];
    const aliases = aliasesOf(a, b);
    expect(aliases.acronyms.has('US')).toBe(false);
  });

  it('makes nothing of an acronym with no name to stand for', () => {
    const aliases = aliasesOf('The NFP won the vote.', 'The party of farmers won.');
    expect(aliases.acronyms.size).toBe(0);
  });

  it('makes a defined acronym and its name meet in a fact', () => {
    const [a, b] = pair('The Military Emergencies Unit (UME) deployed soldiers to rescue residents in Lorca.', 'The UME deployed soldiers to rescue residents of Lorca.');
    const facts = compareArticles(a, b).facts.map((fact) => fact.a.map((range) => a.text.slice(range.start, range.end)).join(' '));
    expect(facts.some((fact) => fact.includes('Military Emergencies Unit'))).toBe(true);
  });
});

/** The aliases found, as `head: ACRO=long form` lines, and the acronyms. */
function found(aliases: TextAliases): [string[], string[]] {
  const lines = [...aliases.runs.entries()].flatMap(([head, list]) => list.map((entry) => `${head}: ${entry.acronym}=${entry.words.join(' ')}`));
  return [lines, [...aliases.acronyms].sort()];
}

/** The tokens, counting each read of one of them: the work `findTextAliases` does. */
function counted(tokens: Token[], counter: { reads: number }): Token[] {
  return new Proxy(tokens, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/u.test(key)) counter.reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

describe('initials within long capitalised runs', () => {
  it('finds the same aliases in runs with connectors, overlapping stretches and long runs', () => {
    expect(found(aliasesOf('The Bank of Tarvos and the Northern Farmers Party of Tarvos met the Latvian Centre Alliance.', 'The BT, the BOT, the NFP, the NFPT, the FPT, the LCA and the CA met.'))).toEqual([
      ['bank: BOT=bank of tarvo', 'centre: CA=centre alliance', 'farmer: FPT=farmer party of tarvo', 'latvian: LCA=latvian centre alliance', 'northern: NFPT=northern farmer party of tarvo', 'northern: NFP=northern farmer party'],
      ['BOT', 'BT', 'CA', 'FPT', 'LCA', 'NFP', 'NFPT'],
    ]);
    expect(found(aliasesOf('Officials of the Confederación Hidrográfica del Segura (CHS) and the Junta de Andalucía spoke.', 'The CHS and the CHDS and JA and JDA spoke to the HS.'))).toEqual([
      ['confederación: CHDS=confederación hidrográfica del segura', 'hidrográfica: HS=hidrográfica del segura', 'junta: JA=junta de andalucía'],
      ['CHDS', 'CHS', 'HS', 'JA', 'JDA'],
    ]);
    expect(found(aliasesOf('Alpha Bravo of Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima spoke.', 'ABCDEF and BCDEFG and ABOCDE and FGHIJK and HIJKL and AB spoke.'))).toEqual([
      [
        'alpha: ABCDEF=alpha bravo of charlie delta echo foxtrot',
        'alpha: ABOCDE=alpha bravo of charlie delta echo',
        'alpha: AB=alpha bravo',
        'bravo: BCDEFG=bravo of charlie delta echo foxtrot golf',
        'foxtrot: FGHIJK=foxtrot golf hotel india juliet kilo',
        'hotel: HIJKL=hotel india juliet kilo lima',
      ],
      ['AB', 'ABCDEF', 'ABOCDE', 'BCDEFG', 'FGHIJK', 'HIJKL'],
    ]);
  });

  it('reads each token a few times only, not once per stretch of its run (an acronym is at most 6 letters)', () => {
    const WORDS = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet', 'Kilo', 'Lima', 'Mike', 'November', 'Oscar', 'Papa', 'Quebec', 'Romeo'];
    // Twenty runs of sixteen names with `of` between: as long as a run gets.
    const text = Array.from({ length: 20 }, (_, i) => `${Array.from({ length: 16 }, (_, k) => `${WORDS[(i + k * 7) % WORDS.length] ?? ''}${k % 2 === 1 ? ' of' : ''}`).join(' ')} met.`).join(' ');
    for (const other of ['The ABC met.', 'No acronym here.']) {
      const counter = { reads: 0 };
      const texts = [counted(tokenize(text), counter), counted(tokenize(other), counter)];
      findTextAliases(texts, known, (word) => lexicon.lemmatize(word));
      expect(counter.reads / (texts[0]?.length ?? 1)).toBeLessThan(12);
    }
  });
});

describe('state and province abbreviations', () => {
  it.each([
    ['a man from Sherbrooke, Que., was arrested', 'Que', 'a Quebec man', 'Quebec'],
    ['a farmer from Fresno, Calif., said', 'Calif', 'a California farmer', 'California'],
    ['a teacher in Albany, N.Y., said', 'N.Y.', 'a New York teacher', 'New York'],
  ])('%s meets %s', (a, abbreviation, b, name) => {
    const key = (text: string, written: string): string | undefined => keys(text).find((entry) => entry.startsWith(`${written}=`))?.split('=')[1];
    const abbreviated = key(a, abbreviation);
    expect(abbreviated).toMatch(/^ali:place:/u);
    expect(key(b, name)).toBe(abbreviated);
  });
});
