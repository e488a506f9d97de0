import { stickyAtEither } from './anchored-matches.ts';
import { memoByText } from '../text/memo.ts';
import { charRange, type CharRange } from '../text/ranges.ts';
import type { ClauseAlignment } from './align.ts';
import { clauseAt, type Clause } from './clauses.ts';
import { draftOf, GOVERNED, span, withoutAccents, type ConflictDraft, type Side } from './conflicts-common.ts';
import { clausesBySentence, continuedSpeaker, namedSpeakers, quotationSentences, quotationSpeaker } from './conflicts-speakers-quotations.ts';
import { holdersOf, titledSpeaker } from './speakers.ts';
import { saidBefore, saysAfter } from './conflicts-speakers-verbs.ts';
import { conflictNote } from './types.ts';
import { isEntityUnit, type Unit } from './units.ts';

/**
 * Who said it: a quotation both reports carry, given to different people (decision 004). The
 * speaker of each side's quoted clauses is the name a verb of saying goes with, a pronoun's
 * antecedent, the next paragraph's speaker for a quotation that runs on, or an office whose
 * holder a report names.
 */

export function nameConflict(quote: ClauseAlignment, A: Side, B: Side): ConflictDraft | null {
  const [first] = quote.matches;
  if (first === undefined) return null;
  return speakerConflict([A.clauses[first.a.clause]], [B.clauses[first.b.clause]], A, B, quote.strength);
}

/** A name's key with its accents and its joined letters written out (`Kjær`, `Kjaer`: one name). */
const folded = (key: string): string => withoutAccents(key).replace(/æ/gu, 'ae').replace(/œ/gu, 'oe').replace(/ø/gu, 'o').replace(/ß/gu, 'ss').replace(/ł/gu, 'l');
/**
 * Two speakers one report names together, the one's word right before the other's (`President
 * Hendra Wijaksana`: `Hendra told`, `Mr Wijaksana said`), are one person by first name and surname.
 */
function oneName(a: string, b: string, ...texts: string[]): boolean {
  return texts.some((text) => writtenTogether(text, a, b));
}
/**
 * Whether `text` writes the two names together, asked once per text and pair of names (kept in
 * the text memo, a kind per pair: what the memo keeps is never changed): a report quotes its
 * speakers many times, and each quotation read the whole of both reports for the same two names
 * again (decision 004, round 24s).
 */
