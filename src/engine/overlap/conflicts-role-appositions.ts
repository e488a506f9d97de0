import { charRange, type CharRange } from '../text/ranges.ts';
import { lemmasRelated, withoutAccents, type ConflictDraft, type Side } from './conflicts-common.ts';
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
 * is none.
 */

interface Holding {
  /** The role's words, lower-case: the head noun last. */
  role: readonly string[];
  /** The body an office is of (its whole name, plain: `Labour Party` is not `Green Party`), `?` for `Its`, or null for a rank. */
  body: string | null;
  /** The holder's surname or last word, plain. */
  holder: string;
  /** Every word of the holder's name, plain: two names that share one may be one holder (`Kronvall` / `Kronvall Pension`). */
  names: readonly string[];
  span: CharRange;
}

const plain = (word: string): string => withoutAccents(word).toLowerCase().replace(/['’]s$/u, '');
/** A name: capitalised words, a hyphen or an apostrophe inside (`Ji-ho Baek`, `O’Neill`). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3}`;
/** Up to four lower-case words of a role (`biggest cornerstone investor`). */
const ROLE = String.raw`\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}`;
/** Offices one person holds in a body. */
const OFFICES = new Set(['president', 'chairman', 'chairwoman', 'chair', 'chairperson', 'director', 'head', 'leader', 'mayor', 'governor', 'ceo', 'founder', 'owner', 'captain', 'coach', 'manager', 'secretary-general', 'editor']);
/** A holder who is not the present one, or not yet: no conflict with another. */
const NOT_NOW = /^(?:former|ex-|outgoing|incoming|previous|past|late|then|future|new|acting|interim|honorary|deputy|vice)/u;
const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/u;
/** Nouns of a rank: `second place`, `second prize`, `third spot` are one role. */
const RANK_NOUNS = new Set(['place', 'prize', 'spot', 'position']);

/** `The biggest investor, Swedish fund Kronvall Pension,` / `Its president, Ann Hale,` / `The largest investor is … Ekdahl Holding`. */
const ROLE_THEN_HOLDER = new RegExp(String.raw`\b(The|Its|Their|the|its|their)\s+(${ROLE})(?:,\s+|\s+(?:is|was)\s+)((?:[^,.;“”"]{0,50}?\s)?)(${NAME})(?=\s*[,.;]|\s+(?:according|who|has|had|said|committed|with)\b)`, 'gu');
/** `Ann Hale, president of the Growers' Union,` / `Ann Hale, the chair of …`. */
const HOLDER_THEN_ROLE = new RegExp(String.raw`(${NAME}),\s+(?:the\s+)?(${ROLE})\s+of\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}’'-]*\s+){0,3}(${NAME})`, 'gu');
/** `Second prize went to … Ivo Marek`. */
const ROLE_WENT_TO = new RegExp(String.raw`\b(First|Second|Third|first|second|third)\s+(place|prize|spot|position)\s+went\s+to\s+((?:[^,.;“”"]{0,50}?\s)?)(${NAME})(?=\s*[,.;]|\s+(?:who|with|for|in|after|and)\b)`, 'gu');

/** A holding is unique: a superlative or an ordinal rank, or an office of a body. */
function unique(role: readonly string[], body: string | null, lexicon: Lexicon): boolean {
  if (role.some((word) => NOT_NOW.test(word))) return false;
  const head = role.at(-1) ?? '';
  // A plural is no one holder (`the biggest contributors`).
  if (lexicon.lemmatize(head) !== head) return false;
  if (body !== null) return OFFICES.has(head);
  return role.some((word, at) => (ORDINAL.test(word) && at === role.length - 2 && RANK_NOUNS.has(head)) || (/est$/u.test(word) && at < role.length - 1 && lexicon.isKnownWord(lexicon.lemmatize(word)) && lexicon.lemmatize(word) !== word));
}

/** Whether the report writes `body` (plain) in the sentence before or in this one before `at`: what `Its` stands for. */
function namedBefore(side: Side, at: number, body: string): boolean {
  const sentences = side.unitsBySentence;
  for (let s = 0; s < sentences.length; s += 1) {
    const units = sentences[s] ?? [];
    if ((units.at(-1)?.end ?? 0) < at) continue;
    const from = sentences[s - 1]?.[0]?.start ?? units[0]?.start ?? 0;
    return plain(side.text.slice(from, at)).includes(body);
  }
  return false;
}

/** Each role a report gives a holder beside it. */
function holdingsOf(side: Side, lexicon: Lexicon): Holding[] {
  const found: Holding[] = [];
  const nameWords = (name: string): string[] => name.split(/\s+/u).map(plain);
  const last = (name: string): string => nameWords(name).at(-1) ?? '';
  for (const match of side.text.matchAll(ROLE_THEN_HOLDER)) {
    const [, det = '', words = '', , name = ''] = match;
    const role = words.split(/\s+/u);
    // `Its president` is the president of a body the report has just named; `its closest rival` is a rank.
    const body = /^(?:its|their)$/iu.test(det) && OFFICES.has(role.at(-1) ?? '') ? '?' : null;
    found.push({ role, body, holder: last(name), names: nameWords(name), span: charRange(match.index, match.index + match[0].length) });
  }
  for (const match of side.text.matchAll(HOLDER_THEN_ROLE)) {
    const [, name = '', words = '', body = ''] = match;
    found.push({ role: words.split(/\s+/u), body: plain(body), holder: last(name), names: nameWords(name), span: charRange(match.index, match.index + match[0].length) });
  }
  for (const match of side.text.matchAll(ROLE_WENT_TO)) {
    const [, ordinal = '', noun = '', , name = ''] = match;
    found.push({ role: [ordinal.toLowerCase(), noun], body: null, holder: last(name), names: nameWords(name), span: charRange(match.index, match.index + match[0].length) });
  }
  return found.filter((holding) => !quotedAt(side.clauses, holding.span.start) && unique(holding.role, holding.body, lexicon));
}

/** One role: the same number of words, the same head (ranks alike), each other word the same or related (`biggest` / `largest`). */
function sameRole(a: readonly string[], b: readonly string[], lexicon: Lexicon): boolean {
  if (a.length !== b.length) return false;
  const [headA, headB] = [a.at(-1) ?? '', b.at(-1) ?? ''];
  if (headA !== headB && !(RANK_NOUNS.has(headA) && RANK_NOUNS.has(headB))) return false;
  return a.every((word, at) => at === a.length - 1 || word === b[at] || lemmasRelated(word, b[at] ?? '', lexicon));
}

/** One body: named alike, or one report's `Its` where it names the other's body just before. */
function sameBody(x: Holding, y: Holding, sideX: Side, sideY: Side): boolean {
  if (x.body === null || y.body === null) return x.body === y.body;
  if (x.body === '?' && y.body === '?') return false;
  if (x.body === '?') return namedBefore(sideX, x.span.start, y.body);
  if (y.body === '?') return namedBefore(sideY, y.span.start, x.body);
  return x.body === y.body;
}

/**
 * One role each report gives to one holder, not the same, and neither report gives it to the
 * other's holder.
 */
export function roleAppositionConflicts(A: Side, B: Side, lexicon: Lexicon): ConflictDraft[] {
  const [ha, hb] = [holdingsOf(A, lexicon), holdingsOf(B, lexicon)];
  if (ha.length === 0 || hb.length === 0) return [];
  const drafts: ConflictDraft[] = [];
  for (const a of ha) {
    const alike = (x: Holding, y: Holding, sx: Side, sy: Side): boolean => sameRole(x.role, y.role, lexicon) && sameBody(x, y, sx, sy);
    const inB = hb.filter((b) => alike(a, b, A, B));
    const inA = ha.filter((other) => alike(other, a, A, A) || other === a);
    const holdersA = new Set(inA.map((x) => x.holder));
    const holdersB = new Set(inB.map((x) => x.holder));
    const b = inB[0];
    if (b === undefined || holdersA.size !== 1 || holdersB.size !== 1 || a.names.some((word) => b.names.includes(word))) continue;
    const values: [string, string] = [A.text.slice(a.span.start, a.span.end), B.text.slice(b.span.start, b.span.end)];
    drafts.push({ a: [a.span], b: [b.span], kind: 'name', subject: 'who', values, note: conflictNote('who', values), strength: 1 });
  }
  return drafts;
}
