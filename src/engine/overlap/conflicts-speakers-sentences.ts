import { charRange, type CharRange } from '../text/ranges.ts';
import { writtenPossessive } from '../text/tokens.ts';
import { type Side } from './conflicts-common.ts';
import { SAYING_VERBS } from './speakers.ts';
import { isEntityUnit, type Unit } from './units.ts';

/**
 * Who speaks in a sentence of one report, for the speaker conflicts (`conflicts-speakers.ts`): the
 * names a verb of saying goes with, outside quotations, less the names that only stand beside the
 * speaker (whose the speaker is, whom the speaker works for, where it was said, who was told).
 * Who speaks a quoted sentence that names none: `conflicts-speakers-quotations.ts`.
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
