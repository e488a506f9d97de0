import { charRange } from '../text/ranges.ts';
import { type ClauseAlignment } from './align.ts';
import { unitSimilarity } from './align-similarity.ts';
import { datesOverlap, type DateMention } from './dates.ts';
import { figuresOfAnEarlierEvent, withinFloor } from './measures.ts';
import { PLACE_BEFORE } from './conflicts-people.ts';
import { PERSON_NOUNS } from './conflicts-person-nouns.ts';
import { nameSlotPairs, slotPairs, type NameRun, type NameSlotPair } from './conflicts-slots.ts';
import { draftOf, type ConflictDraft, type Side } from './conflicts-common.ts';
import { NamesInRole } from './word-indexes.ts';
import { plainWords, plainWordsOf } from './plain-words.ts';
import { quantitiesAgree } from './quantities.ts';
import { conflictNote } from './types.ts';
import type { Lexicon, Unit } from './units.ts';
import { convertedOnOneSide, isPartitive, inOtherRoles, nounsAgreeAround, nounsRelated, plausiblyOneFigure, sameFamily, type Known } from './conflicts-figures.ts';
import { namedBefore, neighbours, ofDifferentNames } from './conflicts-neighbours.ts';
import { comparableDates, countedFrom, datesOfDifferentActions, inAnotherZone, inRelativeAside, sinceTime, tense, writtenAlike } from './conflicts-dates.ts';
import { toldAsADate } from './conflicts-periods.ts';
import { plannedAndPutOff } from './dates-plans.ts';

/** Two sentences that tell the same thing (compare.ts, `stronglyAlignedPairs`), with their stretches. */
export interface StrongPair {
  regionA: number;
  regionB: number;
  stretches: readonly ClauseAlignment[];
}
/** The least a stretch shares for its one differing slot to be read: a fact's strength. */
const SLOT_STRENGTH = 1.6;
/**
 * Values that fill the same slot of two sentences telling the same thing (conflicts-slots.ts),
 * where no detector spoke: the alignment is the evidence that they are one value told twice, so
 * no word need stand beside both and the sentences need share no more than the stretch. The
 * role readers the detectors use still keep apart what cannot be one value (an earlier event's
 * figure, a part of a group, a lead time, an aside, a quotation, another zone's day).
 */
