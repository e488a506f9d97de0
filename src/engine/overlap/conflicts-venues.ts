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
 * `The Lancet` one. Likewise a ship's flag (round 17w, `flagConflicts`): one ship flies one flag.
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

/**
 * A vessel's flag (`the Marshall Islands-registered bulk carrier Nordic Tern` / `The
 * Liberian-flagged bulk carrier Nordic Tern`): one ship flies one flag, so two reports that flag
 * the ship they both name differently contradict each other. The flag is read before
 * `-flagged`/`-registered`, the ship's name after up to three lower-case words (`bulk carrier`).
 */
const FLAGGED = /(?<![\p{L}-])((?:(?!The\s)\p{Lu}[\p{L}]*\s+)?\p{Lu}[\p{L}]*-(?:flagged|registered))\s+(?:[\p{Ll}-]+\s+){0,3}((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)/gu;

interface Flag {
  flag: string;
  ship: string;
  span: CharRange;
}

function flags(side: VenueSide): Flag[] {
  const found: Flag[] = [];
  for (const match of side.text.matchAll(FLAGGED)) {
    const [, flagged, ship] = match;
    if (flagged === undefined || ship === undefined || quotedAt(side.clauses, match.index)) continue;
    found.push({ flag: flagged.replace(/-\p{Ll}+$/u, ''), ship: ship.toLowerCase(), span: charRange(match.index, match.index + flagged.length) });
  }
  return found;
}

/** One country written as its name or its adjective (`Liberia`, `Liberian`; `Malta`, `Maltese`): a long common start. */
function oneFlag(x: string, y: string): boolean {
  const [a, b] = [x.toLowerCase(), y.toLowerCase()];
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
  return shared >= 4 && shared >= Math.min(a.length, b.length) - 2;
}

/** Flags the two reports give one ship, each report one flag to it. */
function flagConflicts(A: VenueSide, B: VenueSide): VenueConflict[] {
  const [flagsA, flagsB] = [flags(A), flags(B)];
  const drafts: VenueConflict[] = [];
  for (const a of flagsA) {
    const b = flagsB.find((other) => other.ship === a.ship);
    if (b === undefined || oneFlag(a.flag, b.flag)) continue;
    if (flagsA.some((other) => other.ship === a.ship && !oneFlag(other.flag, a.flag)) || flagsB.some((other) => other.ship === a.ship && !oneFlag(other.flag, b.flag))) continue;
    if (drafts.some((draft) => draft.values[0] === A.text.slice(a.span.start, a.span.end))) continue;
    const values: [string, string] = [A.text.slice(a.span.start, a.span.end), B.text.slice(b.span.start, b.span.end)];
    drafts.push({ a: [a.span], b: [b.span], kind: 'name', subject: 'flag', values, note: conflictNote('flag', values), strength: 1 });
  }
  return drafts;
}

export function venueConflicts(A: VenueSide, B: VenueSide): VenueConflict[] {
  return [...journalConflicts(A, B), ...flagConflicts(A, B)];
}

function journalConflicts(A: VenueSide, B: VenueSide): VenueConflict[] {
  const one = (list: readonly Venue[]): Venue | null => {
    const [first] = list;
    return first !== undefined && list.every((venue) => venue.name.toLowerCase() === first.name.toLowerCase()) ? first : null;
  };
  const [a, b] = [one(venues(A)), one(venues(B))];
  if (a === null || b === null || a.name.toLowerCase() === b.name.toLowerCase()) return [];
  const values: [string, string] = [a.name, b.name];
  return [{ a: [a.span], b: [b.span], kind: 'name', subject: 'journal', values, note: conflictNote('journal', values), strength: 1 }];
}
