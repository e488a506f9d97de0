import { isContent, measure, type ClauseAlignment, type UnitMatch } from './align.ts';
import { isEntityUnit, type Unit } from './units.ts';

/** Stretches of one sentence pair taken together, or read clause by clause (split from align.ts). */

/**
 * The weak stretches of one sentence pair that lie in one clause on each side, taken together.
 * The window keeps the tightest stretch, so two matches a few words apart, or in another order
 * (`wells were found` / `tests found a solvent … in local wells`), come out as two stretches that
 * each say too little; within one clause on both sides they are one statement. Null when fewer
 * than two stretches meet in one pair of clauses.
 */
/** Fewer words in common than this, scattered over a clause, are a coincidence. */
const MIN_JOINED_MATCHES = 3;

/** The very same word of what is done or said (no synonym, name, figure, date or attribution). */
const saysSomething = (match: UnitMatch): boolean => match.similarity === 1 && isContent(match) && !isEntityUnit(match.a) && !isEntityUnit(match.b) && match.a.quantity === null && !match.a.attribution && !match.b.attribution;

const clauseOfA = (match: UnitMatch): number => match.a.clause;
const clauseOfB = (match: UnitMatch): number => match.b.clause;

export function joinWithinClauses(alignments: readonly ClauseAlignment[], unitsA: readonly Unit[], unitsB: readonly Unit[]): ClauseAlignment | null {
  const first = alignments[0];
  if (first === undefined || alignments.length < 2) return null;
  const byClauses = new Map<string, { parts: number; matches: UnitMatch[] }>();
  for (const alignment of alignments) {
    const clausesA = new Set(alignment.matches.map(clauseOfA));
    const clausesB = new Set(alignment.matches.map(clauseOfB));
    if (clausesA.size !== 1 || clausesB.size !== 1 || !alignment.matches.every(saysSomething)) continue;
    const key = `${[...clausesA][0]}:${[...clausesB][0]}`;
    const group = byClauses.get(key) ?? { parts: 0, matches: [] };
    group.parts += 1;
    group.matches.push(...alignment.matches);
    byClauses.set(key, group);
  }
  let best: UnitMatch[] | null = null;
  let bestValue = 0;
  for (const group of byClauses.values()) {
    const value = group.matches.reduce((sum, match) => sum + match.value, 0);
    if (group.parts >= 2 && group.matches.length >= MIN_JOINED_MATCHES && value > bestValue) [best, bestValue] = [group.matches, value];
  }
  if (best === null) return null;
  return measure(first.regionA, first.regionB, [...best].sort((x, y) => x.a.start - y.a.start), unitsA, unitsB);
}

/**
 * A stretch that runs over more than one clause on either side, read clause by clause: the
 * matches of each pair of clauses (one on each side) that holds two or more of them, measured
 * alone (`inspectors found lead in the old town` / `Inspectors found lead in the pipes of the
 * old town`, out of a stretch that runs on into `the company must replace them by 2027`). Empty
 * when the stretch lies in one clause on each side. Drafts for the learned gate (round 9b): a
 * gold fact is often one clause, and a highlight twice its length misses it.
 */
export function clauseParts(alignment: ClauseAlignment, unitsA: readonly Unit[], unitsB: readonly Unit[]): ClauseAlignment[] {
  const groups = new Map<string, UnitMatch[]>();
  for (const match of alignment.matches) {
    const key = `${match.a.clause}:${match.b.clause}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [match]);
    else group.push(match);
  }
  if (groups.size < 2) return [];
  const parts: ClauseAlignment[] = [];
  for (const matches of groups.values()) {
    if (matches.length < 2) continue;
    const part = measure(alignment.regionA, alignment.regionB, matches, unitsA, unitsB);
    // What the rest of the stretch shares is shared beside the part.
    if (alignment.besides !== undefined) part.besides = alignment.besides + alignment.strength - part.strength;
    parts.push(part);
  }
  return parts;
}
