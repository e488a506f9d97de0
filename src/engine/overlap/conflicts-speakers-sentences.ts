import { charRange, type CharRange } from '../text/ranges.ts';
import { writtenPossessive } from '../text/tokens.ts';
import type { Clause } from './clauses.ts';
import { nameRunKeys, type Side } from './conflicts-common.ts';
import { SAYING_VERBS } from './speakers.ts';
import { saysAfter, saysBeside } from './conflicts-speakers-verbs.ts';
import { isEntityUnit, type Unit } from './units.ts';

/**
 * Who speaks in a sentence of one report, for the speaker conflicts (`conflicts-speakers.ts`): the
 * names a verb of saying goes with, outside quotations, and for a quoted sentence that names none,
 * a pronoun's antecedent, the next paragraph's speaker, or the speaker of a sentence its quotation
 * runs through.
 */

/**
 * The names that speak in a sentence, outside its quotations: who a quote is attributed to. An
 * office written for its holder (`the Italian prime minister`, a name unit `byTitle`) is not one
 * of them: `officeConflict` reads offices, and knows the one a spokesman speaks for, or a quote
 * is told to, from the one who speaks.
 */
export function speakers(side: Side, sentence: number): Unit[] {
  const units = side.unitsBySentence[sentence] ?? [];
  // A name run is governed where its first word is (`at Tarrow Crown Court`).
  let runStart: Unit | undefined;
  return units.filter((unit, i) => {
    const before = units[i - 1];
    if (runStart === undefined || before === undefined || !isEntityUnit(before) || before.last !== unit.first) runStart = unit;
    return !unit.quoted && unit.kind === 'name' && !unit.byTitle && !whereSaid(side.text, runStart) && !toldTo(side.text, runStart) && !(runStart === unit && described(side.text, unit, units[i + 1])) && !inApposition(side, unit) && !employer(side.text, units, i) && !possessor(side.text, units, i) && !ownerOfAThing(side.text, units, i) && !(runStart !== unit && POST_NOMINAL.test(side.text.slice(unit.start, unit.end)));
  });
}
/** The index of the last unit of the name run that starts at `at` (entity units written one after another). */
function lastOfRun(units: readonly Unit[], at: number): number {
  let last = at;
  while (units[last + 1] !== undefined && isEntityUnit(units[last + 1] as Unit) && units[last + 1]?.first === units[last]?.last) last += 1;
  return last;
}
/** Letters after a name for a rank or a seat (`Rory Fitzgibbon SC`, `Ann Hale KC`, `Tom Bell MP`): the person is the name before. */
const POST_NOMINAL = /^(?:SC|QC|KC|MP|MEP|MSP|TD|Jr|Sr)\.?$/u;
/**
 * A name run in the possessive before the speaker's office and name in its clause (`Mr Delaney's
 * solicitor, Niamh Corr, said`, `Halim's spokesman Ari Wibowo told`): whose the speaker is, not
 * a second speaker.
 */
