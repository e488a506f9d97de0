import { charRange } from '../text/ranges.ts';
import type { Clause } from './clauses.ts';
import { quotedAt } from './conflicts-places.ts';
import { conflictNote, type Conflict } from './types.ts';
import { WrittenWords } from './word-indexes.ts';

/**
 * One person, two surnames: `sued Dale Pritchard` / `a claim against Dale Pritchett`. Two reports
 * of one event that give a person the same first name and a surname that differs in its ending
 * contradict each other on who it is (one of them misspells the name). Decision 004, round 11c.
 *
 * Not a conflict: one spelling with and without accents, doubled letters or `y`/`i`/`j`
 * (`Zelensky` / `Zelenskyy`, `Kalniņa` / `Kalnina`): transliteration, not another name; a word
 * and its derived form (`South Africa` / `South African`); a surname the other report also
 * writes (two relatives, or the report names both); a first name either report gives to two
 * surnames (two people who share it).
 */

export interface NameSide {
  text: string;
  clauses: readonly Clause[];
}

type NameConflict = Omit<Conflict, 'id'> & { strength: number };

/**
 * A first name and a surname: two capitalised words, the surname of four letters or more. The
 * surname is read ahead, so that each word may start a pair (`Mount Victoria Fire`).
 */
const FULL_NAME = /(?<![\p{L}\p{M}'’.-])(\p{Lu}\p{Ll}+)(?=(\s+)(\p{Lu}\p{Ll}{3,})(?![\p{L}\p{M}'’-]))/gu;

interface FullName {
  first: string;
  surname: string;
  start: number;
  end: number;
}

function fullNames(side: NameSide): FullName[] {
  const found: FullName[] = [];
  for (const match of side.text.matchAll(FULL_NAME)) {
    const [, first, space, surname] = match;
    if (first === undefined || space === undefined || surname === undefined || quotedAt(side.clauses, match.index)) continue;
    found.push({ first, surname, start: match.index, end: match.index + first.length + space.length + surname.length });
  }
  return found;
}

/** One spelling of a name, whatever the accents, doubled letters and `y`/`i`/`j` (transliteration). */
const spelling = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[yj]/gu, 'i')
    .replace(/(\p{L})\1+/gu, '$1');

const commonPrefix = (x: string, y: string): number => {
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n += 1;
  return n;
};

/**
 * Two surnames of one person told apart in their ending: a long common start (four letters, and
 * at least half the longer name), neither the other with an ending added, and not one spelling.
 */
function misspelt(x: string, y: string): boolean {
  if (x === y || spelling(x) === spelling(y)) return false;
  const shared = commonPrefix(x.toLowerCase(), y.toLowerCase());
  return shared >= 4 && shared * 2 >= Math.max(x.length, y.length) && shared < Math.min(x.length, y.length);
}

/** Each first name's surnames in the names given. */
function surnamesByFirst(names: readonly FullName[]): Map<string, Set<string>> {
  const byFirst = new Map<string, Set<string>>();
  for (const name of names) {
    const surnames = byFirst.get(name.first);
    if (surnames === undefined) byFirst.set(name.first, new Set([name.surname]));
    else surnames.add(name.surname);
  }
  return byFirst;
}

export function surnameConflicts(A: NameSide, B: NameSide): NameConflict[] {
  const [namesA, namesB] = [fullNames(A), fullNames(B)];
  // Whether a report writes a word, and how many surnames it gives a first name, read once
  // (word-indexes.ts): a long report gives hundreds of full names, each a candidate.
  const [writtenA, writtenB] = [new WrittenWords(A.text), new WrittenWords(B.text)];
  const [surnamesA, surnamesB] = [surnamesByFirst(namesA), surnamesByFirst(namesB)];
  const drafts: NameConflict[] = [];
  // B's names by first name, each surname where it is first written, in text order: a long report
  // gives hundreds of full names, most of them written again and again. Whether two names
  // conflict depends on the names alone, so each name of A is tried once, where it is first
  // written, against each of B's once (round 17s: every pair of mentions was a square), and the
  // first of B's names in text order that conflicts with it is taken, as the scan of every pair took it.
  const byFirst = new Map<string, Map<string, FullName>>();
  for (const b of namesB) {
    const surnames = byFirst.get(b.first);
    if (surnames === undefined) byFirst.set(b.first, new Map([[b.surname, b]]));
    else if (!surnames.has(b.surname)) surnames.set(b.surname, b);
  }
  const tried = new Set<string>();
  for (const a of namesA) {
    if (tried.has(`${a.first} ${a.surname}`)) continue;
    tried.add(`${a.first} ${a.surname}`);
    for (const b of byFirst.get(a.first)?.values() ?? []) {
      if (!misspelt(a.surname, b.surname)) continue;
      if (writtenB.writes(a.surname) || writtenA.writes(b.surname)) continue;
      if ((surnamesA.get(a.first)?.size ?? 0) > 1 || (surnamesB.get(b.first)?.size ?? 0) > 1) continue;
      const values: [string, string] = [`${a.first} ${a.surname}`, `${b.first} ${b.surname}`];
      drafts.push({ a: [charRange(a.start, a.end)], b: [charRange(b.start, b.end)], kind: 'name', subject: 'name', values, note: conflictNote('name', values), strength: 1 });
      break;
    }
  }
  return drafts;
}
