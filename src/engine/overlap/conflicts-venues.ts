import { charRange, type CharRange } from '../text/ranges.ts';
import type { Clause } from './clauses.ts';
import { quotedAt } from './conflicts-places.ts';
import { conflictNote, type Conflict } from './types.ts';

/**
 * Where a study was published (`published in the journal Nature Astronomy` / `published
 * Wednesday in the journal Nature`): one study appears in one journal, so two reports that name
 * different journals contradict each other. Decision 004, round 11c.
 *
 * Each report must name one journal only (a report that names two tells of two studies), and the
 * names must differ whole: `Nature` and `Nature Astronomy` are two journals, `the Lancet` and
 * `The Lancet` one.
 */

export interface VenueSide {
  text: string;
  clauses: readonly Clause[];
}

type VenueConflict = Omit<Conflict, 'id'> & { strength: number };

/** A title: capitalised words, joined by `of`, `and`, `for` (`Proceedings of the National Academy of Sciences`). */
const TITLE = String.raw`\p{Lu}[\p{L}’'&-]*(?:[ \t]+(?:(?:of|and|for)[ \t]+(?:the[ \t]+)?)?\p{Lu}[\p{L}’'&-]*)*`;
const VENUE = new RegExp(String.raw`\b(?:journal|published\s+(?:\p{Ll}+\s+){0,2}in)\s+(?:the\s+)?(${TITLE})`, 'gu');
/** `published in the U.S. medical journal JAMA Pediatrics`: the journal is named after. */
const JOURNAL_AFTER = /^[\p{L}.\s]{0,30}\bjournal\b/u;

interface Venue {
  name: string;
  span: CharRange;
}

function venues(side: VenueSide): Venue[] {
  const found: Venue[] = [];
  for (const match of side.text.matchAll(VENUE)) {
    const name = match[1];
    if (name === undefined || quotedAt(side.clauses, match.index)) continue;
    const end = match.index + match[0].length;
    if (JOURNAL_AFTER.test(side.text.slice(end, end + 40))) continue;
    // A weekday or month after `published in` dates the study, it does not place it.
    if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December|\p{Lu}\p{Ll}+day)$/u.test(name)) continue;
    found.push({ name: name.replace(/^The\s+/u, ''), span: charRange(end - name.length, end) });
  }
  return found;
}

export function venueConflicts(A: VenueSide, B: VenueSide): VenueConflict[] {
  const one = (list: readonly Venue[]): Venue | null => {
    const [first] = list;
    return first !== undefined && list.every((venue) => venue.name.toLowerCase() === first.name.toLowerCase()) ? first : null;
  };
  const [a, b] = [one(venues(A)), one(venues(B))];
  if (a === null || b === null || a.name.toLowerCase() === b.name.toLowerCase()) return [];
  const values: [string, string] = [a.name, b.name];
  return [{ a: [a.span], b: [b.span], kind: 'name', subject: 'journal', values, note: conflictNote('journal', values), strength: 1 }];
}
