/**
 * A small relation of event verbs (round 21t; narrowed by mend B, session 17): verbs and phrasal
 * verbs that tell one dated action in other words, which the lexicon does not relate (`postponed
 * to March 8` / `pushed back to March 1`, `take effect` / `come into force`, `quit the coalition`
 * / `was leaving the coalition`, `will close` / `shuts down`). Where the words come from: the
 * unrelated action pairs rounds 17d and 19c counted on development (`postpone` / `push back`,
 * `take effect` / `come into force`, `close` / `shut down`, `catch` / `arrest`, `start` / `break
 * out`, `quit` / `leave`), each grown to the everyday synonyms a dictionary gives for that one
 * sense (`delay`, `put off`; `enter into force`; `shut`; `detain`; `begin`; `walk out`). The last
 * group is one story's pair (estonia's `quit the coalition` / `leaving the coalition`), kept to
 * its object: it is not grown to other bodies a party may leave.
 *
 * Each group is one sense, and a verb enters it only in the form that has that sense: a verb of
 * two senses only with what fixes the sense (`leave` and `quit` a coalition, not a country or a
 * job; `catch` a person, not a ball; `delay` to a day, not the noun `delays`; `close` as a verb,
 * not `closed higher` or `the race was close`), or not at all.
 */
import { PERSON_NOUNS } from './conflicts-person-nouns.ts';

/** A verb of a group: whether it stands in a piece of a date's clause, and where (its first match). */
type Verb = (piece: string) => RegExpExecArray | null;
const verb =
  (pattern: RegExp): Verb =>
  (piece) =>
    pattern.exec(piece);

/** A modal or `to` before a verb's plain form: the form read as a verb, not as a noun or adjective. */
const BEFORE_PLAIN = String.raw`\b(?:will|would|to|could|can|may|might|must|should|shall)\s+`;
/**
 * `close` as a verb of stopping, read by its frames (mend D, session 17; the list of a market's
 * closes it replaces dropped `closed at midnight` and missed `closed in the red`): its plain form
 * after a modal or `to` (not `The race was close`); its other forms after a passive (`was closed`)
 * or before an object or a time word (`closed its last branch`, `closed Harbour Road`, `closes
 * permanently`, `closed at midnight`, `closed down`), or right before the date or the clause's end.
 * Not a market's close: `closed in the red`, `closed at 298.5p`, `closed down 2%`, `closed the day`.
 */
const CLOSE_PLAIN = new RegExp(String.raw`${BEFORE_PLAIN}close\b|\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?closed\b`, 'iu');
const CLOSED = /\bclos(?:es|ed|ing)\b/giu;
const CLOSED_BEFORE = new RegExp(
  String.raw`^(?:\s*$|\s+(?:(?:the(?!\s+(?:day|session|week)\b)|its|their|a|an|on|for|until|indefinitely|permanently|temporarily)\b|in\b(?!\s+the\s+(?:red|black)\b)|down\b(?!\s+(?:by\s+)?[\d.])|at\b(?!\s+[$€£]?\d(?![\d.,]*\s*(?:[ap]\.?m\b|:\d|o['’]clock)))))`,
  'iu',
);
/** A name after the verb (`closed Harbour Road`): a capital, read with the case kept. */
const CLOSED_BEFORE_A_NAME = /^\s+\p{Lu}/u;
function close(piece: string): RegExpExecArray | null {
  const plain = CLOSE_PLAIN.exec(piece);
  if (plain !== null) return plain;
  for (const match of piece.matchAll(CLOSED)) {
    const after = piece.slice(match.index + match[0].length);
    if (CLOSED_BEFORE.test(after) || CLOSED_BEFORE_A_NAME.test(after)) return match;
  }
  return null;
}
/**
 * `delay` as a verb to a later day (`delayed the vote until May`, `delays the vote until May 8`),
 * not the noun (`faced delays`): `delays` only before its object.
 */
