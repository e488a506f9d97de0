import type { UnitMatch } from './align.ts';
import { isEntityUnit, type Unit } from './units.ts';

/** Names a stretch shares, and words that label them: what `measure` reads as saying nothing (split from align.ts). */

/**
 * How many different names or places a stretch shares, a run of adjacent name words on both
 * sides (`Michael Brandt`, word after word) being one. One repeated word beside one name is a title (“attorney
 * Michael Brandt”); beside two separate ones it relates them (`drafted by the United Kingdom and
 * France` / `draft put forward by France and the United Kingdom`): that says something,
 * unless the word is written right beside one of them, as a label (`Santana’s Fuerza Cívica party`).
 */
export function separateEntities(matches: readonly UnitMatch[]): number {
  const entities = matches.filter((match) => isEntityUnit(match.a) && isEntityUnit(match.b) && match.a.key === match.b.key).sort((x, y) => x.a.index - y.a.index);
  let runs = 0;
  let previous: UnitMatch | undefined;
  const keys = new Set<string>();
  for (const match of entities) {
    const continues = previous !== undefined && match.a.first === previous.a.last && (match.b.first === previous.b.last || match.b.last === previous.b.first);
    if (!continues && !keys.has(match.a.key)) runs += 1;
    keys.add(match.a.key);
    previous = match;
  }
  return runs;
}

/** A word written right beside a shared name (`Fuerza Cívica party`, `attorney Brandt`) labels it. */
export function labelsAName(word: UnitMatch | undefined, matches: readonly UnitMatch[]): boolean {
  if (word === undefined) return false;
  const beside = (unit: Unit, other: Unit): boolean => unit.first === other.last || unit.last === other.first;
  return matches.some((match) => isEntityUnit(match.a) && (beside(word.a, match.a) || beside(word.b, match.b)));
}
