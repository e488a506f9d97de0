import { charRange, type CharRange } from '../text/ranges.ts';
import { lemmasRelated, type ConflictDraft, type Side } from './conflicts-common.ts';
import { nameKey } from './conflicts-people.ts';
import { PERSON_NOUNS } from './conflicts-person-nouns.ts';
import { quotedAt } from './conflicts-places.ts';
import { conflictNote } from './types.ts';
import type { Lexicon } from './units.ts';

/**
 * A role and its holder written side by side (round 26w): an apposition either way round (`The
 * biggest investor, Kronvall Pension,` / `Ann Hale, president of the Growers' Union,`), a role
 * that `went to` someone (`Second prize went to Ivo Marek`), a role that `is` someone. Two reports
 * that give one role to two holders contradict each other, where the role is one only one holder
 * can have: a superlative or an ordinal rank (`the largest shareholder`, `second place`), or an
 * office of a named body (`president of X`; `Its president` where the sentence before names X).
 * A role with an indefinite article (`a vice-president`) or told as past (`former`, `outgoing`)
 * is none. A conflict's first range is the holder's name, then the rest of the apposition (mend G,
 * session 21): where the name slots already set the two names against each other, the pair loop
 * (which keys on the first range's start) keeps one conflict, not two.
 */

interface Holding {
  /** The role's words, lower-case: the head noun last. */
  role: readonly string[];
  /** The body the role is in (its whole name, plain: `Labour Party` is not `Green Party`; for `Its`, the subject of the sentence it follows), or null for `The` rank. */
  body: string | null;
  /** The holder's surname or last word, plain. */
  holder: string;
  /** Whether the role is an office of the body (`president`), not a rank in it (`its biggest shareholder`). */
  office: boolean;
  /** Every word of the holder's name, plain: two names that share one may be one holder (`Kronvall` / `Kronvall Pension`). */
  names: readonly string[];
  /** The whole apposition, for the note. */
  phrase: CharRange;
  /** The holder's name: where the conflict is marked. */
  span: CharRange;
}

/** A name's words, plain, one space apart: two bodies are one when these are equal. */
const plainName = (name: string): string => name.split(/\s+/u).map(nameKey).join(' ');
/** A name: capitalised words, a hyphen or an apostrophe inside (`Ji-ho Baek`, `O’Neill`). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3}`;
/** Up to four lower-case words of a role (`biggest cornerstone investor`). */
const ROLE = String.raw`\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}`;
/** Offices one person holds in a body (not `founder` or `owner`: a body often has several). */
const OFFICES = new Set(['president', 'chairman', 'chairwoman', 'chair', 'chairperson', 'director', 'head', 'leader', 'mayor', 'governor', 'ceo', 'captain', 'coach', 'manager', 'secretary-general', 'editor']);
/** Heads of a rank that name a holder but are not person nouns. */
const HOLDER_NOUNS = new Set(['shareholder', 'lender']);
/**
 * Words that make a holder not the sole present one: past (`former`, `ex-`; speakers.ts's
 * PAST_HOLDER), not yet (`incoming`, `future`), for a while or beside the holder (`acting`,
 * `deputy`, `vice-`). Whole words or prefixes before a hyphen, so `latest` is none.
 */
const NOT_SOLE_HOLDER = /^(?:former|ex|erstwhile|outgoing|incoming|previous|past|late|then|future|new|acting|interim|honorary|deputy|vice|co)(?:-|$)/u;
/** An indefinite role: one of several (`a director of`, `one of the directors`). */
const INDEFINITE = new Set(['a', 'an', 'one']);
const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/u;
/** Nouns of a rank: `second place`, `second prize`, `third spot` are one role. */
const RANK_NOUNS = new Set(['place', 'prize', 'spot', 'position']);

/**
 * `The biggest investor, Swedish fund Kronvall Pension,` / `Its president, Ann Hale,` / `The largest
 * investor is … Ekdahl Holding`: an apposition closes with a comma (`The biggest problem, Hale said,`
 * is a speaker, not a holder), a role that `is` someone ends its clause.
 */
