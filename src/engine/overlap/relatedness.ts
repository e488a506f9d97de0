import type { ClauseAlignment } from './align.ts';
import type { Lexicon } from './units.ts';

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
