import { charRange, type CharRange } from '../text/ranges.ts';
import { draftOf, isAge, namesOf, type ConflictDraft, type Side } from './conflicts-common.ts';
import { SAYING_VERBS } from './speakers.ts';
import { conflictNote } from './types.ts';
import type { Unit } from './units.ts';

/**
 * Facts about one person that the reports give differently: an age (`Miriam Chebet, 27` /
 * `the 28-year-old`), and who held a role only one person holds (`In dissent, Justice Ann Hale`).
 */

/**
 * Whose age a figure gives: the name beside it (`Miriam Chebet, a 27-year-old`, `27-year-old
 * Chebet`, `Kieran Walsh, 29,`), or, for an age that opens its sentence, the person it refers
 * to: `The 27-year-old …` refers back, to the first name of the sentence before; `A 28-year-old
 * man …` introduces someone the next sentence names as its subject (`Kieran Walsh was …`), the
 * way news leads hold a name back.
 */
function ageSubject(side: Side, unit: Unit): string[] {
  const sentence = side.unitsBySentence[unit.sentence] ?? [];
  const at = sentence.indexOf(unit);
  const beside = [sentence[at - 1], sentence[at + 1], sentence[at - 2]].find((other) => other !== undefined && other.clause === unit.clause && other.kind === 'name');
  if (beside !== undefined) return nameAt(side.text, sentence, sentence.indexOf(beside));
  if (at !== 0) return [];
  const start = unit.quantity?.start ?? unit.start;
  if (INTRODUCES.test(side.text.slice(Math.max(0, start - 4), start))) {
    // The next sentence that says anything (a paragraph's trailing blanks say nothing).
    const next = side.unitsBySentence.slice(unit.sentence + 1).find((units) => units.length > 0) ?? [];
    // A name that opens a sentence may read as a capitalised word (`Kieran Walsh was …`): its run goes on as a name.
    const opens = next[0]?.kind === 'name' ? 0 : next[1]?.kind === 'name' && next[0]?.last === next[1].first ? 1 : -1;
    const named = next[opens];
    return named === undefined || speaksOrHoldsOffice(side.text, next, opens) ? [] : nameAt(side.text, next, opens);
  }
  const before = side.unitsBySentence[unit.sentence - 1] ?? [];
  // A place tagged with a wire's name (`Paris (AFP) – Sweden's Ida Holmqvist broke …`) is a
  // dateline the text did not mark (written in mixed case): the sentence's subject comes after it.
  const tag = before.findIndex((other) => other.kind === 'name' && DATELINE_TAG_AFTER.test(side.text.slice(other.end, other.end + 24)));
  return nameAt(side.text, before, before.findIndex((other, i) => i > tag && other.kind === 'name'));
}
const DATELINE_TAG_AFTER = /^(?:\s*\([^()]{1,16})?\)\s*[–—-]/u;
/** An indefinite article before an age that opens a sentence: `A 28-year-old man …`. */
const INTRODUCES = /(?:^|\s)an?\s+$/iu;

/**
 * A name that opens a sentence with a title of office (`Judge Jane Hart …`, `Detective Inspector
 * …`) or as the one who speaks (`Jane Hart said …`, `Jane Hart, of the fire service, told …`) is
 * a source of the story, not the person a lead held back.
 */
function speaksOrHoldsOffice(text: string, units: readonly Unit[], at: number): boolean {
  let last = at;
  while (units[last + 1]?.kind === 'name' && units[last]?.last === units[last + 1]?.first) last += 1;
  const [first, end] = [units[at], units[last]];
  if (first === undefined || end === undefined) return false;
  return OFFICE_TITLE.test(text.slice(first.start, end.end)) || SPEAKS_AFTER.test(text.slice(end.end, end.end + 60));
}
const OFFICE_TITLE =
  /^(?:Judge|Justice|Recorder|Coroner|Magistrate|Sheriff|Prosecutor|Detective|Det|Inspector|Insp|Sergeant|Sgt|Constable|PC|DC|DS|DI|DCI|Superintendent|Supt|Chief|Officer|Commissioner|Dr|Doctor|Professor|Prof|Mayor|Councillor|Senator|Minister)\b/u;
const SPEAKS_AFTER = new RegExp(String.raw`^\s*(?:,[^,.;]*,\s*)?${SAYING_VERBS}\b`, 'u');

/**
 * The whole name a name unit belongs to (`Miriam Chebet`): its run of adjacent name units, and a
 * capitalised word that opens the sentence right before it (`Sarah Walsh, 29, died …` reads
 * `Sarah` as a word): a first name tells one Walsh from another.
 */
