import { charRange } from '../text/ranges.ts';
import { withoutAccents, type ConflictDraft, type Side } from './conflicts-common.ts';
import { firstNamesBefore } from './conflicts-people.ts';
import { successorsOf } from './conflicts-role-successors.ts';
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
  /** Told of one category of a competition (`in the women’s race`): the key gives no conflict. */
  categorised?: boolean;
}

/** Words that carry no role: articles, prepositions, auxiliaries, pronouns, conjunctions, adverbs of sequence. */
const FUNCTION_WORDS = new Set(
  'a an the of to in on at for from by with as into onto over after before than that which who whom whose it its his her their them they he she him this these those was were is are be been being has have had will would could should may might also then again and or but not only just still'.split(' '),
);
/** How many words of the predicate are read (a clause's worth). */
const PREDICATE_WORDS = 24;
/** How many content words in a row make one role. */
const ROLE_WORDS = 3;
/**
 * Words whose `to` tells a deed not done (`failed to set …`, `had hoped to become …`, `wants to
 * win …`), verbs or not (`is likely to become …`, `is tipped to …`, `the favourite to …`, `is set
 * to …`): the deed after that `to` is no role of the name before (reviews 26t and 20a).
 */
const UNDONE_BEFORE_TO = new Set(['fail', 'hope', 'want', 'try', 'seek', 'plan', 'aim', 'expect', 'intend', 'refuse', 'decline', 'vow', 'promise', 'threaten', 'need', 'wish', 'attempt', 'bid', 'struggle', 'hesitate', 'offer', 'ask', 'urge', 'dream', 'likely', 'unlikely', 'tip', 'poise', 'favourite', 'favorite', 'set', 'due']);
/** Verbs that give a person an office (`becomes minister of …`, `appointed as chair`): the office, written without an article, is one person's. */
const OFFICE_VERBS = new Set(['become', 'appoint', 'name', 'elect', 'promote', 'install', 'select', 'choose', 'pick', 'succeed']);
/** An office written bare after its verb, or after `as` (`becomes minister`, `appointed as chair`). */
const BARE = /^\s+(?:as\s+)?$/u;
/** Words that make a deed one holder's after `the`, one word between at most (`set the fastest lap`, `scored the winning goal`, `the course record`). */
const ONE_HOLDER = new Set(['record', 'best', 'worst', 'first', 'second', 'third', 'fourth', 'fifth', 'last', 'only', 'sole', 'winning', 'deciding', 'decisive', 'opening', 'equalising', 'equalizing', 'clinching']);
/**
 * Such a word marks a deed won, not one many share (`attended the opening ceremony`, `visited the
 * largest hospital`, `missed the last train`), only after a verb of winning or before a result
 * (review 20a). `take` is left out: `took the last train`, `took the first question`.
 */