const writtenTogether = (text: string, a: string, b: string): boolean => memoByText(text, `names-together:${a.length}:${a}${b}`, () => together(text, a, b));
function together(text: string, a: string, b: string): boolean {
  // Only a text that writes both names can write them together: the pattern is built and run
  // for those alone (it was built and run over both whole reports for every quotation).
  if (!text.includes(a) || !text.includes(b)) return false;
  const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // Letters on either side end the match, accented ones too (`\b` knows only ASCII letters).
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])(?:${escape(a)}\\s+${escape(b)}|${escape(b)}\\s+${escape(a)})(?![\\p{L}\\p{M}])`, 'uy');
  // Tried only where either name is written (`stickyAtEither`): run over the whole of a long
  // report, the pattern cost a microsecond a character (decision 004, round 19s).
  return stickyAtEither(text, pattern, [a, b]);
}
/** The last word of each run of names (`Mehrotra` of `Justice Anil Mehrotra`): what tells two people apart. */
const surnames = (named: readonly Unit[]): Unit[] => named.filter((unit, i) => named[i + 1]?.first !== unit.last);

/**
 * A quotation both reports print word for word (quote-runs.ts), across sentences, given to
 * different speakers: the speakers of the sentences that open and close it on each side (`“….
 * …,” Lukashenko said.`).
 */
export function runSpeakerConflict(run: QuoteRun, A: Side, B: Side): ConflictDraft | null {
  return speakerConflict([clauseAt(A.clauses, run.a.start), clauseAt(A.clauses, run.a.end - 1)], [clauseAt(B.clauses, run.b.start), clauseAt(B.clauses, run.b.end - 1)], A, B, run.strength);
}

/** A quotation both reports print word for word: its range on each side. */
export interface QuoteRun {
  a: CharRange;
  b: CharRange;
  strength: number;
}

/**
 * A quotation each report gives a speaker in the sentences of the clauses given (the quoted
 * clauses of one quotation): different named speakers, or a named speaker and an office another
 * holds (`officeConflict`).
 */
function speakerConflict(clausesA: readonly (Clause | undefined)[], clausesB: readonly (Clause | undefined)[], A: Side, B: Side, strength: number): ConflictDraft | null {
  const [quotedA, quotedB] = [clausesA.filter((clause): clause is Clause => clause?.quoted === true), clausesB.filter((clause): clause is Clause => clause?.quoted === true)];
  if (quotedA.length === 0 || quotedA.length !== clausesA.length || quotedB.length === 0 || quotedB.length !== clausesB.length) return null;
  // A speaker a pronoun stands for (`“…,” he said`) is marked where the pronoun says so.
  const marks = new Map<Unit, CharRange>();
  const speakersIn = (side: Side, clauses: readonly Clause[]): Unit[] =>
    [...new Set(clauses.map((clause) => clause.sentence))].flatMap((sentence) => {
      const { named, at } = namedSpeakers(side, sentence);
      if (at === null && named.length > 0) return named;
      const told = at !== null ? { named, at } : (continuedSpeaker(side, sentence) ?? quotationSpeaker(side, sentence));
      if (told === null) return [];
      for (const unit of told.named) marks.set(unit, told.at);
      return told.named;
    });
  const [sa, sb] = [speakersIn(A, quotedA), speakersIn(B, quotedB)];
  // An office's holder is read from the sentence that names the speaker, not from a pronoun.
  if ([...sa, ...sb].some((unit) => marks.has(unit)) && (sa.length === 0 || sb.length === 0)) return null;
  const office = (named: readonly Unit[], titled: Side, clauses: readonly Clause[], other: Side, titledIsA: boolean): ConflictDraft | null => {
    for (const clause of clauses) {
      // The office may give the quotation in another sentence it runs through (`“…. …,” the judge said`).
      for (const sentence of [clause.sentence, ...quotationSentences(titled, clause.sentence)]) {
        const conflict = officeConflict(named, titled, sentence, other, strength, titledIsA);
        if (conflict !== null) return conflict;
      }
    }
    return null;
  };
  if (sa.length > 0 && sb.length === 0) return office(sa, B, quotedB, A, false);
  if (sa.length === 0 && sb.length > 0) return office(sb, A, quotedA, B, true);
  if (sa.length === 0 || sb.length === 0) return null;
  // One name written with and without its accents (`Kalniņa`, `Kalnina`), or in part (`Rahmat
  // said` / `Rahmat Hidayat told`), is one speaker: the last word of one report's name is a word
  // of the other's. A title before two names (`Justice Ferris`, `Justice Anil Mehrotra`) is not.
  const keysOf = (units: readonly Unit[]): Set<string> => new Set(units.map((unit) => folded(unit.key)));
  const [keysA, keysB] = [keysOf(sa), keysOf(sb)];
  if (surnames(sa).some((unit) => keysB.has(folded(unit.key))) || surnames(sb).some((unit) => keysA.has(folded(unit.key)))) return null;
  const [a, b] = [speakerAmong(A.text, sa), speakerAmong(B.text, sb)];
  if (a === undefined || b === undefined || oneName(A.text.slice(a.start, a.end), B.text.slice(b.start, b.end), A.text, B.text)) return null;
  const [introA, introB] = [introduction(A, a), introduction(B, b)];
  if (!marks.has(a) && !marks.has(b) && sa.every((unit) => unit === a || unit.key !== a.key) && sb.every((unit) => unit === b || unit.key !== b.key) && introA === null && introB === null) {
    return draftOf('name', 'quote attributed to', a, b, A, B, strength);
  }
  const values: [string, string] = [A.text.slice(a.start, a.end), B.text.slice(b.start, b.end)];
  const withIntroduction = (ranges: CharRange[], intro: CharRange | null): CharRange[] => (intro === null || ranges.some((range) => range.start === intro.start) ? ranges : [...ranges, intro]);
  return { a: withIntroduction(attributions(a, sa, marks), introA), b: withIntroduction(attributions(b, sb, marks), introB), kind: 'name', subject: 'quote attributed to', values, note: conflictNote('quote attributed to', values), strength };
}

