import { charRange, type CharRange } from '../text/ranges.ts';
import type { Clause } from './clauses.ts';
import { nameRunKeys, type Side } from './conflicts-common.ts';
import { speakers } from './conflicts-speakers-sentences.ts';
import { saysAfter, saysBeside } from './conflicts-speakers-verbs.ts';
import type { Unit } from './units.ts';

/**
 * Who speaks a sentence whose own names do not say it (the speaker conflicts,
 * `conflicts-speakers.ts`): a pronoun's antecedent (`“…,” he said`), the next paragraph's speaker
 * for a quotation that runs on, or the speaker of a sentence its quotation runs through. The
 * names a sentence itself gives: `conflicts-speakers-sentences.ts`.
 */

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
