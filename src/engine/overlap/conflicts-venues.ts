import { charRange, type CharRange } from '../text/ranges.ts';
import { anchoredMatches } from './anchored-matches.ts';
import type { Clause } from './clauses.ts';
import { matchAlias } from '../lexicon/index.ts';
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
 * the ship they both name differently contradict each other. The flag is the country the lexicon
 * reads in the words right before `-flagged`/`-registered` (`Marshall Islands`, not `A Panama` nor
 * `Its Liberian`), compared by its key: `Liberia` and `Liberian`, `Dutch` and `Netherlands` are one
 * flag. The ship's name comes after up to three lower-case words (`bulk carrier`).
 */
const FLAGGED = /(?<![\p{L}-])(((?:[\p{L}.’']+[ \t]+){0,3}[\p{L}.’']+)-(?:flagged|registered))\s+(?:[\p{Ll}-]+\s+){0,3}((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)/guy;
/** Every match starts at most four words before `-flagged` or `-registered` (`anchoredMatches`). */
const FLAG_ANCHOR = /-(?:flagged|registered)/g;
const FLAG_RUN = { word: /^[\p{L}.’']$/u, gap: /^[ \t]$/u, words: 4 };

interface Flag {
  /** The country's key (`country:LR`). */
  flag: string;
  ship: string;
  span: CharRange;
}

/**
 * Where the country named by the last of the words starts (`by the Marshall Islands`: at
 * `Marshall`), with its key: the longest alias the lexicon knows that ends with the words and
 * starts with a capital, as a name does; null when none does (`A Panama`: `Panama`).
 */
function countryEnding(words: readonly RegExpMatchArray[]): { key: string; at: number } | null {
  const lower = words.map((word) => word[0].toLowerCase());
  for (const [first, word] of words.entries()) {
    if (!/^\p{Lu}/u.test(word[0])) continue;
    const alias = matchAlias(lower, first);
    if (alias !== null && first + alias.length === words.length && alias.key.startsWith('country:')) return { key: alias.key, at: word.index ?? 0 };
  }
  return null;
}

function flags(side: VenueSide): Flag[] {
  const found: Flag[] = [];
  for (const match of anchoredMatches(side.text, FLAGGED, FLAG_ANCHOR, FLAG_RUN)) {
    const [, flagged, before, ship] = match;
    if (flagged === undefined || before === undefined || ship === undefined || quotedAt(side.clauses, match.index)) continue;
    const country = countryEnding([...before.matchAll(/[\p{L}.’']+/gu)]);
    if (country === null) continue;
    found.push({ flag: country.key, ship: ship.toLowerCase(), span: charRange(match.index + country.at, match.index + flagged.length) });
  }
  return found;
}

/** Flags the two reports give one ship, each report one flag to it. */
function flagConflicts(A: VenueSide, B: VenueSide): VenueConflict[] {
  const [flagsA, flagsB] = [flags(A), flags(B)];
  const drafts: VenueConflict[] = [];
  for (const a of flagsA) {
    const b = flagsB.find((other) => other.ship === a.ship);
    if (b === undefined || a.flag === b.flag) continue;
    if (flagsA.some((other) => other.ship === a.ship && other.flag !== a.flag) || flagsB.some((other) => other.ship === a.ship && other.flag !== b.flag)) continue;
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