const DELAY = new RegExp(String.raw`(?:\bdelay(?:ed|ing)|\bdelays(?=\s+(?:the|its|their|his|her|a|an|this|that)\b)|${BEFORE_PLAIN}delay)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:to|until)\b`, 'iu');
/** `catch` of a person: a pronoun or a noun of a person among the three words after it (`caught the two suspects`). */
function catchPerson(piece: string): RegExpExecArray | null {
  const match = /\b(?:caught|catch(?:es|ing)?)((?:\s+[\p{L}'’-]+){1,3})/iu.exec(piece);
  const person = (word: string): boolean =>
    /^(?:him|her|them|me|us)$/u.test(word) || [word, word.replace(/e?s$/u, ''), word.replace(/men$/u, 'man')].some((form) => PERSON_NOUNS.has(form));
  return match !== null && (match[1] ?? '').toLowerCase().trim().split(/\s+/u).some(person) ? match : null;
}

/** Leaving a coalition: its verb, then the coalition (`quit the ruling coalition`). */
const leavingTheCoalition = (verbs: string): Verb => verb(new RegExp(String.raw`\b(?:${verbs})\s+(?:the\s+)?(?:ruling\s+|governing\s+)?coalition\b`, 'iu'));

/** One sense each, one entry per verb: its forms as written (past, participle, present, -ing). */
const EVENT_GROUPS: readonly (readonly Verb[])[] = [
  // put off to a later day
  [verb(/\bpostpon(?:e|es|ed|ing)\b/iu), verb(/\bpush(?:es|ed|ing)?\s+back\b/iu), verb(DELAY), verb(/\bput(?:s|ting)?\s+off\b/iu), verb(/\bdefer(?:s|red|ring)?\b/iu)],
  // begin to apply (a law, a rule)
  [verb(/\b(?:tak(?:e|es|en|ing)|took)\s+effect\b/iu), verb(/\b(?:come|comes|came|coming)\s+into\s+force\b/iu), verb(/\b(?:enter|enters|entered|entering)\s+into\s+force\b/iu)],
  // stop operating (a branch, a plant)
  [close, verb(/\bshut(?:s|ting)?(?:\s+down)?\b/iu)],
  // taken into custody
  [verb(/\barrest(?:s|ed|ing)?\b/iu), catchPerson, verb(/\bdetain(?:s|ed|ing)?\b/iu)],
  // a fire or an outbreak begins
  [verb(/\bbr(?:eak|eaks|oke|oken|eaking)\s+out\b/iu), verb(/\bstart(?:s|ed|ing)?\b/iu), verb(/\bbeg(?:in|ins|an|un|inning)\b/iu)],
  // a party leaves a coalition
  [leavingTheCoalition(String.raw`quit(?:s|ting)?`), leavingTheCoalition(String.raw`leav(?:e|es|ing)|left`), leavingTheCoalition(String.raw`walk(?:s|ed|ing)?\s+out\s+of`), leavingTheCoalition(String.raw`pull(?:s|ed|ing)?\s+out\s+of`)],
];

/** How far before and after a date its clause is read for the verb that dates it (characters). */
const BEFORE = 60;
const AFTER = 30;
const CLAUSE_END = /[.;:!?()—–]|,\s/gu;
/** The clause a date stands in, as far as `BEFORE` / `AFTER` reach, cut at clause punctuation: its piece before the date and its piece after, each with where it starts in the text. */
function clauseAround(text: string, start: number, end: number): { piece: string; at: number }[] {
  const from = Math.max(0, start - BEFORE);
  const before = text.slice(from, start);
  const cut = [...before.matchAll(CLAUSE_END)].reduce((_, match) => match.index + match[0].length, 0);
  const after = text.slice(end, end + AFTER);
  return [
    { piece: before.slice(cut), at: from + cut },
    { piece: after.slice(0, after.search(CLAUSE_END) === -1 ? after.length : after.search(CLAUSE_END)), at: end },
  ];
}

/** An event verb in a date's clause: its group, which verb of the group, and where it is written. */
export interface EventVerb {
  group: number;
  verb: number;
  start: number;
  end: number;
}
/** The event verbs that stand in the clause of the date at `start`–`end`. */
export function eventVerbsAt(text: string, start: number, end: number): EventVerb[] {
  const pieces = clauseAround(text, start, end);
  return EVENT_GROUPS.flatMap((verbs, group) =>
    verbs.flatMap((read, index) =>
      pieces.flatMap(({ piece, at }) => {
        const match = read(piece);
        return match === null ? [] : [{ group, verb: index, start: at + match.index, end: at + match.index + match[0].length }];
      }),
    ),
  );
}
/** The event groups whose verbs stand in the clause of the date at `start`–`end`. */
export const eventGroupsAt = (text: string, start: number, end: number): number[] => [...new Set(eventVerbsAt(text, start, end).map(({ group }) => group))];

/**
 * The event verbs by which two dates stand that tell one action in other words (`postponed to
 * March 8` / `pushed back to March 1`): verbs of one group, and no verb of it both write (one
 * verb in two forms, `began` / `has begun`, is the lexicon's to relate, not this relation's).
 * Empty where there are none.
 */
export function oneEventVerbs(textA: string, a: { start: number; end: number }, textB: string, b: { start: number; end: number }): [EventVerb[], EventVerb[]] {
  const [verbsA, verbsB] = [eventVerbsAt(textA, a.start, a.end), eventVerbsAt(textB, b.start, b.end)];
  const groups = new Set(verbsA.map(({ group }) => group).filter((group) => verbsB.some((other) => other.group === group)));
  const alike = (group: number): boolean => verbsA.some((x) => x.group === group && verbsB.some((y) => y.group === group && y.verb === x.verb));
  const related = [...groups].filter((group) => !alike(group));
  return [verbsA.filter(({ group }) => related.includes(group)), verbsB.filter(({ group }) => related.includes(group))];
}
/** Whether two dates stand by verbs of one event group, written as different verbs of it (`oneEventVerbs`). */
export const datedByOneEvent = (textA: string, a: { start: number; end: number }, textB: string, b: { start: number; end: number }): boolean => oneEventVerbs(textA, a, textB, b)[0].length > 0;