export function slotConflicts(stretches: readonly ClauseAlignment[], strongPairs: readonly StrongPair[], A: Side, B: Side, { agreed, names }: Known, lexicon: Lexicon): ConflictDraft[] {
  const comparable = (a: Unit, b: Unit): boolean => {
    if (a.date !== null && b.date !== null) return comparableDates(a.date, b.date) && toldAsADate(a.date) && toldAsADate(b.date);
    const [x, y] = [a.quantity, b.quantity];
    if (x === null || y === null) return false;
    if (x.unit === 'clock' || y.unit === 'clock') return x.unit === y.unit && (x.noun ?? null) === (y.noun ?? null);
    return sameFamily(x, y) && plausiblyOneFigure(x, y);
  };
  // A report that gives the other's date anywhere (outside quotations) agrees with it.
  const datedIn = (date: DateMention, side: Side): boolean => side.units.some((unit) => unit.date !== null && !unit.quoted && unit.date.precision === date.precision && datesOverlap(unit.date, date));
  const judge = (a: Unit, b: Unit, unitsA: readonly Unit[], unitsB: readonly Unit[], strength: number): ConflictDraft | null => {
    if (a.quoted || b.quoted || writtenAlike(a, A, b, B)) return null;
    // Values of different named subjects (`Holmqvist was fourth at halfway` / `Harcourt was fifth at halfway`).
    if (ofDifferentNames(namedBefore(A.text, unitsA, a), namedBefore(B.text, unitsB, b), names.a, names.b)) return null;
    if (a.date !== null && b.date !== null) {
      if (datesOverlap(a.date, b.date) || datedIn(a.date, B) || datedIn(b.date, A)) return null;
      if (inAnotherZone(A.text, a) || inAnotherZone(B.text, b) || countedFrom(A.text, a) !== countedFrom(B.text, b) || inRelativeAside(A.text, a) !== inRelativeAside(B.text, b)) return null;
      if (tense(a.date, A.publishedAt) * tense(b.date, B.publishedAt) < 0 || plannedAndPutOff(A.text, a) !== plannedAndPutOff(B.text, b)) return null;
      if (datesOfDifferentActions(a, unitsA, b, unitsB)) return null;
      return draftOf('date', 'date', a, b, A, B, strength);
    }
    const [x, y] = [a.quantity, b.quantity];
    if (x === null || y === null || agreed.has(a) || agreed.has(b) || quantitiesAgree(x, y) || !nounsRelated(x, y, lexicon) || !nounsAgreeAround(a, unitsA, b, unitsB, lexicon)) return null;
    if (isPartitive(A.text, x) || isPartitive(B.text, y) || inOtherRoles(A.text, x, B.text, y)) return null;
    if (convertedOnOneSide(A.text, unitsA, a, B.text, unitsB, b)) return null;
    if (figuresOfAnEarlierEvent(A.text, unitsA, A.publishedAt).has(a) !== figuresOfAnEarlierEvent(B.text, unitsB, B.publishedAt).has(b)) return null;
    if (x.unit === 'count' && withinFloor(x, y)) return null;
    if (x.unit === 'clock') return draftOf('date', 'time', a, b, A, B, strength);
    return draftOf('number', x.noun ?? y.noun ?? 'figure', a, b, A, B, strength);
  };
  const drafts: ConflictDraft[] = [];
  for (const stretch of stretches) {
    const [unitsA, unitsB] = [A.unitsBySentence[stretch.regionA] ?? [], B.unitsBySentence[stretch.regionB] ?? []];
    for (const { a, b, strength } of slotPairs(stretch, unitsA, unitsB, SLOT_STRENGTH, comparable)) {
      const draft = judge(a, b, unitsA, unitsB, strength);
      if (draft !== null) drafts.push(draft);
    }
  }
  // The one local time of day each report gives, outside quotations, is the event's (as the one
  // length of time each gives is, `onlyDuration`): two that cannot be one conflict wherever they
  // stand. A report that gives two times tells a sequence, and keeps to the detectors.
  const localTimes = (side: Side): Unit[] => side.units.filter((unit) => unit.quantity?.unit === 'clock' && unit.quantity.noun === null && !unit.quoted && !sinceTime(side.text, unit));
  const [timesA, timesB] = [localTimes(A), localTimes(B)];
  const [onlyA, onlyB] = [timesA[0], timesB[0]];
  if (timesA.length === 1 && timesB.length === 1 && onlyA !== undefined && onlyB !== undefined) {
    const [unitsA, unitsB] = [A.unitsBySentence[onlyA.sentence] ?? [], B.unitsBySentence[onlyB.sentence] ?? []];
    // The times stand by one word, or its synonym, on both sides (`open to traffic at 4pm` /
    // `Traffic will be allowed through from 6 p.m.`): beside words of kin alone they time two
    // actions (`The ferry capsized …` / `Rescue boats arrived …`).
    const sameAction = neighbours(unitsA, onlyA).some((x) => neighbours(unitsB, onlyB).some((y) => unitSimilarity(x, y) >= 0.8));
    const draft = sameAction ? judge(onlyA, onlyB, unitsA, unitsB, 1) : null;
    if (draft !== null) drafts.push(draft);
  }
  // Two sentences that tell the same thing (compare.ts, `stronglyAlignedPairs`), each giving one
  // value of a kind: the one value each gives of it is one slot, wherever each sentence puts it.
  for (const { regionA, regionB, stretches: told } of strongPairs) {
    const [unitsA, unitsB] = [A.unitsBySentence[regionA] ?? [], B.unitsBySentence[regionB] ?? []];
    // A value counts in a clause the two sentences share: the rest of a long sentence may tell another thing.
    const clausesA = new Set(told.flatMap(({ matches }) => matches.map((match) => match.a.clause)));
    const clausesB = new Set(told.flatMap(({ matches }) => matches.map((match) => match.b.clause)));
    const strength = Math.max(0, ...told.map((stretch) => stretch.strength + (stretch.besides ?? 0)));
    const values = (units: readonly Unit[], text: string): Unit[] => units.filter((unit) => (unit.quantity !== null || unit.date !== null) && !unit.quoted && !(unit.quantity?.unit === 'clock' && sinceTime(text, unit)));
    const [valuesA, valuesB] = [values(unitsA, A.text), values(unitsB, B.text)];
    for (const a of valuesA) {
      const rivals = valuesB.filter((b) => comparable(a, b));
      const [b] = rivals;
      if (rivals.length !== 1 || b === undefined || valuesA.filter((other) => comparable(other, b)).length !== 1) continue;
      if (!clausesA.has(a.clause) || !clausesB.has(b.clause)) continue;
      const draft = judge(a, b, unitsA, unitsB, strength);
      if (draft !== null) drafts.push(draft);
    }
  }
  return drafts;
}