function nameAt(text: string, units: readonly Unit[], at: number): string[] {
  if (at < 0) return [];
  let [first, last] = [at, at];
  const joined = (x: Unit | undefined, y: Unit | undefined): boolean => x !== undefined && y !== undefined && x.kind === 'name' && y.kind === 'name' && x.last === y.first;
  while (joined(units[first - 1], units[first])) first -= 1;
  while (joined(units[last], units[last + 1])) last += 1;
  const opener = units[0];
  if (first === 1 && opener !== undefined && opener.kind !== 'name' && opener.quantity === null && opener.last === units[1]?.first && /^\p{Lu}/u.test(text.slice(opener.start, opener.end))) first = 0;
  return units.slice(first, last + 1).map((other) => other.key);
}

/**
 * An age in years: `27-year-old`, `27 years old`, `aged 27`, or a bare whole number set off by
 * commas right after a person's name (`Kieran Walsh, 29, poured …`), as the quantity reader
 * reads it (quantities-context.ts `apposedAge`: one reader of `Name, N,`). Null for any other
 * figure.
 */
export function yearsOld(unit: Unit): number | null {
  const quantity = unit.quantity;
  if (quantity === null || quantity.hedged || !isAge(quantity)) return null;
  return quantity.unit === 'duration' ? Math.round(quantity.value / DAYS_A_YEAR) : quantity.value;
}
const DAYS_A_YEAR = 365.25;

/** The ages of one person that the reports give differently, when neither gives the other's. */
export function ageConflicts(A: Side, B: Side): ConflictDraft[] {
  const ages = (side: Side): { unit: Unit; years: number; subject: string[] }[] =>
    side.units.flatMap((unit) => {
      const years = yearsOld(unit);
      if (years === null) return [];
      const subject = ageSubject(side, unit);
      return subject.length === 0 ? [] : [{ unit, years, subject }];
    });
  const [agesA, agesB] = [ages(A), ages(B)];
  // One name within the other (`Walsh`, `Kieran Walsh`): a shared surname alone may be a relative (`Sarah Walsh`, `Ann Walsh`).
  const samePerson = (x: readonly string[], y: readonly string[]): boolean => x.every((key) => y.includes(key)) || y.every((key) => x.includes(key));
  const drafts: ConflictDraft[] = [];
  for (const a of agesA) {
    for (const b of agesB) {
      if (!samePerson(a.subject, b.subject) || a.years === b.years) continue;
      // Either report giving an age the other gives to one of these names (`Walsh` may be either
      // Walsh of the other report): one person's age agreed, not two contradicted. Both sides
      // alike, so compare(b, a) mirrors compare(a, b).
      const either = (x: { subject: readonly string[] }): boolean => samePerson(x.subject, a.subject) || samePerson(x.subject, b.subject);
      const yearsB = new Set(agesB.filter(either).map((y) => y.years));
      if (agesA.some((x) => either(x) && yearsB.has(x.years))) continue;
      drafts.push(draftOf('number', 'age', a.unit, b.unit, A, B, 1));
    }
  }
  if (drafts.length > 0) return drafts;
  // The one age each report gives anyone, one of them the story's person written by age alone
  // (`The 27-year-old` / `The 28-year-old`): one person's. Two ages introduced with `a` (`a
  // 58-year-old former mayor` / `a 51-year-old economist`) may be two people's.
  const every = (side: Side): { unit: Unit; years: number }[] =>
    side.units.flatMap((unit) => {
      const years = unit.quoted ? null : yearsOld(unit);
      return years === null ? [] : [{ unit, years }];
    });
  const [allA, allB] = [every(A), every(B)];
  const [onlyA, onlyB] = [new Set(allA.map((x) => x.years)), new Set(allB.map((x) => x.years))];
  const [a, b] = [allA[0], allB[0]];
  const definite = (side: Side, unit: Unit): boolean => /\bthe\s+$/iu.test(side.text.slice(Math.max(0, unit.start - 5), unit.start));
  if (onlyA.size === 1 && onlyB.size === 1 && a !== undefined && b !== undefined && a.years !== b.years && (definite(A, a.unit) || definite(B, b.unit))) drafts.push(draftOf('number', 'age', a.unit, b.unit, A, B, 1));
  return drafts;
}

/**
 * Roles one person holds in a story (`Justice Ann Hale wrote the dissent`, `the referee, Tom
 * Bell`): a report that gives the role to one person and another that gives it to someone else
 * contradict each other. Roles many people hold at once (coach, minister, captain of each team)
 * are not among them.
 */