const ROLE_THEN_HOLDER = new RegExp(String.raw`\b(The|Its|Their|the|its|their)\s+(${ROLE})(?:,\s+((?:[^,.;“”"]{0,50}?\s)??)(${NAME})(?=\s*,)|\s+(?:is|was)\s+((?:[^,.;“”"]{0,50}?\s)??)(${NAME})(?=\s*[,.;]))`, 'gu');
/**
 * `Ann Hale, president of the Growers' Union,` / `Ann Hale, the chair of …`: the body's name right
 * after `of [the]` (`head of communications at X`, `leader of the opposition in X` are of a part),
 * and the apposition's end right after it: `captain of the England women's team`, `coach of Wales
 * when they last won` hold a narrower or a past role (review 21b).
 */
const HOLDER_THEN_ROLE = new RegExp(String.raw`(${NAME}),\s+(?:the\s+)?(${ROLE})\s+of\s+(?:the\s+)?(${NAME})(?=\s*[,.;)]|$)`, 'gu');
/** `Second prize went to … Ivo Marek` (not `… in the women's race`: one of several ranks). */
const ROLE_WENT_TO = new RegExp(String.raw`\b(First|Second|Third|first|second|third)\s+(place|prize|spot|position)\s+went\s+to\s+((?:[^,.;“”"]{0,50}?\s)??)(${NAME})(?=\s*[,.;]|\s+(?:who|with|for|in|after|and)\b)`, 'gu');

/** A race, category or division the rank is in: a competition may have several. */
const IN_ONE_OF_SEVERAL = /^\s*,?\s*in\s+the\s+[^,.;]{0,40}?\b(?:race|category|division|class|section|event|final|heat|group)s?\b/u;

/** A holding is unique: a superlative or an ordinal rank of a person, or an office of a body. */
function unique(role: readonly string[], office: boolean, lexicon: Lexicon): boolean {
  if (INDEFINITE.has(role[0] ?? '') || role.some((word) => NOT_SOLE_HOLDER.test(word))) return false;
  const head = role.at(-1) ?? '';
  // A plural is no one holder (`the biggest contributors`).
  if (lexicon.lemmatize(head) !== head) return false;
  if (office) return OFFICES.has(head);
  // A rank of a person or a place in an order (`The biggest risk, Dunmore,` is none); the noun, so the plural test above is what drops `backers`.
  const noun = lexicon.lemmatize(head);
  if (![PERSON_NOUNS, HOLDER_NOUNS, RANK_NOUNS, OFFICES].some((nouns) => nouns.has(noun))) return false;
  return role.some((word, at) => (ORDINAL.test(word) && at === role.length - 2 && RANK_NOUNS.has(head)) || (/est$/u.test(word) && at < role.length - 1 && lexicon.isKnownWord(lexicon.lemmatize(word)) && lexicon.lemmatize(word) !== word));
}

/** The first run of capitalised words (`The` dropped), plain, or null. */
function firstNameRun(text: string): string | null {
  const run = new RegExp(NAME, 'u').exec(text)?.[0].replace(/^The\s+/u, '');
  return run === undefined || /^The$/u.test(run) ? null : plainName(run);
}

/**
 * What `Its` stands for: the subject of this sentence before `at` (`Valeline said its head, …`), or
 * else of the sentence before (`Valeline said it asked the Growers Union for help. Its head, …` is
 * Valeline's) — its first run of capitalised words, or null.
 */
function bodyNamedJustBefore(side: Side, at: number): string | null {
  const sentences = side.unitsBySentence;
  for (let s = 0; s < sentences.length; s += 1) {
    const units = sentences[s] ?? [];
    if ((units.at(-1)?.end ?? 0) < at) continue;
    const start = units[0]?.start ?? 0;
    const here = firstNameRun(side.text.slice(start, at));
    if (here !== null) return here;
    const before = sentences[s - 1];
    return before === undefined ? null : firstNameRun(side.text.slice(before[0]?.start ?? 0, before.at(-1)?.end ?? 0));
  }
  return null;
}