/**
 * Names that fill the same slot of two sentences telling the same thing (conflicts-slots.ts,
 * `nameSlotPairs`): who did it, where, which ship. Two names are one when they share a key or a
 * word (`Solheim` / `Ingrid Solheim`); they conflict only when neither report writes the other's
 * name anywhere (a report that names both may give them two roles).
 */
export function nameSlotConflicts(stretches: readonly ClauseAlignment[], A: Side, B: Side, lexicon: Lexicon): ConflictDraft[] {
  // The words each report writes (plain-words.ts: read once per text, shared with peopleConflicts).
  const [textA, textB] = [plainWordsOf(A.text), plainWordsOf(B.text)];
  const drafts: ConflictDraft[] = [];
  const textOf = (side: Side, run: NameRun): string => side.text.slice(run.start, run.end);
  /**
   * A person: the run ends in two words the dictionary does not know (`Ingrid Solheim`, not `New
   * Democrats`), and no preposition of place governs it (`below the Cerro Quiltay`).
   */
  const person = (side: Side, run: NameRun): boolean => {
    const words = textOf(side, run).split(/\s+/u).slice(-2);
    if (PLACE_BEFORE.test(side.text.slice(Math.max(0, run.start - 40), run.start))) return false;
    if (words.length !== 2 || !words.every((word) => /^\p{Lu}/u.test(word))) return false;
    return words.every((word) => !lexicon.isKnownWord(lexicon.lemmatize(word.toLowerCase()))) || afterAPersonNoun(side.text, run.start, lexicon);
  };
  /**
   * Whether a report gives the name in that role too: it writes a word of the name in a clause
   * that also holds the word the slot is bound by (`Solheim cut the ribbon` against `Nakken cut
   * the ribbon`, in a report that has Solheim pull out: not in that role).
   */
  // Through an index of each report's name words and clauses (word-indexes.ts): read once, not once per pair.
  const [rolesA, rolesB] = [new NamesInRole(A.units, A.text, plainWords), new NamesInRole(B.units, B.text, plainWords)];
  const inRole = (side: Side, words: ReadonlySet<string>, role: readonly Unit[]): boolean => (side === A ? rolesA : rolesB).holds(words, role);
  const judge = (pair: NameSlotPair): ConflictDraft | null => {
    const { a, b, bounds, strength } = pair;
    // A person against a body or a place (`NDP Leader Priya Ramdas` / `New Democrats`) is no one slot.
    if (person(A, a) !== person(B, b)) return null;
    const [namedA, namedB] = [plainWords(textOf(A, a)), plainWords(textOf(B, b))];
    // A report that writes the other's name gives it another role, or the same: only two
    // people (a first name and a surname each) are told apart by the role, other names by
    // whether the other report writes them at all.
    if (person(A, a)) {
      if (inRole(B, namedA, bounds.map((match) => match.b)) || inRole(A, namedB, bounds.map((match) => match.a))) return null;
    } else {
      if ([...namedA].some((word) => textB.has(word)) || [...namedB].some((word) => textA.has(word))) return null;
      // A place or a body qualifies the word beside it (`the hospital in Lleida`, `the port of
      // Rajin`: which one of several); it fills the one slot when matches that say something hold
      // it on both sides (`a flooded road near Castlebar in County Mayo`).
      if (!pair.closed || bounds.some((match) => match.a.weight < 0.5 || match.b.weight < 0.5)) return null;
    }
    const values: [string, string] = [textOf(A, a), textOf(B, b)];
    return { a: [charRange(a.start, a.end)], b: [charRange(b.start, b.end)], kind: 'name', subject: 'who', values, note: conflictNote('who', values), strength };
  };
  for (const stretch of stretches) {
    const [unitsA, unitsB] = [A.unitsBySentence[stretch.regionA] ?? [], B.unitsBySentence[stretch.regionB] ?? []];
    for (const pair of nameSlotPairs(stretch, unitsA, unitsB, SLOT_STRENGTH)) {
      const draft = judge(pair);
      if (draft !== null) drafts.push(draft);
    }
    const swap = swappedRoles(stretch, unitsA, unitsB, A, B, lexicon);
    if (swap !== null) drafts.push(swap);
  }
  return drafts;
}

/**
 * A name right after a noun for a kind of person (`The Under-21s coach, Dean Fallows`, `Assistant
 * manager Lee Pardew`): a person, though its words are in the dictionary (`dean`, `fallow`).
 */