const SOLE_ROLES = new Set(['dissent', 'referee', 'umpire', 'pilot']);
/** How far a role word and its holder's name may stand apart: `In dissent, Justice Ann Hale`. */
const ROLE_REACH = 24;

interface RoleMention {
  role: string;
  /** The holder's surname: the last unit of their name. */
  holder: string;
  span: CharRange;
}

/**
 * What may stand between a role word and the name after it: nothing but a comma (`The pilot, Tom
 * Bell`) and titles (`In dissent, Justice Ann Hale`, `Referee Tom Bell`). Not `by`, `said` or any
 * other word: `The dissent was criticised by Senator Ann Hale`, `Pilot error, said Transport
 * Minister Ann Hale`.
 */
const ROLE_THEN_NAME = /^,?\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;
/**
 * What may stand between a name and the role word after it: apposition (`Tom Bell, the pilot`) or
 * a verb of writing or holding it (`Justice Tom Reed wrote the dissent`, `Tom Bell was the pilot`).
 */
const NAME_THEN_ROLE = /^,?\s+(?:who\s+)?(?:(?:has|had|have|was|is)\s+)?(?:(?:wrote|written|writes|authored|penned|delivered|issued|was|is|served\s+as|acted\s+as)\s+)?the\s+(?:(?:lone|sole|main|principal|only)\s+)?$|^,?\s*$/u;

/**
 * Each sole role a report gives a holder, with the holder's name: the nearest run of two or
 * more names (`Justice Ann Hale`) within reach of the role word, in its sentence, joined to it
 * as `ROLE_THEN_NAME` or `NAME_THEN_ROLE` say. A name the role is said by or said of (a speaker,
 * a critic) is not its holder.
 */
function roleMentions(side: Side): RoleMention[] {
  const mentions: RoleMention[] = [];
  for (const units of side.unitsBySentence) {
    for (const unit of units) {
      if (!unit.key.startsWith('lem:') || unit.quoted) continue;
      const role = unit.key.slice(4);
      if (!SOLE_ROLES.has(role)) continue;
      let best: { first: number; last: number; gap: number } | null = null;
      for (let i = 0; i < units.length; i += 1) {
        const name = units[i];
        if (name?.kind !== 'name' || name.quoted || (i > 0 && units[i - 1]?.kind === 'name' && units[i - 1]?.last === name.first)) continue;
        let last = i;
        while (units[last + 1]?.kind === 'name' && units[last + 1]?.first === units[last]?.last) last += 1;
        const end = units[last]?.end ?? name.end;
        const gap = end <= unit.start ? unit.start - end : name.start - unit.end;
        if (last === i || gap < 0 || gap > ROLE_REACH || (best !== null && best.gap <= gap)) continue;
        const between = end <= unit.start ? side.text.slice(end, unit.start) : side.text.slice(unit.end, name.start);
        if (!(end <= unit.start ? NAME_THEN_ROLE : ROLE_THEN_NAME).test(between)) continue;
        best = { first: i, last, gap };
      }
      const [first, last] = best === null ? [] : [units[best.first], units[best.last]];
      if (first === undefined || last === undefined) continue;
      mentions.push({ role, holder: last.key, span: charRange(Math.min(first.start, unit.start), Math.max(last.end, unit.end)) });
    }
  }
  return mentions;
}

/**
 * A sole role the two reports give to different people: each gives it to one person only, and
 * neither names the other's holder anywhere (a report that names both may tell of two roles).
 */
export function roleConflicts(A: Side, B: Side): ConflictDraft[] {
  const [rolesA, rolesB] = [roleMentions(A), roleMentions(B)];
  const [namesA, namesB] = [namesOf(A), namesOf(B)];
  const drafts: ConflictDraft[] = [];
  for (const role of new Set(rolesA.map((mention) => mention.role))) {
    const [ofA, ofB] = [rolesA.filter((mention) => mention.role === role), rolesB.filter((mention) => mention.role === role)];
    const [holdersA, holdersB] = [new Set(ofA.map((mention) => mention.holder)), new Set(ofB.map((mention) => mention.holder))];
    if (holdersA.size !== 1 || holdersB.size !== 1) continue;
    const [a, b] = [ofA[0], ofB[0]];
    if (a === undefined || b === undefined || a.holder === b.holder || namesB.has(a.holder) || namesA.has(b.holder)) continue;
    const values: [string, string] = [A.text.slice(a.span.start, a.span.end), B.text.slice(b.span.start, b.span.end)];
    drafts.push({ a: [a.span], b: [b.span], kind: 'name', subject: role, values, note: conflictNote(role, values), strength: 1 });
  }
  return drafts;
}