/**
 * Where a report first names a speaker it then gives by surname alone (`Kencana chief executive
 * Dimas Halim said at the signing.` … `“…,” Halim said.`): the speaker in full, marked too, when
 * that sentence quotes nothing.
 */
function introduction(side: Side, speaker: Unit): CharRange | null {
  const own = side.unitsBySentence[speaker.sentence] ?? [];
  const before = own[own.indexOf(speaker) - 1];
  if (before !== undefined && isEntityUnit(before) && before.last === speaker.first) return null;
  // The first introduction of the speaker's key in the report, taken when every unit up to it
  // starts before the speaker (the scan of the units from the start stopped at the first that
  // did not): read from an index, not by a scan per speaker (decision 004, round 19s).
  const index = introductionsOf(side);
  const at = index.first.get(speaker.key);
  const [first, unit] = [side.units[(at ?? 0) - 1], side.units[at ?? 0]];
  if (at === undefined || first === undefined || unit === undefined || !((index.latestStart[at] ?? Infinity) < speaker.start)) return null;
  return charRange(first.start, unit.end);
}

/** Per report: where each key is first introduced (`introduction`'s test), and the latest start of the units up to each. */
interface Introductions {
  first: Map<string, number>;
  latestStart: Float64Array;
}
const introductions = new WeakMap<Side, Introductions>();
function introductionsOf(side: Side): Introductions {
  let index = introductions.get(side);
  if (index !== undefined) return index;
  const units = side.units;
  const first = new Map<string, number>();
  const latestStart = new Float64Array(units.length).fill(-Infinity);
  for (let at = 1; at < units.length; at += 1) {
    const [before, unit] = [units[at - 1] as Unit, units[at] as Unit];
    latestStart[at] = Math.max(latestStart[at - 1] ?? -Infinity, unit.start);
    if (first.has(unit.key)) continue;
    // In a sentence that quotes nothing: one that gives a quotation already marks its speaker (`said Péter Ronkay`).
    if (!unit.quoted && before.kind === 'name' && before.last === unit.first && !(clausesBySentence(side.clauses)[unit.sentence] ?? []).some((clause) => clause.quoted)) first.set(unit.key, at);
  }
  introductions.set(side, (index = { first, latestStart }));
  return index;
}

/**
 * Where a report gives a quotation to its speaker: the pronoun that stands for the speaker
 * (`“…,” she told`) and the name it stands for (`Energy Secretary Lucía Carranza defended …`),
 * and each sentence of the quotation that names the speaker (`said Péter Ronkay, …`, `“…,”
 * Ronkay added`). The first is where the conflict is marked.
 */
function attributions(speaker: Unit, named: readonly Unit[], marks: ReadonlyMap<Unit, CharRange>): CharRange[] {
  const ranges = [marks.get(speaker) ?? span(speaker)];
  for (const unit of named) {
    if (unit.key !== speaker.key) continue;
    const at = span(unit);
    if (!ranges.some((range) => range.start === at.start)) ranges.push(at);
  }
  return ranges;
}

/**
 * Which of a sentence's names speaks: the one a verb of saying follows (`Trajkovska told RFE/RL's
 * Macedonian Service`) or the last of the run one follows (`said Doreen Callaghan, a widow from
 * Stoney Creek`); else the last name, as before.
 */
