import { charRange, endedBy, type CharRange } from '../text/ranges.ts';
import { clauseAt, type Clause } from './clauses.ts';
import { ORDINALS } from './quantities-lexicon.ts';
import { conflictNote, type Conflict } from './types.ts';
import type { Unit } from './units.ts';

/**
 * Finishing places (`Aerts was second`, `New Slovenia (NSi) came third`, `The Social Democrats,
 * in third place`, `runner-up Tom Bell`): a place is held by one competitor in an event, so two
 * reports that give one place to different competitors, or one competitor different places,
 * contradict each other. Decision 004, round 9c.
 */

export interface PlaceSide {
  text: string;
  /** The report's publication day (`YYYY-MM-DD`). */
  publishedAt: string;
  clauses: readonly Clause[];
  units: readonly Unit[];
}

type PlaceConflict = Omit<Conflict, 'id'> & { strength: number };

const PLACE_WORD = /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|[4-9]th|10th|runners?[-\s]up|silver|bronze)\b/giu;
/** A medal is a place (`Bellandi took silver`, `Bellandi, who took bronze`): round 11c. */
const MEDALS: ReadonlyMap<string, number> = new Map([['silver', 2], ['bronze', 3]]);
/** What joins a medallist to the medal: a verb of winning, also in a relative clause of the same race. */
const NAME_THEN_MEDAL = /^(?:\s*,\s+who)?\s+(?:took|takes|taking|won|wins|winning|claimed|claims|claiming|collected|grabbed|earned)\s+(?:the\s+)?$/iu;
/** A relative clause of place (`Singapore, where Holmqvist won silver`) tells another event. */
const WHERE_BEFORE = /\bwhere\s+$/iu;
/**
 * What joins a competitor to the place after it: a verb of finishing (`was`, `finished`, `came`,
 * `took`, `placed`, `ended`), or an apposition (`The Social Democrats (SD), in third place`), an
 * acronym in brackets allowed after the name. Nothing else: `Aerts, who was also second at …`
 * tells another race, `ranked sixth` a standing, `said the second …` something else.
 */
const NAME_THEN_PLACE =
  /^(?:\s*\([^()]{1,16}\)|\))?(?:\s*,\s+(?:in\s+)?|\s+(?:was|were|is|are|finished|finishes|came|comes|took|takes|placed|ended|ended\s+up|came\s+in|finished\s+in|ended\s+in)\s+(?:(?:a\s+)?(?:distant|close|narrow|surprise)\s+)?(?:in\s+)?)(?:the\s+)?$/iu;
/** `runner-up Tom Bell`, `the runner-up, Tom Bell,`: the holder after the place. */
const PLACE_THEN_NAME = /^,?\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;
/**
 * A place is a finish when the clause goes on with what it was worth or who was ahead (`third
 * with 10.4%`, `second, 0.4 seconds behind`) or ends: not `second half`, `third time`,
 * `second-largest`.
 */
const FINISH_AFTER = /^(?:\s+(?:place|position|spot))?(?:\s*(?:[,.;:)–—]|$)|\s+(?:with|behind|ahead|on|and|while|as|after|at|in)\b)/u;
/**
 * A place of part of an event or a standing (`second on the stage`, `third overall`, `sixth in
 * the world`, `second in the polls`), or of an earlier one (`second last year`, `in 2019`):
 * not the finish both reports tell.
 */
const QUALIFIED = /\b(?:stage|overall|standings?|classification|qualifying|heat|semi-?finals?|round|leg|group|table|league|world|rankings?|polls?|survey|last\s+(?:year|season|time)|a\s+year\s+(?:ago|earlier)|previous(?:ly)?|before|(?:19|20)\d\d)\b/iu;

