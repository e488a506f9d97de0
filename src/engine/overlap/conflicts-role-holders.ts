import { charRange } from '../text/ranges.ts';
import { withoutAccents, type ConflictDraft, type Side } from './conflicts-common.ts';
import { firstNamesBefore } from './conflicts-people.ts';
import { plainWordsOf } from './plain-words.ts';
import { SAYING_VERBS } from './speakers.ts';
import { conflictNote } from './types.ts';
import type { Lexicon } from './units.ts';

/**
 * One role, two holders (round 25t): two reports that tell the same deed in the same words
 * (`set the fastest lap of the race`, `becomes minister of public safety`, `made it 28-26 with
 * 40 seconds left`) of two different people. conflicts-people.ts pairs people by the words
 * beside them, but only people the other report never names, and only by their full names;
 * here both people are often named in both reports, and the deed is told of a surname alone
 * (`Okafor set …`). So the role is read as the predicate after a person's name: three content
 * words in a row (lemmatised) that both reports write of one person each, and of no one else in
 * either report. A report that gives the deed to both people (or to one person in both) gives
 * no conflict.
 */

interface Holder {
  /** The person's surname, plain (lower-cased, without accents). */
  surname: string;
  /** From the name's first word to the end of the predicate's words. */
  start: number;
  end: number;
}

