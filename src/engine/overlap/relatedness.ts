import type { ClauseAlignment } from './align.ts';
import type { Lexicon, Unit } from './units.ts';

/**
 * Story-level relatedness: what says two reports are about one event, beyond shared
 * vocabulary. Kept apart from the alignment loop so each signal is small and tested alone.
 */

/** Reports of one event are written within days of each other; weeks apart, they rarely are. */
export const SAME_STORY_DAYS = 14;

/** Days between two ISO dates (`2026-09-24`), or null when either is missing or unreadable. */
export function daysApart(a: string | null | undefined, b: string | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined) return null;
  const [ta, tb] = [Date.parse(a.slice(0, 10)), Date.parse(b.slice(0, 10))];
  if (Number.isNaN(ta) || Number.isNaN(tb)) return null;
  return Math.round(Math.abs(ta - tb) / 86_400_000);
}

/**
 * How many shared pins the reports need to be taken for one event: two, or three when they were
 * published more than two weeks apart (an anniversary piece, or another court's ruling on the
 * same kind of case, shares a court's name and a round figure with the first report).
 */
export function pinsNeeded(publishedA: string | null | undefined, publishedB: string | null | undefined): number {
  const apart = daysApart(publishedA, publishedB);
  return apart !== null && apart > SAME_STORY_DAYS ? 3 : 2;
}

/**
 * Whether a stretch of two reports of different events still holds what only one event has:
 * a name the dictionary does not know (a person, a town, a company), a precise figure (two
 * significant digits or more) or the same day. A country, an institution that many stories cite
 * (`International Energy Agency`, `WHO`) or a capitalised common word (`High Court`) is shared
 * by every story of its kind, so it does not tie two rulings by two courts to one event.
 */
export function holdsEventPin(alignment: ClauseAlignment, words: Lexicon): boolean {
  // Both sides are read, so that whether a pin holds does not depend on which report comes first.
  return alignment.matches.some((match) => {
    if (match.similarity !== 1) return false;
    const { a, b } = match;
    if (a.kind === 'date' || b.kind === 'date') return a.date?.precision === 'day' && b.date?.precision === 'day';
    // A figure pins only when both reports give it precisely (`1,200` / `some 1,000` does not).
    if (a.kind === 'quantity' || b.kind === 'quantity') {
      const ordinal = a.quantity?.unit === 'ordinal' || b.quantity?.unit === 'ordinal';
      return a.quantity !== null && b.quantity !== null && !ordinal && Math.min(a.baseWeight, b.baseWeight) > 1;
    }
    // A name on either side: one opening a sentence may be read as a word on the other
    // (`Quorvia Systems will …`), or matched as an alias.
    return [a, b].some((unit) => unit.kind === 'name' && !(unit.key.startsWith('lem:') && words.isKnownWord(unit.key.slice('lem:'.length))));
  });
}

/** A report's distinctive names and aliases, grouped by the run of adjacent name words each stands in. */
function nameRuns(units: readonly Unit[]): string[][] {
  const runs: string[][] = [];
  let last = -1;
  for (const unit of units) {
    if ((unit.kind !== 'name' && unit.kind !== 'alias') || unit.weight < 0.3) continue;
    const run = runs.at(-1);
    if (run !== undefined && unit.first === last) run.push(unit.key);
    else runs.push([unit.key]);
    last = unit.last;
  }
  return runs;
}

/**
 * The pins the names both reports give are worth: one name is one pin however many words it
 * has. Shared words that stand together in one name in each report (`Airbus A320neo`, `Antony
 * Blinken`) count once, at the most any of them is worth, so an aircraft type, a product or a
 * person's two names do not pin two reports to one event twice.
 */
export function sharedNamePins(unitsA: readonly Unit[], unitsB: readonly Unit[], words: Lexicon): number {
  // Where each of B's names stands: the runs it is part of.
  const runsOfB = new Map<string, Set<number>>();
  nameRuns(unitsB).forEach((run, index) => {
    for (const key of run) runsOfB.set(key, (runsOfB.get(key) ?? new Set()).add(index));
  });
  const togetherInB = (x: string, y: string): boolean => [...(runsOfB.get(x) ?? [])].some((index) => runsOfB.get(y)?.has(index) === true);
  const group = new Map<string, string>();
  const root = (key: string): string => {
    let at = key;
    for (let next = group.get(at); next !== undefined && next !== at; next = group.get(at)) at = next;
    return at;
  };
  for (const run of nameRuns(unitsA)) {
    const shared = run.filter((key) => runsOfB.has(key));
    for (const key of shared) if (!group.has(key)) group.set(key, key);
    for (const [i, x] of shared.entries()) for (const y of shared.slice(i + 1)) if (togetherInB(x, y) && root(x) !== root(y)) group.set(root(y), root(x));
  }
  const worth = new Map<string, number>();
  for (const key of group.keys()) worth.set(root(key), Math.max(worth.get(root(key)) ?? 0, pinValue(key, words)));
  return [...worth.values()].reduce((sum, value) => sum + value, 0);
}

/**
 * What a shared name says about sharing an event: a name the dictionary does not know (a
 * person, a town, a company) pins it; a country, a well-known place or a capitalised common
 * word (“Marathon”, “Court”, “Berlin”) is shared by many stories of its region or kind: half.
 */
function pinValue(key: string, words: Lexicon): number {
  if (key.startsWith('ali:country:')) return 0.5;
  if (key.startsWith('lem:') && words.isKnownWord(key.slice('lem:'.length))) return 0.5;
  return 1;
}
