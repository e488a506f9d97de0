import { quotedAt } from './conflicts-places.ts';
import { type Side } from './conflicts-common.ts';
import { nameKey } from './conflicts-people.ts';
import { lastSentenceStart, PRONOUN, pronounAntecedent } from './pronoun-antecedent.ts';

/**
 * Who succeeds whom, told as the agent of a passive (round 27a): `Ann Hale will step down … and will
 * be succeeded by Carla Mendes`, `She will be replaced by Piet Laan`. The holder comes after the
 * verb, so the role reader of conflicts-role-holders.ts (a name, then its predicate) never meets
 * it; and `succeeded` / `replaced` share no word, so conflicts-people.ts cannot pair the two
 * successors. A person has one successor in one post: the role is `succeed` and the person
 * succeeded, the subject of the sentence (a name opening it, or `He`/`She` standing for the
 * person the sentence before opens with).
 */

export interface Successor {
  /** `succeed hale future chair`: the deed, with the person succeeded (plain surname), the tense and the post when told (`as chair`). */
  key: string;
  /** The successor's surname, plain (lower-cased, without accents). */
  surname: string;
  /** From the subject (when it stands right before the verb) or the auxiliary to the successor's name's end. */
  start: number;
  end: number;
}

/**
 * A stated succession: `is`/`was`/`will be`/`has been`/`is to be` + `succeeded`/`replaced` + `by`,
 * titles (`Foreign Minister`) and a full name. A modal (`may be`, `could be`) or `to be` after a
 * hedge (`is expected to be`) has no place in it: a succession not yet told as fact.
 */
const PASSIVE_AGENT = /(?<![\p{L}\p{M}'’-])((?:is|are|was|were|will\s+be|(?:has|have|had)\s+been|(?:is|are|was|were)\s+to\s+be)\s+(?:succeeded|replaced)\s+by\s+)((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,4})(\p{Lu}[\p{L}\p{M}'’-]+)(?![\p{L}\p{M}'’-])/gu;
/** A name after another (`by Piet Laan and Eva Roos`): joint successors, no one holder. */
const LISTED = /^\s*(?:,\s*)?(?:and|&|or)\s+(?:\p{Ll}+\s+){0,2}\p{Lu}/u;
/** Words that make the succession a hedge, a condition, or another's clause (`whether`, `said`, `that`). */
const NOT_TOLD = /\b(?:if|whether|unless|may|might|could|would|should|expected|likely|reportedly|rumou?red|said|says|told|that|who|which|not|never)\b|[“”"]/iu;
/** A sentence's opening name run (titles included), its last word the surname; then what follows it. */
const OPENING = /^((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){0,4}(\p{Lu}[\p{L}\p{M}'’-]+))(?![\p{L}\p{M}'’-])/u;
/** A succession still to come (`will be`, `is to be`); any other auxiliary tells one done (review 21b: `was succeeded by X in 2015` is not `will be succeeded by Y`). */
const TO_COME = /^(?:will\s+be|(?:is|are|was|were)\s+to\s+be)\s/iu;
/** The post, told right after the successor's name (`as chair`, `as party leader`): up to three words, to a preposition or a mark. */
const AS_POST = /^\s+as\s+((?:(?!(?:in|on|at|from|for|after|until|by|with|and|when|of)\b)[\p{Ll}-]+(?:\s+|(?=[,.;]|$))){1,3})/u;
/** A substitute in a match, not a successor in a post: a minute, half-time or an injury in the clause (review 21b). */
const SUBSTITUTE = /^[^.;!?]*?\b(?:minutes?|half-?\s?time|injur(?:y|ed)|substitut\w*|the\s+\d+(?:st|nd|rd|th)\s+minute)\b/iu;


/**
 * The sentence that runs up to `at` (from its first word), looked for within 300 characters: after
 * the last sentence end before `at`, a decimal point (`2.4 million`, no blank after it) or a title's
 * full stop (`Dr. Hale`) being none.
 */
function sentenceBefore(text: string, at: number): string {
  const from = Math.max(0, at - 300);
  return text.slice(lastSentenceStart(text, from, at) ?? from, at);
}

/** Each successor a report names by a passive, with the person succeeded. */
export function successorsOf(side: Side, surnames: ReadonlyMap<string, readonly string[]>, isKnownWord: (word: string) => boolean): Successor[] {
  const { text } = side;
  const found: Successor[] = [];
  for (const match of text.matchAll(PASSIVE_AGENT)) {
    const at = match.index;
    if (quotedAt(side.clauses, at)) continue;
    const [titles, last] = [match[2] ?? '', match[3] ?? ''];
    const surname = nameKey(last);
    // The successor: a full name, its surname written after a first name and unknown to the dictionary.
    if (!surnames.has(surname) || isKnownWord(surname) || !/\p{Lu}[\p{L}\p{M}'’-]+\s+$/u.test(titles)) continue;
    const end = at + match[0].length;
    if (LISTED.test(text.slice(end, end + 40))) continue;
    if (/replaced/iu.test(match[1] ?? '') && SUBSTITUTE.test(text.slice(end, end + 120))) continue;
    const tense = TO_COME.test(match[1] ?? '') ? 'future' : 'past';
    const post = AS_POST.exec(text.slice(end, end + 60))?.[1]?.trim().toLowerCase() ?? '';
    const sentence = sentenceBefore(text, at);
    const opening = OPENING.exec(sentence);
    if (opening === null) continue;
    // Between the subject and the verb: no hedge, no saying, no other name (`Hale said Laan will be …`).
    const between = sentence.slice(opening[0].length);
    if (NOT_TOLD.test(between) || [...between.matchAll(/\p{Lu}[\p{L}\p{M}'’-]+/gu)].some((word) => surnames.has(nameKey(word[0])))) continue;
    const subject = opening[2] ?? '';
    const sentenceStart = at - sentence.length;
    // `He`/`She` opening the sentence stands for the subject of the sentence before (pronoun-antecedent.ts).
    const succeeded = PRONOUN.test(opening[1] ?? '') ? (pronounAntecedent(text, sentenceStart, surnames) ?? '') : nameKey(subject);
    if (!surnames.has(succeeded) || succeeded === surname) continue;
    const start = between.trim() === '' ? sentenceStart + opening[0].length - subject.length : at;
    found.push({ key: `succeed ${succeeded} ${tense}${post === '' ? '' : ` ${post}`}`, surname, start, end });
  }
  return found;
}