/** Words that carry no role: articles, prepositions, auxiliaries, pronouns, conjunctions, adverbs of sequence. */
const FUNCTION_WORDS = new Set(
  'a an the of to in on at for from by with as into onto over after before than that which who whom whose it its his her their them they he she him this these those was were is are be been being has have had will would could should may might also then again and or but not only just still'.split(' '),
);
/** How many words of the predicate are read (a clause's worth). */
const PREDICATE_WORDS = 24;
/** How many content words in a row make one role. */
const ROLE_WORDS = 3;
/** A capitalised name run: one to four words (`Marc-André Tremblay`, `Mette Kjaergaard`). */
const NAME_RUN = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,3}(?![\p{L}\p{M}'’-])/gu;
/** What may stand between the name and its predicate: `, who also`, or an apposition set off by commas (`, a two-term MP from Quebec City,`). */
const BRIDGE = /^(?:,\s+who\s+(?:also\s+)?|,\s+(?:an?|the|\p{Lu})[^,.;:“”"]{0,80},\s+(?=\p{Ll})|\s+(?=\p{Ll}))/u;
/** A name followed by a conjunction or a preposition is no subject (`urged Ann Kovac to resign`, `Lakeview, while …`): what follows is another's deed or another clause. */
const NO_PREDICATE = /^(?:while|and|but|or|as|when|where|after|before|because|if|whose|which|that|of|in|on|at|for|from|to|with|by)\b/u;
/** Words after which a verb comes (`to make it`, `and then scored`, `the goal that made it`). */
const VERB_BEFORE = new Set(['to', 'and', 'then', 'that', 'who']);
/** Before a clause's subject: the start of the text or a sentence, a comma, a conjunction. */
const CLAUSE_OPENS = /(?:^|[.!?;,:“”"]\s*|\s(?:and|but|while|as|when|after)\s+)$/u;
/** A conjunction followed, within three words, by a capitalised one: another clause with its own subject. */
const ANOTHER_SUBJECT = /\s(?:and|but|while|as|whereas)\s+(?=(?:\p{Ll}+\s+){0,2}\p{Lu})/u;
/** A possessive determiner before a name: a body or a thing someone has (`her Green Alliance`), not a person. */
const BELONGS = /\b(?:her|his|their|its|our|my|your)\s+$/iu;
const SAYS_FIRST = new RegExp(String.raw`^${SAYING_VERBS}\b`, 'u');
const WORD = /[\p{L}\p{M}\d][\p{L}\p{M}\d'’-]*/gu;

const plain = (word: string): string => withoutAccents(word).toLowerCase();
/**
 * A deed told of another occasion (`Ivo Marek, who won the Harbour Cup last year,`, `who won it in
 * 2024`): a past holder of the role, not a second account of this one (session 19's final read).
 */
const ANOTHER_OCCASION = /\b(?:last|previous)\s+(?:year|season|month|week|time|edition)\b|\b(?:19|20)\d\d\b|\b(?:ago|previously|formerly)\b/iu;

/** Letters no accent mark separates from their plain spelling (`Kjærgaard` / `Kjaergaard`, `Sørensen` / `Sorensen`). */
const LIGATURES: Record<string, string> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd' };
const fold = (word: string): string => word.replace(/[æøœßłđ]/gu, (letter) => LIGATURES[letter] ?? letter);
const folded = (words: ReadonlySet<string>): ReadonlySet<string> => new Set([...words].map(fold));

/** What a report tells of its people: each role (three content lemmas in a row) with who holds it, and who does each deed (a role's first two lemmas, `cut ribbon`). */
interface Roles {
  roles: Map<string, Holder[]>;
  deeds: Map<string, Set<string>>;
}

const deedOf = (key: string): string => key.split(' ').slice(0, 2).join(' ');

function rolesOf(text: string, lexicon: Lexicon): Roles {
  const surnames = firstNamesBefore(text);
  const roles = new Map<string, Holder[]>();
  const deeds = new Map<string, Set<string>>();
  for (const match of text.matchAll(NAME_RUN)) {
    const start = match.index;
    const words = match[0].split(/\s+/u);
    const last = words.at(-1) ?? '';
    const surname = plain(last).replace(/['’]s$/u, '');
    // A person: a surname the report writes after a first name somewhere, unknown to the
    // dictionary as written (`Mendes` is no plural of `mend`), and no one's belonging (`her Green Alliance`).
    if (!surnames.has(surname) || FUNCTION_WORDS.has(surname) || lexicon.isKnownWord(surname) || BELONGS.test(text.slice(Math.max(0, start - 8), start))) continue;
    // A surname alone stands as a subject where a clause opens (`Okafor set …`), not after a verb (`put Randers ahead`).
    if (words.length === 1 && !CLAUSE_OPENS.test(text.slice(Math.max(0, start - 12), start))) continue;
    const after = text.slice(start + match[0].length, start + match[0].length + 300);
    const bridge = BRIDGE.exec(after);
    if (bridge === null) continue;
    const predicateStart = start + match[0].length + bridge[0].length;
    // The predicate ends where its clause does: a mark, or a conjunction that brings another subject (`and left wing Mette …`).
    const clause = (/^[^,.;:!?“”"]*/u.exec(text.slice(predicateStart, predicateStart + 200))?.[0] ?? '').split(ANOTHER_SUBJECT)[0] ?? '';
    if (SAYS_FIRST.test(clause) || NO_PREDICATE.test(clause) || ANOTHER_OCCASION.test(clause)) continue;
    const lemmas: { lemma: string; end: number; opens: boolean }[] = [];
    let [read, previous] = [0, ''];
    for (const word of clause.matchAll(WORD)) {
      if ((read += 1) > PREDICATE_WORDS) break;
      const lower = word[0].toLowerCase();
      const opens = read === 1 || VERB_BEFORE.has(previous);
      previous = lower;
      if (FUNCTION_WORDS.has(lower)) continue;
      lemmas.push({ lemma: /\d/u.test(lower) ? lower : lexicon.lemmatize(lower), end: predicateStart + word.index + word[0].length, opens });
    }
    for (let at = 0; at + ROLE_WORDS <= lemmas.length; at += 1) {
      // A role is a deed: its words open with a verb (the predicate's first word, or one after `to`, `and`, `then`, `that`).
      if (lemmas[at]?.opens !== true) continue;
      const run = lemmas.slice(at, at + ROLE_WORDS);
      const key = run.map((word) => word.lemma).join(' ');
      const holder = { surname, start, end: run.at(-1)?.end ?? predicateStart };
      const holders = roles.get(key);
      if (holders === undefined) roles.set(key, [holder]);
      else holders.push(holder);
      const doers = deeds.get(deedOf(key));
      if (doers === undefined) deeds.set(deedOf(key), new Set([surname]));
      else doers.add(surname);
    }
  }
  return { roles, deeds };
}

/** One role both reports tell, each of one person only, not the same one: one conflict per pair of mentions. */
export function roleHolderConflicts(A: Side, B: Side, lexicon: Lexicon): ConflictDraft[] {
  const [{ roles: rolesA, deeds: deedsA }, { roles: rolesB, deeds: deedsB }] = [rolesOf(A.text, lexicon), rolesOf(B.text, lexicon)];
  const drafts: ConflictDraft[] = [];
  const seen = new Set<string>();
  // The words each report writes, folded: read only when a role is told of two people.
  let [writtenA, writtenB]: (ReadonlySet<string> | undefined)[] = [undefined, undefined];
  for (const [key, holdersA] of rolesA) {
    const holdersB = rolesB.get(key);
    if (holdersB === undefined) continue;
    const [namesA, namesB] = [new Set(holdersA.map((holder) => holder.surname)), new Set(holdersB.map((holder) => holder.surname))];
    if (namesA.size !== 1 || namesB.size !== 1) continue;
    const [a, b] = [holdersA[0] as Holder, holdersB[0] as Holder];
    // Neither report tells the deed of the other's holder, whatever else it adds (`cut the ribbon
    // at the mainland entrance` / `cut the ribbon an hour later`): both may have done it.
    const deed = deedOf(key);
    if (a.surname === b.surname || deedsB.get(deed)?.has(a.surname) === true || deedsA.get(deed)?.has(b.surname) === true) continue;
    // Two people: one of them written in the other report too. Two names neither report writes
    // of the other may be one person named two ways (`Pritchard` / `Pritchett`): the spelling
    // check's (conflicts-names.ts) and the people's (conflicts-people.ts).
    writtenA ??= folded(plainWordsOf(A.text));
    writtenB ??= folded(plainWordsOf(B.text));
    if (!writtenB.has(fold(a.surname)) && !writtenA.has(fold(b.surname))) continue;
    const pair = `${a.start}:${b.start}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    const values: [string, string] = [A.text.slice(a.start, a.end), B.text.slice(b.start, b.end)];
    drafts.push({ a: [charRange(a.start, a.end)], b: [charRange(b.start, b.end)], kind: 'name', subject: 'who', values, note: conflictNote('who', values), strength: 1 });
  }
  return drafts;
}