/** Each role a report gives a holder beside it. */
function holdingsOf(side: Side, lexicon: Lexicon): Holding[] {
  const found: Holding[] = [];
  const nameWords = (name: string): string[] => name.split(/\s+/u).map(nameKey);
  const last = (name: string): string => nameWords(name).at(-1) ?? '';
  const end = (match: RegExpExecArray): number => match.index + match[0].length;
  // The name ends the match in the frames where it comes last.
  const endingIn = (match: RegExpExecArray, name: string): CharRange => charRange(end(match) - name.length, end(match));
  for (const match of side.text.matchAll(ROLE_THEN_HOLDER)) {
    const [, det = '', words = '', , commaName, , isName] = match;
    const name = commaName ?? isName ?? '';
    const role = words.split(/\s+/u);
    // `Its president`, `its biggest shareholder`: of the body the report has just named.
    const body = /^(?:its|their)$/iu.test(det) ? bodyNamedJustBefore(side, match.index) : null;
    if (/^(?:its|their)$/iu.test(det) && body === null) continue;
    found.push({ role, body, office: body !== null && OFFICES.has(role.at(-1) ?? ''), holder: last(name), names: nameWords(name), phrase: charRange(match.index, end(match)), span: endingIn(match, name) });
  }
  for (const match of side.text.matchAll(HOLDER_THEN_ROLE)) {
    const [, name = '', words = '', body = ''] = match;
    found.push({ role: words.split(/\s+/u), body: plainName(body), office: true, holder: last(name), names: nameWords(name), phrase: charRange(match.index, end(match)), span: charRange(match.index, match.index + name.length) });
  }
  for (const match of side.text.matchAll(ROLE_WENT_TO)) {
    const [, ordinal = '', noun = '', , name = ''] = match;
    if (IN_ONE_OF_SEVERAL.test(side.text.slice(end(match), end(match) + 60))) continue;
    found.push({ role: [ordinal.toLowerCase(), noun], body: null, office: false, holder: last(name), names: nameWords(name), phrase: charRange(match.index, end(match)), span: endingIn(match, name) });
  }
  return found.filter((holding) => !quotedAt(side.clauses, holding.phrase.start) && unique(holding.role, holding.office, lexicon));
}

/** One role: the same number of words, the same head (ranks alike), each other word the same or related (`biggest` / `largest`). */
function sameRole(a: readonly string[], b: readonly string[], lexicon: Lexicon): boolean {
  if (a.length !== b.length) return false;
  const [headA, headB] = [a.at(-1) ?? '', b.at(-1) ?? ''];
  if (headA !== headB && !(RANK_NOUNS.has(headA) && RANK_NOUNS.has(headB))) return false;
  return a.every((word, at) => at === a.length - 1 || word === b[at] || lemmasRelated(word, b[at] ?? '', lexicon));
}

/** One body: both none (`The biggest investor`), or named alike (whole names, `Its` read as the subject before it). */
const sameBody = (x: Holding, y: Holding): boolean => x.body === y.body;

/** The holder's name first (the pair loop keys a conflict on its first range), then the rest of the apposition. */
const marked = (x: Holding): CharRange[] => [x.span, ...(x.phrase.start < x.span.start ? [charRange(x.phrase.start, x.span.start)] : []), ...(x.span.end < x.phrase.end ? [charRange(x.span.end, x.phrase.end)] : [])];

/**
 * One role each report gives to one holder, not the same, and neither report gives it to the
 * other's holder.
 */
export function roleAppositionConflicts(A: Side, B: Side, lexicon: Lexicon): ConflictDraft[] {
  const [ha, hb] = [holdingsOf(A, lexicon), holdingsOf(B, lexicon)];
  if (ha.length === 0 || hb.length === 0) return [];
  const drafts: ConflictDraft[] = [];
  for (const a of ha) {
    const alike = (x: Holding, y: Holding): boolean => sameRole(x.role, y.role, lexicon) && sameBody(x, y);
    const inB = hb.filter((b) => alike(a, b));
    const inA = ha.filter((other) => alike(other, a) || other === a);
    const holdersA = new Set(inA.map((x) => x.holder));
    const holdersB = new Set(inB.map((x) => x.holder));
    const b = inB[0];
    if (b === undefined || holdersA.size !== 1 || holdersB.size !== 1 || a.names.some((word) => b.names.includes(word))) continue;
    const values: [string, string] = [A.text.slice(a.phrase.start, a.phrase.end), B.text.slice(b.phrase.start, b.phrase.end)];
    drafts.push({ a: marked(a), b: marked(b), kind: 'name', subject: 'who', values, note: conflictNote('who', values), strength: 1 });
  }
  return drafts;
}