function speakerAmong(text: string, named: readonly Unit[]): Unit | undefined {
  const before = named.filter((unit) => saysAfter(text, unit)).at(-1);
  if (before !== undefined) return before;
  const at = named.findIndex((unit) => saidBefore(text, unit));
  if (at < 0) return named.at(-1);
  let last = at;
  while (named[last + 1] !== undefined && named[last + 1]?.first === named[last]?.last) last += 1;
  return named[last];
}

/**
 * The holders a report names with an office (speakers.ts `holdersOf`), read once per text and
 * office: each quotation given to an office asks, and each read is a search of the whole text.
 * Shared: never to be changed.
 */
const holdersIn = (text: string, title: string): ReadonlyMap<string, ReadonlySet<string>> => memoByText(text, `holders:${title}`, () => holdersOf(text, title));

/**
 * A quote one report gives a named speaker (`Merz told reporters`) and the other an office (`the
 * French president said`): a conflict when a report names the office's holder with the office
 * (`French President Emmanuel Macron`), the two reports name one holder, and the named speaker is
 * not that holder. An office no report gives a name to says nothing of who spoke.
 */
function officeConflict(named: readonly Unit[], titled: Side, index: number, other: Side, strength: number, titledIsA: boolean): ConflictDraft | null {
  const sentence = clausesBySentence(titled.clauses)[index] ?? [];
  const [first, last] = [sentence[0], sentence.at(-1)];
  if (first === undefined || last === undefined) return null;
  const quoted = sentence.filter((each) => each.quoted).map((each) => charRange(each.start, each.end));
  const office = titledSpeaker(titled.text, first.start, last.end, quoted);
  if (office === null) return null;
  const holders = new Map<string, Set<string>>();
  for (const side of [titled, other]) {
    for (const [surname, words] of holdersIn(side.text, office.title)) holders.set(surname, new Set([...(holders.get(surname) ?? []), ...words]));
  }
  // One holder written in full and by one of its words (`Judge Rozilah Mat Saad`, `Judge Rozilah ordered`).
  for (const [surname, words] of holders) {
    if ([...holders].some(([other, all]) => other !== surname && all.has(surname) && [...words].every((word) => all.has(word)))) holders.delete(surname);
  }
  const [holder] = holders.values();
  if (holder === undefined || holders.size !== 1) return null;
  // A named side whose sentence gives the quote to the same office (`The judge said …, at the
  // Metropolitan Detention Center`): its names are not who spoke.
  const said = named[0] === undefined ? [] : (clausesBySentence(other.clauses)[named[0].sentence] ?? []);
  const [from, to] = [said[0], said.at(-1)];
  if (from !== undefined && to !== undefined && titledSpeaker(other.text, from.start, to.end, said.filter((each) => each.quoted).map((each) => charRange(each.start, each.end)))?.title === office.title) return null;
  const surnames = named.flatMap((unit) => other.text.slice(unit.start, unit.end).toLowerCase().split(/\s+/u));
  // The speaker, not a place the attribution mentions (`Ibarra told reporters in Porto`).
  const speaker = named.filter((unit) => !GOVERNED.test(other.text.slice(Math.max(0, unit.start - 24), unit.start))).at(-1) ?? named.at(-1);
  if (speaker === undefined || surnames.some((word) => holder.has(word))) return null;
  const [nameSpan, officeSpan] = [charRange(speaker.start, speaker.end), office.span];
  const values: [string, string] = titledIsA
    ? [titled.text.slice(officeSpan.start, officeSpan.end), other.text.slice(nameSpan.start, nameSpan.end)]
    : [other.text.slice(nameSpan.start, nameSpan.end), titled.text.slice(officeSpan.start, officeSpan.end)];
  const [a, b] = titledIsA ? [officeSpan, nameSpan] : [nameSpan, officeSpan];
  return { a: [a], b: [b], kind: 'name', subject: 'quote attributed to', values, note: conflictNote('quote attributed to', values), strength };
}