const WINNING_VERBS = new Set(['set', 'score', 'win', 'claim', 'break', 'clinch', 'seal']);
const RESULTS = new Set(['record', 'lap', 'goal', 'time', 'place', 'medal', 'title']);
/** A running score (`made it 28-26`): one moment of a game, one scorer. */
const SCORE = /^\d+[-–]\d+$/u;
/** A capitalised name run: one to four words (`Marc-André Tremblay`, `Mette Kjaergaard`). */
const NAME_RUN = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,3}(?![\p{L}\p{M}'’-])/gu;
/**
 * A role told in a participle apposition (`Tayla Ngata, named player of the match, landed …`,
 * round 27a): the apposition is the name's predicate, when its participle gives an office.
 */
const PARTICIPLE_APPOSITION = /^,\s+(\p{Ll}+)\s+[^,.;:!?“”"]{1,80}(?=,)/u;
/** Auxiliaries of a passive before its participle (`was named`, `has been appointed`, `will be named`): the deed opens at the participle. No modal, no `to be`. */
const PASSIVE_OPENING = /^(?:is|are|was|were|(?:has|have|had)\s+been|will\s+be)\s+$/u;
/** A category of a competition (`in the women’s race`, `under-21`): a role of one category is not another's (review 21a). */
const CATEGORY = /\b(?:women|men|girls|boys|ladies)['’]s?\b|\b(?:junior|under-\d+)\b/iu;
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
/** A name after another and `and` (`Marek and Berglund set …`): the last of a list of subjects, whose deed is the list's, not one holder's (review 26t). */
const LISTED_AFTER = /\p{Lu}[\p{L}\p{M}'’-]*\s+(?:and|&)\s+$/u;
/** A possessive determiner before a name: a body or a thing someone has (`her Green Alliance`), not a person. */
const BELONGS = /\b(?:her|his|their|its|our|my|your)\s+$/iu;
const SAYS_FIRST = new RegExp(String.raw`^${SAYING_VERBS}\b`, 'u');
const WORD = /[\p{L}\p{M}\d][\p{L}\p{M}\d'’-]*/gu;

const plain = (word: string): string => withoutAccents(word).toLowerCase();
/**
 * A deed told of another occasion (`Ivo Marek, who won the Harbour Cup last year,`, `who won it in
 * 2024`): a past holder of the role, not a second account of this one (session 19's final read).
 */
const ANOTHER_OCCASION = /\b(?:last|previous)\s+(?:year|season|month|week|time|edition)\b|\b(?:19|20)\d\d(?:['’]?s)?\b|\b(?:ago|previously|formerly)\b/iu;

/** Letters no accent mark separates from their plain spelling (`Kjærgaard` / `Kjaergaard`, `Sørensen` / `Sorensen`). */
const LIGATURES: Record<string, string> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd' };
const fold = (word: string): string => word.replace(/[æøœßłđ]/gu, (letter) => LIGATURES[letter] ?? letter);
const folded = (words: ReadonlySet<string>): ReadonlySet<string> => new Set([...words].map(fold));

/**
 * Whether a role's words tell a deed only one person can do (review 26t): a running score (`made it
 * 28-26`), `the` and a superlative, an ordinal or a record straight after a verb of winning or
 * before a result (`set the fastest lap`, `the winning goal`, `the course record`), or an office
 * written bare after a verb that gives it (`becomes minister of …`).
 */
function oneHolders(text: string, run: readonly { lemma: string; start: number; end: number }[], lexicon: Lexicon): boolean {
  const [first, second, last] = [run[0], run[1], run.at(-1)];
  if (first === undefined || second === undefined || last === undefined) return false;
  if (run.some((word) => SCORE.test(word.lemma))) return true;
  if (OFFICE_VERBS.has(first.lemma) && BARE.test(text.slice(first.end, second.start))) return true;
  for (const found of text.slice(first.start, last.end).matchAll(/\bthe((?:\s+\p{Ll}+){1,2})/gu)) {
    const words = (found[1] ?? '').trim().split(/\s+/u);
    if (!words.some((word) => ONE_HOLDER.has(word) || superlative(word, lexicon))) continue;
    // The deed's object comes straight after its verb; a `the` after a preposition tells an occasion (`spoke for the first time`).
    const verb = run.filter((word) => word.end <= first.start + found.index).at(-1);
    if (verb === undefined || text.slice(verb.end, first.start + found.index).trim() !== '') continue;
    if (WINNING_VERBS.has(verb.lemma) || words.some((word) => RESULTS.has(lexicon.lemmatize(word)))) return true;
  }
  return false;
}
/** A superlative: a word on `-est` the dictionary takes back to its adjective (`fastest`, `biggest`, `earliest`; not `interest`, `protest`). */
const superlative = (word: string, lexicon: Lexicon): boolean => word.endsWith('est') && lexicon.lemmatize(word) !== word;

/** What a report tells of its people: each role (three content lemmas in a row) with who holds it, and who does each deed (a role's first two lemmas, `cut ribbon`). */
interface Roles {
  roles: Map<string, Holder[]>;
  deeds: Map<string, Set<string>>;
  /** Each surname the report writes after a first name, with those first names. */
  surnames: ReadonlyMap<string, readonly string[]>;
}

const deedOf = (key: string): string => key.split(' ').slice(0, 2).join(' ');

function rolesOf(side: Side, lexicon: Lexicon): Roles {
  const { text, clauses } = side;
  const surnames = firstNamesBefore(text);
  const roles = new Map<string, Holder[]>();
  const deeds = new Map<string, Set<string>>();
  let within = 0;
  for (const match of text.matchAll(NAME_RUN)) {
    const start = match.index;
    // A deed told inside a quotation is someone's claim or joke (`“Marek set the course record, not
    // me,” Berglund joked`), not the report's account (review 26t). Names come in order: one walk.
    while ((clauses[within]?.end ?? Infinity) <= start) within += 1;
    if (clauses[within]?.quoted === true && (clauses[within]?.start ?? Infinity) <= start) continue;
    const words = match[0].split(/\s+/u);
    const last = words.at(-1) ?? '';
    const surname = plain(last).replace(/['’]s$/u, '');
    // A person: a surname the report writes after a first name somewhere, unknown to the
    // dictionary as written (`Mendes` is no plural of `mend`), and no one's belonging (`her Green Alliance`).
    if (!surnames.has(surname) || FUNCTION_WORDS.has(surname) || lexicon.isKnownWord(surname) || BELONGS.test(text.slice(Math.max(0, start - 8), start))) continue;
    // A surname alone stands as a subject where a clause opens (`Okafor set …`), not after a verb (`put Randers ahead`).
    if (words.length === 1 && !CLAUSE_OPENS.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (LISTED_AFTER.test(text.slice(Math.max(0, start - 40), start))) continue;
    const after = text.slice(start + match[0].length, start + match[0].length + 300);
    const apposition = PARTICIPLE_APPOSITION.exec(after);
    const participle = apposition?.[1] ?? '';
    const givesOffice = participle !== '' && lexicon.lemmatize(participle) !== participle && OFFICE_VERBS.has(lexicon.lemmatize(participle));
    const bridge = givesOffice ? /^,\s+/u.exec(after) : BRIDGE.exec(after);
    if (bridge === null) continue;
    const predicateStart = start + match[0].length + bridge[0].length;
    // The predicate ends where its clause does: a mark, or a conjunction that brings another subject (`and left wing Mette …`).
    const clause = (/^[^,.;:!?“”"]*/u.exec(text.slice(predicateStart, predicateStart + 200))?.[0] ?? '').split(ANOTHER_SUBJECT)[0] ?? '';
    if (SAYS_FIRST.test(clause) || NO_PREDICATE.test(clause) || ANOTHER_OCCASION.test(clause)) continue;
    const categorised = CATEGORY.test(clause);
    const lemmas: { lemma: string; start: number; end: number; opens: boolean }[] = [];
    let [read, previous, beforePrevious] = [0, '', ''];
    for (const word of clause.matchAll(WORD)) {
      if ((read += 1) > PREDICATE_WORDS) break;
      const lower = word[0].toLowerCase();
      // A `to` after a verb of a deed not done (`failed to set`) opens none.
      const opens = read === 1 || (read <= 4 && PASSIVE_OPENING.test(clause.slice(0, word.index)) && lexicon.lemmatize(lower) !== lower) || (VERB_BEFORE.has(previous) && !(previous === 'to' && UNDONE_BEFORE_TO.has(lexicon.lemmatize(beforePrevious))));
      [beforePrevious, previous] = [previous, lower];
      if (FUNCTION_WORDS.has(lower)) continue;
      lemmas.push({ lemma: /\d/u.test(lower) ? lower : lexicon.lemmatize(lower), start: predicateStart + word.index, end: predicateStart + word.index + word[0].length, opens });
    }
    for (let at = 0; at + ROLE_WORDS <= lemmas.length; at += 1) {
      // A role is a deed: its words open with a verb (the predicate's first word, or one after `to`, `and`, `then`, `that`).
      if (lemmas[at]?.opens !== true) continue;
      const run = lemmas.slice(at, at + ROLE_WORDS);
      const key = run.map((word) => word.lemma).join(' ');
      const doers = deeds.get(deedOf(key));
      if (doers === undefined) deeds.set(deedOf(key), new Set([surname]));
      else doers.add(surname);
      // A role is one person's deed: one several people may do (`scored a penalty`, `visited the
      // school`, `won the title`: a team and its players) holds none (review 26t).
      if (!oneHolders(text, run, lexicon)) continue;
      const holder = { surname, start, end: run.at(-1)?.end ?? predicateStart, categorised };
      const holders = roles.get(key);
      if (holders === undefined) roles.set(key, [holder]);
      else holders.push(holder);
    }
  }
  // A successor told as the agent of a passive holds the role of succeeding the sentence's subject.
  for (const { key, surname, start, end } of successorsOf(side, surnames, (word) => lexicon.isKnownWord(word))) {
    deeds.set(key, new Set([...(deeds.get(key) ?? []), surname]));
    roles.set(key, [...(roles.get(key) ?? []), { surname, start, end }]);
  }
  return { roles, deeds, surnames };
}

/**
 * Two people, not one named two ways: each surname written after first names, none shared, and
 * surnames that do not open alike (`Pritchard` / `Pritchett` may be one man misspelt).
 */
function twoPeople(a: string, b: string, surnamesA: ReadonlyMap<string, readonly string[]>, surnamesB: ReadonlyMap<string, readonly string[]>): boolean {
  const [firstA, firstB] = [surnamesA.get(a) ?? [], surnamesB.get(b) ?? []];
  if (firstA.length === 0 || firstB.length === 0 || firstA.some((first) => firstB.includes(first))) return false;
  return fold(a).slice(0, 3) !== fold(b).slice(0, 3);
}

/** One role both reports tell, each of one person only, not the same one: one conflict per pair of mentions. */
export function roleHolderConflicts(A: Side, B: Side, lexicon: Lexicon): ConflictDraft[] {
  const [{ roles: rolesA, deeds: deedsA, surnames: surnamesA }, { roles: rolesB, deeds: deedsB, surnames: surnamesB }] = [rolesOf(A, lexicon), rolesOf(B, lexicon)];
  const drafts: ConflictDraft[] = [];
  const seen = new Set<string>();
  // The words each report writes, folded: read only when a role is told of two people.
  let [writtenA, writtenB]: (ReadonlySet<string> | undefined)[] = [undefined, undefined];
  for (const [key, holdersA] of rolesA) {
    const holdersB = rolesB.get(key);
    if (holdersB === undefined) continue;
    const [namesA, namesB] = [new Set(holdersA.map((holder) => holder.surname)), new Set(holdersB.map((holder) => holder.surname))];
    if (namesA.size !== 1 || namesB.size !== 1 || [...holdersA, ...holdersB].some((holder) => holder.categorised === true)) continue;
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
    if (!writtenB.has(fold(a.surname)) && !writtenA.has(fold(b.surname)) && !twoPeople(a.surname, b.surname, surnamesA, surnamesB)) continue;
    const pair = `${a.start}:${b.start}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    const values: [string, string] = [A.text.slice(a.start, a.end), B.text.slice(b.start, b.end)];
    drafts.push({ a: [charRange(a.start, a.end)], b: [charRange(b.start, b.end)], kind: 'name', subject: 'who', values, note: conflictNote('who', values), strength: 1 });
  }
  return drafts;
}
