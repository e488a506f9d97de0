/**
 * Alias phrases: every country from world-countries (names, capital, demonyms) plus the
 * hand-curated scripts/lexicon/aliases.txt (institutions, groups, people, news metonyms).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { normalizeAliasWord } from '../../src/engine/lexicon/aliases.ts';

const require = createRequire(import.meta.url);

interface Country {
  readonly cca2: string;
  readonly independent: boolean | null;
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings: readonly string[];
  readonly capital: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
}

/** The tokenizer's words (src/engine/text/words.ts), normalised as matchAlias normalises them. */
const WORD = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu;

export function aliasPhrase(text: string): string {
  const ascii = text.normalize('NFKD').replace(/\p{M}+/gu, '');
  return (ascii.match(WORD) ?? []).map(normalizeAliasWord).join(' ');
}

/** Plural of a demonym as news writes it: Israeli → Israelis; Chinese, British, Swiss stay. */
function demonymPlural(demonym: string): string | null {
  return /(?:ese|sh|ch|s|x)$/u.test(demonym) ? null : `${demonym}s`;
}

export interface AliasSources {
  readonly curated: string;
  /** Words too common to stand alone as a capital or variant spelling ('male', 'victoria'). */
  readonly isCommonWord: (word: string) => boolean;
}

export interface AliasTable {
  readonly phrases: Map<string, string>;
  /** Generated phrases claimed by two independent countries and so dropped ('congolese'). */
  readonly dropped: string[];
}

export function buildAliases(sources: AliasSources): AliasTable {
  const countries = require('world-countries') as readonly Country[];
  const generated = new Map<string, Set<string>>();
  const independent = new Set(countries.filter((c) => c.independent === true).map((c) => `country:${c.cca2}`));
  // “The Valley” (Anguilla's capital) is matched as “valley”: test that for a common word.
  const bare = (text: string): string => aliasPhrase(text.replace(/^the /iu, ''));
  const add = (text: string, key: string): void => {
    const phrase = bare(text);
    if (phrase === '' || !/^[a-z0-9' .-]+$/u.test(phrase)) return;
    const keys = generated.get(phrase) ?? new Set<string>();
    keys.add(key);
    generated.set(phrase, keys);
  };
  for (const c of countries) {
    const key = `country:${c.cca2}`;
    add(c.name.common, key);
    add(c.name.official, key);
    for (const alt of c.altSpellings) {
      // Two-letter codes collide with English words ('in', 'it', 'no', 'us'); longer
      // all-caps codes (USA, DPRK, UAE) are kept; "Korea, Republic of" inversions are not.
      if (alt === c.cca2 || alt.includes(',') || (/^[A-Z]{2}$/u.test(alt) && alt !== 'UK')) continue;
      if (!bare(alt).includes(' ') && sources.isCommonWord(bare(alt))) continue;
      add(alt, key);
    }
    for (const capital of c.capital) {
      if (!sources.isCommonWord(bare(capital))) add(capital, key);
    }
    for (const demonym of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f])) {
      if (demonym === undefined || demonym === '') continue;
      add(demonym, key);
      const plural = demonymPlural(demonym);
      if (plural !== null) add(plural, key);
    }
  }
  const phrases = new Map<string, string>();
  const dropped: string[] = [];
  for (const [phrase, keys] of generated) {
    // 'french' is France's and its territories': the one independent country takes it.
    const states = keys.size === 1 ? [...keys] : [...keys].filter((k) => independent.has(k));
    if (states.length === 1) phrases.set(phrase, states[0] ?? '');
    else dropped.push(phrase);
  }
  const curated = new Map<string, string>();
  for (const raw of sources.curated.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const colon = line.lastIndexOf(': ');
    if (colon < 0) throw new Error(`aliases.txt: no "key: phrases" in "${line}"`);
    const key = line.slice(0, colon);
    for (const text of line.slice(colon + 2).split(';')) {
      const phrase = aliasPhrase(text.trim());
      if (phrase === '') continue;
      if (key === '!') {
        phrases.delete(phrase);
        continue;
      }
      const claimed = curated.get(phrase);
      if (claimed !== undefined && claimed !== key) throw new Error(`aliases.txt: "${phrase}" is both ${claimed} and ${key}`);
      curated.set(phrase, key);
    }
  }
  for (const [phrase, key] of curated) phrases.set(phrase, key);
  return { phrases, dropped: dropped.sort() };
}

export function readCurated(name: string): string {
  return readFileSync(join(import.meta.dirname, name), 'utf8');
}