/** A `with` clause that places a competitor (`Hellenic Bridges came second, with Anatolia Yapı third`). */
const WITH_BEFORE = /(?:^|[\s,])with\s+$/u;
/** A place given to its holder after it (`Second place in the tender went to …`, `third place goes to …`). */
const PLACE_GIVEN_TO = /^\s+place(?:\s+(?:in|of)\s+the\s+[\p{Ll}-]+)?\s+(?:went|goes|has\s+gone)\s+to\b/u;
/** What may stand between `went to` and the holder: lower-case words (`a consortium led by`) and a possessive (`Turkey's`). */
const LEADS_TO_HOLDER = /^(?:\s+(?:[\p{Ll}-]+|\p{Lu}[\p{L}-]*['’]s)){0,5}\s+$/u;

const GOVERNED = /\b(?:of|for|by|with|from|to|at|in|against|over|beat|behind|than)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

const BRACKETED_AFTER_NAME = /(?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}'’-]*\s*\(\s*$/u;

interface PlaceMention {
  place: number;
  /** The holder's name keys (its run of name units), the last one its surname. */
  holder: readonly string[];
  span: CharRange;
}

/** Whether a character offset lies in a quoted clause (clauses are in text order). */
export const quotedAt = (clauses: readonly Clause[], offset: number): boolean => clauseAt(clauses, offset)?.quoted === true;

const nameLike = (unit: Unit): boolean => unit.kind === 'name' || unit.key.startsWith('ali:text:');

/** The run of adjacent name units that ends with units[at] (or starts with it, `fromStart`). */
function nameRun(units: readonly Unit[], at: number, fromStart: boolean): Unit[] {
  const run: Unit[] = [];
  for (let i = at; i >= 0 && i < units.length; i += fromStart ? 1 : -1) {
    const unit = units[i];
    const next = run.at(-1);
    if (unit === undefined || !nameLike(unit) || unit.quoted) break;
    if (next !== undefined && (fromStart ? next.last !== unit.first : unit.last !== next.first)) break;
    run.push(unit);
  }
  return fromStart ? run : run.reverse();
}

/** The index of the last unit that ends at or before `offset` (units are in text order). */
function lastBefore(units: readonly Unit[], offset: number): number {
  return endedBy(units, offset) - 1;
}

function placeMentions(side: PlaceSide): PlaceMention[] {
  const { text, units } = side;
  const mentions: PlaceMention[] = [];
  for (const match of text.matchAll(PLACE_WORD)) {
    const [word] = match;
    const [start, end] = [match.index, match.index + word.length];
    // A spelled place reads from the lexicon's ordinals; `2nd` … `10th` are their digits.
    const medal = MEDALS.get(word.toLowerCase());
    const place = /^runner/iu.test(word) ? 2 : (medal ?? ORDINALS.get(word.toLowerCase()) ?? Number.parseInt(word, 10));
    if (quotedAt(side.clauses, start)) continue;
    const rest = text.slice(end, end + 80).split(/[.;]\s/u)[0] ?? '';
    if (!FINISH_AFTER.test(text.slice(end, end + 24)) || QUALIFIED.test(rest)) continue;
    // The holder before the place (`Aerts was second`), or after `runner-up` (`runner-up Tom Bell`).
    // The verb between is a unit too (`came`): the holder is the last name before the place; what
    // stands between them is then read as text.
    let at = lastBefore(units, start);
    while (at >= 0 && units[at] !== undefined && !nameLike(units[at] as Unit) && (units[at]?.end ?? 0) > start - 40) at -= 1;
    const before = at >= 0 ? nameRun(units, at, false) : [];
    const [first, last] = [before[0], before.at(-1)];
    const lead = first === undefined ? '' : (text.slice(Math.max(0, first.start - 40), first.start).split(/[.;]\s/u).at(-1) ?? '');
    // `…, with Anatolia Yapı third`: a place written right after its holder, in a `with` clause.
    const absolute = medal === undefined && WITH_BEFORE.test(lead) && last !== undefined && /^\s+$/u.test(text.slice(last.end, start));
    if (first !== undefined && last !== undefined && (absolute || (medal === undefined ? NAME_THEN_PLACE : NAME_THEN_MEDAL).test(text.slice(last.end, start)))) {
      // A name a preposition governs is not the one placed (`Freedom Movement of Prime Minister Robert Golob came second`).
      // A relative clause gives its own subject the medal (`ahead of Italy's Chiara Bellandi, who took bronze`).
      const relative = medal !== undefined && /^\s*,\s+who\b/u.test(text.slice(last.end, start));
      if (QUALIFIED.test(lead) || (GOVERNED.test(lead) && !relative && !absolute) || WHERE_BEFORE.test(lead)) continue;
      // An acronym in brackets is marked with the name it stands for (`New Slovenia (NSi) came third`).
      const named = BRACKETED_AFTER_NAME.exec(text.slice(Math.max(0, first.start - 60), first.start));
      mentions.push({ place, holder: before.map((unit) => unit.key), span: charRange(named === null ? first.start : first.start - named[0].length, end) });
      continue;
    }
    // `Second place in the tender went to a consortium led by Turkey's Anatolia Yapı`: the holder after the place.
    const given = medal === undefined ? PLACE_GIVEN_TO.exec(text.slice(end, end + 80)) : null;
    if (given !== null) {
      const from = end + given[0].length;
      let next = lastBefore(units, from) + 1;
      while (units[next] !== undefined && !nameLike(units[next] as Unit) && (units[next]?.start ?? 0) < from + 60) next += 1;
      const after = nameRun(units, next, true);
      const [head, tail] = [after[0], after.at(-1)];
      if (head !== undefined && tail !== undefined && LEADS_TO_HOLDER.test(text.slice(from, head.start))) mentions.push({ place, holder: after.map((unit) => unit.key), span: charRange(start, tail.end) });
      continue;
    }
    if (place !== 2 || !/^runner/iu.test(word)) continue;
    const after = nameRun(units, lastBefore(units, start) + 1, true);
    const [head, tail] = [after[0], after.at(-1)];
    if (head === undefined || tail === undefined || after.length < 2 || !PLACE_THEN_NAME.test(text.slice(end, head.start))) continue;
    mentions.push({ place, holder: after.map((unit) => unit.key), span: charRange(start, tail.end) });
  }
  return mentions;
}

const samePerson = (x: readonly string[], y: readonly string[]): boolean => x.at(-1) === y.at(-1) || x.some((key) => y.includes(key));

/**
 * Places the two reports give differently: a place each gives to one competitor only, a
 * different one in each (`Aerts was third` / `Hugo Lemaire took third`), or one competitor each
 * places once, at different places. Both reports name both competitors somewhere (they tell one
 * field; a report that names only its own holder may tell another race), and no report gives
 * one place or one competitor twice (two races, or a correction it tells itself).
 */
export function placeConflicts(A: PlaceSide, B: PlaceSide): PlaceConflict[] {
  const [placesA, placesB] = [placeMentions(A), placeMentions(B)];
  if (placesA.length === 0 || placesB.length === 0) return [];
  const names = (side: PlaceSide): Set<string> => new Set(side.units.filter(nameLike).map((unit) => unit.key));
  const [namesA, namesB] = [names(A), names(B)];
  const knows = (known: ReadonlySet<string>, holder: readonly string[]): boolean => holder.some((key) => known.has(key));
  const single = (mentions: readonly PlaceMention[], mention: PlaceMention): boolean =>
    mentions.every((other) => other === mention || (other.place !== mention.place && !samePerson(other.holder, mention.holder)));
  const drafts: PlaceConflict[] = [];
  for (const a of placesA) {
    if (!single(placesA, a) || !knows(namesB, a.holder)) continue;
    for (const b of placesB) {
      if (!single(placesB, b) || !knows(namesA, b.holder)) continue;
      const holders = samePerson(a.holder, b.holder);
      if ((a.place === b.place) === holders) continue;
      const values: [string, string] = [A.text.slice(a.span.start, a.span.end), B.text.slice(b.span.start, b.span.end)];
      drafts.push({ a: [a.span], b: [b.span], kind: 'name', subject: 'place', values, note: conflictNote('place', values), strength: 1 });
    }
  }
  return drafts;
}
