/**
 * What stands around a figure or a date in its clause (split from conflicts-figures.ts, round
 * 20d): the words beside it, the words two share, whose it is by the names written before it, and
 * how much two clauses share besides: the evidence that two values are of one fact.
 */
import { alignRegions, type ClauseAlignment } from './align.ts';
import { unitSimilarity } from './align-similarity.ts';
import { GOVERNED, nameLike } from './conflicts-common.ts';
import { SAYS_AFTER } from './conflicts-pairing-figures.ts';
import type { Unit } from './units.ts';

/** How much two clauses share apart from the units under test: the “same fact” evidence. */
export function contextStrength(regionA: number, unitsA: readonly Unit[], regionB: number, unitsB: readonly Unit[], skip: (unit: Unit) => boolean): ClauseAlignment | null {
  const [best] = alignRegions(regionA, unitsA.filter((unit) => !skip(unit)), regionB, unitsB.filter((unit) => !skip(unit)));
  return best ?? null;
}

/**
 * Whose figure it is, as far as names tell: the names its sentence writes before it as a
 * subject, outside attributions and quotations (`The Reds, led by Ana Ruiz, took 31 seats` →
 * the Reds; Ruiz stands after `by`). See `ofDifferentNames`.
 */
export function namedBefore(text: string, units: readonly Unit[], unit: Unit): Set<string> {
  const names = new Set<string>();
  let subject = false;
  units.forEach((other, i) => {
    if (other.index >= unit.index || !nameLike(other) || other.attribution || other.quoted) return;
    // A run of names is a subject unless a preposition or a bracket governs it (`published in
    // Nature Geoscience`, `led by the Instituto Andino (IAG)`): then it is where, or by whom.
    const before = units[i - 1];
    // An acronym in brackets after a name (`Latvian Centre Alliance (LCA)`) is that name again.
    const runs = before !== undefined && nameLike(before) && (before.last === other.first || /^\s*\(\s*$/u.test(text.slice(before.end, other.start)));
    if (!runs) subject = !GOVERNED.test(text.slice(Math.max(0, other.start - 24), other.start));
    if (subject) names.add(other.key);
    // A run of names the verb of saying follows (`Sheriff Tom Bell said 29 people were hurt`,
    // `The agency (VEA) said`) is the figure's source, not whose figure it is.
    const next = units[i + 1];
    const runGoesOn = next !== undefined && nameLike(next) && (other.last === next.first || /^\s*\(\s*$/u.test(text.slice(other.end, next.start)));
    if (!runGoesOn && SAYS_AFTER.test(text.slice(other.end, other.end + 40))) {
      for (let j = i; j >= 0; j -= 1) {
        const name = units[j];
        if (name === undefined || !nameLike(name)) break;
        names.delete(name.key);
      }
    }
  });
  return names;
}
/**
 * Figures of different named subjects (`The Blues slumped to 16 seats` / `The Reds won 32
 * seats`): their sentences name no subject in common before them, and each report names the
 * other's subject somewhere (it knows both, and gives the figure to another). A name only one
 * report writes (the lab one report credits) says nothing of whose the figure is.
 */
export function ofDifferentNames(x: ReadonlySet<string>, y: ReadonlySet<string>, namesA: ReadonlySet<string>, namesB: ReadonlySet<string>): boolean {
  if (x.size === 0 || y.size === 0 || [...x].some((key) => y.has(key))) return false;
  return [...x].some((key) => namesB.has(key)) && [...y].some((key) => namesA.has(key));
}

/** The units around a figure, in its clause: what it is a figure of (“killing 23 people”). */
export function neighbours(units: readonly Unit[], unit: Unit, reach = 3): Unit[] {
  const at = units.indexOf(unit);
  // The reach counts words that say something: “41 people in 12 states had fallen ill” reaches `ill`.
  // A word another figure counts (`10 men`, `12 states`) belongs to that figure, not to this one.
  // Unless this figure counts it too: in `31 of the 100 seats`, 31 counts seats as well.
  const countedByOther = (i: number): boolean => {
    const before = units[i - 1];
    const noun = units[i]?.key.slice(4);
    return before !== undefined && before !== unit && before.quantity?.noun != null && before.quantity.noun === noun && unit.quantity?.noun !== noun;
  };
  const says = (other: Unit | undefined, i: number): other is Unit => other !== undefined && other.quantity === null && other.date === null && other.baseWeight >= 0.5 && !countedByOther(i);
  const found: Unit[] = [];
  for (const step of [-1, 1]) {
    let taken = 0;
    for (let i = at + step; i >= 0 && i < units.length && taken < reach && units[i]?.clause === unit.clause; i += step) {
      const other = units[i];
      if (!says(other, i)) continue;
      found.push(other);
      taken += 1;
    }
  }
  return found.sort((x, y) => x.index - y.index);
}

/**
 * Two figures are of the same thing when words beside one match words beside the other: the
 * counted noun, the verb, the subject. The matches, one to one, in the first figure's order;
 * the first names what they are figures of.
 */
export function sharedNeighbours(a: Unit, unitsA: readonly Unit[], b: Unit, unitsB: readonly Unit[]): Unit[] {
  const near = neighbours(unitsB, b);
  const used = new Set<Unit>();
  const shared: Unit[] = [];
  for (const x of neighbours(unitsA, a)) {
    const y = near.find((other) => !used.has(other) && unitSimilarity(x, other) > 0);
    if (y === undefined) continue;
    used.add(y);
    shared.push(x);
  }
  return shared;
}