function afterAPersonNoun(text: string, start: number, lexicon: Lexicon): boolean {
  // The noun whole, from the letter before it: at the start of the text, a space stands for that letter.
  const from = Math.max(0, start - PERSON_NOUN_REACH);
  const word = /[^\p{L}](\p{Ll}+),?\s+$/u.exec(`${from === 0 ? ' ' : ''}${text.slice(from, start)}`)?.[1];
  return word !== undefined && PERSON_NOUNS.has(lexicon.lemmatize(word));
}
/**
 * How far before a name its person noun can start (mend, session 16; was 24, a guess): the
 * longest noun of `PERSON_NOUNS`, in the plural (`-es`), a comma and a space, and the one
 * character before the noun that shows it is whole (`grandmother`, cut, is no `mother`).
 */
const PERSON_NOUN_REACH = Math.max(...[...PERSON_NOUNS].map((noun) => noun.length)) + 'es, '.length + 1;

/**
 * Two people whose roles two aligned sentences swap (`Lusavia's chief executive Duarte Menezes
 * will run the enlarged group, with Iberis chief Raquel Ortiz becoming executive chair` / `Iberis
 * chief executive Raquel Ortiz will lead the merged company, while Lusavia chief executive Duarte
 * Menezes will become her deputy`): both people are matched, and two matched words each have one
 * of them right before as subject in one sentence and the other in the other, crosswise. One
 * crossing alone may be a verb of two (`Ann Hale met Tom Bell` / `Tom Bell met Ann Hale`).
 */
function swappedRoles(stretch: ClauseAlignment, unitsA: readonly Unit[], unitsB: readonly Unit[], A: Side, B: Side, lexicon: Lexicon): ConflictDraft | null {
  if (stretch.strength < SLOT_STRENGTH) return null;
  /** The person a word has right before it (units-wise, in its clause): the run of names that ends there, if it is a person's. */
  const subject = (units: readonly Unit[], side: Side, unit: Unit): { start: number; end: number; key: string } | null => {
    const at = units.indexOf(unit);
    const last = units[at - 1];
    if (last === undefined || last.kind !== 'name' || last.clause !== unit.clause || last.quoted) return null;
    let first = at - 1;
    while (units[first - 1]?.kind === 'name' && units[first - 1]?.last === units[first]?.first) first -= 1;
    const words = side.text.slice((units[first] as Unit).start, last.end).split(/\s+/u).slice(-2);
    if (words.length < 2 || !words.every((word) => /^\p{Lu}/u.test(word) && !/['’\d]/u.test(word) && !lexicon.isKnownWord(lexicon.lemmatize(word.toLowerCase())))) return null;
    // The person is the run's last two words: from the last of its units that still holds both
    // (a search for the first word would land inside a surname it opens, `Ann Annan`).
    let from = at - 1;
    while (from > first && !/\s/u.test(side.text.slice((units[from] as Unit).start, last.end))) from -= 1;
    return { start: (units[from] as Unit).start, end: last.end, key: last.key };
  };
  const matchedNames = new Set(stretch.matches.filter((match) => match.a.kind === 'name' && match.a.key === match.b.key).map((match) => match.a.key));
  const crossings: { a: { start: number; end: number; key: string }; b: { start: number; end: number; key: string }; says: boolean }[] = [];
  for (const match of stretch.matches) {
    if (match.a.kind === 'name' || match.a.kind === 'alias' || match.a.quoted || match.b.quoted || match.a.quantity !== null || match.a.date !== null) continue;
    const [a, b] = [subject(unitsA, A, match.a), subject(unitsB, B, match.b)];
    if (a === null || b === null || a.key === b.key || !matchedNames.has(a.key) || !matchedNames.has(b.key)) continue;
    crossings.push({ a, b, says: match.a.weight >= 0.5 && match.b.weight >= 0.5 });
  }
  // One of the two words says something (`run` / `lead`); the other may be light (`becoming`).
  const crossed = crossings.find((one) => one.says && crossings.some((other) => other.a.key === one.b.key && other.b.key === one.a.key));
  if (crossed === undefined) return null;
  const values: [string, string] = [A.text.slice(crossed.a.start, crossed.a.end), B.text.slice(crossed.b.start, crossed.b.end)];
  return { a: [charRange(crossed.a.start, crossed.a.end)], b: [charRange(crossed.b.start, crossed.b.end)], kind: 'name', subject: 'who', values, note: conflictNote('who', values), strength: stretch.strength };
}