function possessor(text: string, units: readonly Unit[], at: number): boolean {
  const last = lastOfRun(units, at);
  const end = units[last];
  const holder = units.slice(last + 1).find(isEntityUnit);
  if (end === undefined || holder === undefined || holder.kind !== 'name' || holder.clause !== end.clause) return false;
  // The possessive is written in the name's word (`Delaney's`) or right after it.
  const between = text.slice(end.end, holder.start);
  return /['’]s$/u.test(text.slice(end.start, end.end)) ? OFFICE_THEN_NAME.test(between) : POSSESSIVE_OFFICE.test(between);
}
/**
 * A name run in the possessive before a lower-case noun that is no office (`officers who carried
 * out Whitlock's requests were`, `compared with Whitlock's record`): whose the thing is, not who
 * speaks (round 23c).
 */
function ownerOfAThing(text: string, units: readonly Unit[], at: number): boolean {
  const last = lastOfRun(units, at);
  const end = units[last];
  if (end === undefined) return false;
  const after = /^(?:['’]s)?\s+(\p{Ll}+)\b/u.exec(text.slice(end.end, end.end + 40));
  return writtenPossessive(text, end) && after?.[1] !== undefined && !OFFICE_NOUNS.has(after[1]);
}
/** One to three lower-case words of an office after a name written in the possessive (`Delaney's` + ` solicitor, `), nothing else. */
const OFFICE_THEN_NAME = /^(?:\s+\p{Ll}[\p{Ll}-]*){1,3},?\s+$/u;
/** The same after a name whose possessive follows it (`’s chief executive `). */
const POSSESSIVE_OFFICE = /^['’]s(?:\s+\p{Ll}[\p{Ll}-]*){1,3},?\s+$/u;
/**
 * A name run written before an office and the holder's name (`Kencana Air president director
 * Raden Prasetyo said`, `Vollmar chief executive Jana Holt`): whom the speaker works for, not a
 * second speaker.
 */
function employer(text: string, units: readonly Unit[], at: number): boolean {
  const last = lastOfRun(units, at);
  const end = units[last];
  const at2 = units.slice(last + 1).findIndex(isEntityUnit);
  const holder = units[last + 1 + at2];
  if (end === undefined || holder === undefined || at2 < 1 || holder.kind !== 'name' || holder.clause !== end.clause) return false;
  // Each word between is a word of its own (no `of the`, no verb of saying): `president director`.
  const between = text.slice(end.end, holder.start);
  const words = between.trim().split(/\s+/u);
  return OFFICE_BETWEEN.test(between) && words.length === at2 && !SAYING.test(between) && OFFICE_NOUNS.has(words.at(-1) ?? '');
}
/** The words an office ends on (`president director`, `chief executive`, `managing director`): not a verb (`Ashby met Ann Hale`). */
const OFFICE_NOUNS = new Set([
  'president', 'director', 'executive', 'officer', 'chairman', 'chairwoman', 'chair', 'chairperson', 'spokesman', 'spokeswoman', 'spokesperson',
  'minister', 'secretary', 'head', 'manager', 'founder', 'governor', 'commissioner', 'leader', 'economist', 'analyst', 'boss', 'partner', 'editor',
  'adviser', 'advisor', 'coach', 'captain', 'chief', 'researcher', 'scientist', 'engineer', 'official', 'representative',
]);
/** Lower-case words of an office between an employer and a name, nothing else (`president director`, `chief executive`). */
const OFFICE_BETWEEN = /^(?:\s+\p{Ll}[\p{Ll}-]*){1,3}\s+$/u;
/** A verb of saying, or `according` (to): who said it, not an office. */
const SAYING = new RegExp(String.raw`\b(?:${SAYING_VERBS}|according)\b`, 'u');
/** A name a verb of telling governs is who was told (`he told the ABC`, `the judge told Walsh:`), not who spoke. */
const TOLD_BEFORE = /\b(?:told|tells|telling|of|for|about|against)\s+(?:the\s+)?$/u;
const toldTo = (text: string, unit: Unit): boolean => TOLD_BEFORE.test(text.slice(Math.max(0, unit.start - 16), unit.start));
/**
 * One capitalised word after an article is a description, not a name (`said the Swede`, `the
 * YouTuber`): it cannot tell its speaker from the one another report names.
 */
const described = (text: string, unit: Unit, next: Unit | undefined): boolean =>
  (next === undefined || !isEntityUnit(next) || next.first !== unit.last) && /\b(?:[Tt]he|[Aa]n?)\s+$/u.test(text.slice(Math.max(0, unit.start - 5), unit.start));
/**
 * A name in the apposition between a speaker and the verb of saying (`Mhairi Kerr, Unison
 * Scotland's head of health, said`, `Colin Baird, director of RCN Scotland, said`): where the
 * speaker works, not a second speaker.
 */
const APPOSITION = new RegExp(String.raw`\p{Lu}[\p{L}'’-]*,\s+([^,;:“”"]{0,90}?\b\p{Ll}[^,;:“”"]{0,90}?),\s+${SAYING_VERBS}\b`, 'gu');
function inApposition(side: Side, unit: Unit): boolean {
  return appositionsIn(side, unit.sentence).some((range) => unit.start >= range.start && unit.end <= range.end);
}
/** The appositions between a speaker and the verb of saying in a sentence, read once per report and sentence. */
function appositionsIn(side: Side, sentence: number): CharRange[] {
  let bySentence = appositions.get(side);
  if (bySentence === undefined) appositions.set(side, (bySentence = new Map<number, CharRange[]>()));
  let found = bySentence.get(sentence);
  if (found !== undefined) return found;
  found = [];
  const units = side.unitsBySentence[sentence] ?? [];
  const [first, last] = [units[0], units.at(-1)];
  if (first !== undefined && last !== undefined) {
    const [from, to] = [side.clauses[first.clause]?.start ?? first.start, side.clauses[last.clause]?.end ?? last.end];
    for (const match of side.text.slice(from, to).matchAll(APPOSITION)) {
      const start = from + match.index + match[0].indexOf(match[1] ?? '');
      found.push(charRange(start, start + (match[1]?.length ?? 0)));
    }
  }
  bySentence.set(sentence, found);
  return found;
}
const appositions = new WeakMap<Side, Map<number, CharRange[]>>();
/**
 * A name a preposition of place governs, a word or two between (`he told supporters at a hotel
 * in downtown Calgary`, `told reporters in Porto`): where it was said, not who said it.
 */
const PLACE_BEFORE = /\b(?:in|at|near|outside|inside|across|throughout)\s+(?:(?:the|a|an|\p{Ll}[\p{Ll}-]*)\s+){0,2}$/u;
const whereSaid = (text: string, unit: Unit): boolean => PLACE_BEFORE.test(text.slice(Math.max(0, unit.start - 40), unit.start));

/**
 * Who speaks in a sentence: its names (`speakers`, `at` null), or, when none of them has a verb
 * of saying beside it and a pronoun says (`“…,” she said during a visit to Newtown School`, `he
 * said, adding that the Conservative Party he joined …`), the pronoun's antecedent and where the
 * pronoun says so (round 25n), if no name of the sentence stands before the pronoun (mend 19a).
 * No names and no pronoun's: empty.
 */
export function namedSpeakers(side: Side, sentence: number): { named: Unit[]; at: CharRange | null } {
  const named = speakers(side, sentence);
  if (named.some((unit) => saysBeside(side.text, unit))) return { named, at: null };
  const told = pronounSpeaker(side, sentence);
  return told === null || named.some((unit) => unit.start < told.at.start) ? { named, at: null } : told;
}

/**
 * The speaker a pronoun gives a quotation (`“…,” he said.`): the one person the sentences before
 * name as speaker or subject, news style (`Petrovski also said that … . “…,” he said.`). The
 * nearest of the two sentences before that names anyone outside quotations decides; if it names
 * two people, or none is near, the speaker is unknown.
 */
export function pronounSpeaker(side: Side, sentence: number): { named: Unit[]; at: CharRange } | null {
  let at: CharRange | null = null;
  for (const clause of clausesBySentence(side.clauses)[sentence] ?? []) {
    if (clause.quoted) continue;
    const found = PRONOUN_SAYS.exec(side.text.slice(clause.start, clause.end));
    if (found !== null) at = charRange(clause.start + found.index, clause.start + found.index + found[0].length);
  }
  if (at === null) return null;
  for (let before = sentence - 1; before >= Math.max(0, sentence - 2); before -= 1) {
    // Whom a pronoun stands for: not a name in a relative clause about someone (`Ashworth, whose
    // United Conservative Party government …, conceded`: Ashworth).
    const all = speakers(side, before).filter((unit) => !RELATIVE_CLAUSE.test(clauseText(side, unit)));
    if (all.length === 0) continue;
    const units = side.unitsBySentence[before] ?? [];
    // Of several, the one a verb of saying follows (`Health Minister Dr Anahera Whitcombe, a former
    // paediatrician, said …`, `Melissa Lantz said Mr. Petrie should …`; round 25n). Not one after
    // it: `Fiona Gallacher SC said Pellew had` names whom the speaker speaks of.
    const saying = new Set(all.filter((unit) => saysAfter(side.text, unit)).map((unit) => nameRunKeys(units, unit)));
    const named = saying.size === 1 ? all.filter((unit) => saying.has(nameRunKeys(units, unit))) : all;
    return new Set(named.map((unit) => nameRunKeys(units, unit))).size === 1 ? { named, at } : null;
  }
  return null;
}
/**
 * The speaker of a quotation that runs on into the next paragraph (news style: the paragraph
 * opens a quotation it never closes, and the next one opens with a quotation mark again): the
 * speaker that next paragraph names (`“These call centres … were a lie.¶“Victims were called
 * back …,” said Sofia Lindahl`). Only one paragraph ahead.
 */
export function continuedSpeaker(side: Side, sentence: number): { named: Unit[]; at: CharRange } | null {
  const clause = side.clauses.find((each) => each.sentence === sentence);
  if (clause === undefined) return null;
  const { text } = side;
  const paragraphStart = text.lastIndexOf('\n\n', clause.start) + 1;
  const paragraphEnd = text.indexOf('\n\n', clause.start);
  if (paragraphEnd < 0) return null;
  const paragraph = text.slice(paragraphStart, paragraphEnd);
  const opened = (paragraph.match(/“/gu) ?? []).length;
  if (opened === 0 || opened <= (paragraph.match(/”/gu) ?? []).length || !/^\s*“/u.test(text.slice(paragraphEnd, paragraphEnd + 8))) return null;
  const nextEnd = text.indexOf('\n\n', paragraphEnd + 2);
  const next = side.clauses.filter((each) => each.start > paragraphEnd && (nextEnd < 0 || each.start < nextEnd));
  for (const each of new Set(next.map((one) => one.sentence))) {
    const named = speakers(side, each);
    if (named.length > 0) {
      const [first, last] = [named[0], named.at(-1)];
      return first === undefined || last === undefined ? null : { named, at: charRange(first.start, last.end) };
    }
  }
  return null;
}
/**
 * The speaker of a quoted sentence that names none, from the sentences of its paragraph the
 * quotation runs through (news style): the quotation runs on into a later sentence that names its
 * speaker (`“Our members kept this port open. They will not accept …,” Carol Ashdown said.`), or
 * an earlier sentence that gives a quotation names one (`Andrew Pyle said: “This decision was not
 * taken lightly. The plant has lost …`, `“…,” said Dr Kevin Rourke. “But measles is not …`). Only
 * through sentences that quote: one that quotes nothing ends the search.
 */
export function quotationSpeaker(side: Side, sentence: number): { named: Unit[]; at: CharRange } | null {
  for (const each of quotationSentences(side, sentence)) {
    const { named, at } = namedSpeakers(side, each);
    if (at !== null) return { named, at };
    const [head, tail] = [named[0], named.at(-1)];
    if (head !== undefined && tail !== undefined) return { named, at: charRange(head.start, tail.end) };
  }
  return null;
}
/** A report's clauses by sentence, read once per report (not a scan of every clause per step). */
const bySentenceOf = new WeakMap<readonly Clause[], readonly (readonly Clause[])[]>();
export function clausesBySentence(clauses: readonly Clause[]): readonly (readonly Clause[])[] {
  let index = bySentenceOf.get(clauses);
  if (index === undefined) {
    const built: Clause[][] = [];
    for (const clause of clauses) (built[clause.sentence] ??= []).push(clause);
    bySentenceOf.set(clauses, (index = built));
  }
  return index;
}
/** The other sentences of its paragraph a quoted sentence's quotation runs through, nearest first: on, then back (`quotationSpeaker`). */
export function quotationSentences(side: Side, sentence: number): number[] {
  const paragraphOf = (at: number): number => side.text.lastIndexOf('\n', at);
  const bySentence = clausesBySentence(side.clauses);
  const clausesOf = (index: number): readonly Clause[] => bySentence[index] ?? [];
  const own = clausesOf(sentence);
  const [first, last] = [own[0], own.at(-1)];
  if (first === undefined || last === undefined || !own.some((clause) => clause.quoted)) return [];
  const paragraph = paragraphOf(first.start);
  const found: number[] = [];
  // On: while each next sentence opens inside the quotation (its first clause quoted).
  if (last.quoted) {
    for (let next = sentence + 1; ; next += 1) {
      const clauses = clausesOf(next);
      const opening = clauses[0];
      if (opening === undefined || !opening.quoted || paragraphOf(opening.start) !== paragraph) break;
      found.push(next);
      if (!(clauses.at(-1)?.quoted ?? false)) break;
    }
  }
  // Back: while each earlier sentence quotes, into the paragraph before when this one opens
  // with a quotation mark and that one leaves its quotation open (news style: `… she said. “This
  // bear belongs to them.¶“Cinema is …”`).
  let [within, crossed] = [paragraph, false];
  for (let before = sentence - 1; before >= 0; before -= 1) {
    const clauses = clausesOf(before);
    const opening = clauses[0];
    if (opening === undefined || !clauses.some((clause) => clause.quoted)) break;
    const at = paragraphOf(opening.start);
    if (at !== within) {
      if (crossed || before !== sentence - 1 || !reopens(side.text, within)) break;
      [within, crossed] = [at, true];
    }
    found.push(before);
  }
  return found;
}
/**
 * Whether the paragraph after the line break at `at` opens with a quotation mark while the one
 * before it leaves a quotation open (more `“` than `”`, or an odd count of straight marks).
 */
function reopens(text: string, at: number): boolean {
  if (at < 0 || !/^\s*[“"]/u.test(text.slice(at + 1, at + 8))) return false;
  const before = text.slice(text.lastIndexOf('\n', Math.max(0, at - 1) - 1) + 1, at);
  const count = (mark: RegExp): number => (before.match(mark) ?? []).length;
  return count(/“/gu) > count(/”/gu) || count(/"/gu) % 2 === 1;
}
const RELATIVE_CLAUSE = /^(?:who|whose|whom|which)\b/iu;
const clauseText = (side: Side, unit: Unit): string => {
  const clause = side.clauses[unit.clause];
  return clause === undefined ? '' : side.text.slice(clause.start, clause.end);
};
/**
 * A pronoun and a verb of saying. Not speakers.ts `SAYING_VERBS` on purpose: with `wrote` (`"…,"
 * he wrote.`, a post) a pronoun's quote goes to the name before it, and the speaker check then
 * sets that against a platform (`he said on Instagram`): a false conflict (round 20d, tried).
 */
const PRONOUN_SAYS = /\b(?:(?:he|she)\s+(?:said|says|added|adds|told|tells|continued|explained|warned|insisted|stressed)|(?:said|added)\s+(?:he|she))\b/iu;
