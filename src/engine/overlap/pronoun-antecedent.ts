import { endsWithAbbreviation } from '../text/sentences.ts';
import { nameKey } from './conflicts-people.ts';

/**
 * Whom a `He`/`She` opening a sentence stands for (round 28n): the subject of the sentence before,
 * read one way by every reader that needs it (conflicts-opponents.ts, conflicts-role-successors.ts;
 * they read it two ways before). The subject is the name run that opens that sentence, its last
 * word the surname (`Coach Anna Berg` is Berg), after an opening phrase set off by a comma (`In
 * Madrid, Kowal …`), or the speaker of a quotation that opens it (`“…,” Kowal said`); a sentence
 * that opens with `He`/`She` too hands the question on to the one before it. No answer (undefined)
 * where the sentence before tells no one subject: no name, two people (`Kowal and Varga`), a
 * phrase without a comma (`In Madrid the …`), or a sentence longer than the window read.
 */

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
/** A name run: capitalised words, lower-case particles between them (`Juan Martin del Potro`). */
const RUN = String.raw`${WORD}(?:\s+(?:(?:de|del|della|di|da|van|von|der|den|le|la)\s+)?${WORD}){0,6}`;
/** How far back the sentence before is looked for. */
const WINDOW = 400;
/** How many sentences opening with `He`/`She` are passed over on the way back. */
const HOPS = 3;
/** The end of a sentence: a mark, a closing quotation mark or bracket, blanks. */
const SENTENCE_END = /[.!?]["”’)]?\s+$/u;
/** Every place a sentence ends before another begins (a decimal point is followed by no blank). */
const BOUNDARY = /[.!?]["”’)]?\s+|\n/gu;

/**
 * Where the last sentence that begins in `text.slice(from, to)` begins: after its last sentence end
 * that is no title's, initial's or `No.`'s full stop (the sentence splitter's own test), or undefined
 * when none ends there. Read by this file and conflicts-role-successors.ts.
 */
export function lastSentenceStart(text: string, from: number, to: number): number | undefined {
  let start: number | undefined;
  for (const boundary of text.slice(from, to).matchAll(BOUNDARY)) {
    if (boundary[0].startsWith('.') && endsWithAbbreviation(text, from + boundary.index)) continue;
    start = from + boundary.index + boundary[0].length;
  }
  return start;
}
/** An opening phrase set off by a comma (`In Madrid,`, `On Saturday,`, `After the match,`): the subject follows it. */
const OPENING_PHRASE = /^(?:On|In|At|After|Before|During|Earlier|Later|Since|Despite|Following|Against|Until|By|From|For|Over|Under|With|Without|Then|Yet|But|And|However|Meanwhile|Still|Instead|Now|Last|This|Aged)\b[^,.;:!?“”"]{0,60},\s+/u;
/** A phrase that opens without a comma: where its object ends and the subject begins is not told. */
const PHRASE_WORD = /^(?:On|In|At|After|Before|During|Since|Despite|Following|Against|Until|By|From|For|Over|Under|With|Without|Last|This)$/u;
/** A quotation that opens the sentence, then its speaker: `“…,” Kowal said` / `“…,” said Coach Anna Berg`. */
const QUOTE_OPENING = new RegExp(String.raw`^[“"][^”"]*[”"]\s*,?\s*(?:(${RUN})\s+(?:said|says|added|adds|told|tells|insisted|explained|admitted)\b|(?:said|says|added|adds)\s+(${RUN})(?![\p{L}\p{M}'’-]))`, 'u');
const NAME_OPENING = new RegExp(String.raw`^(${RUN})(?![\p{L}\p{M}'’-])`, 'u');
/** A second subject after the first (`Kowal and Varga`, `Kowal, Varga and Lind`). */
const ANOTHER_SUBJECT = /^\s*(?:,\s*\p{Lu}[^,.;]*)?\s*(?:and|&)\s+\p{Lu}/u;
/** A sentence-opening word that stands for a person named before. */
export const PRONOUN = /^(?:He|She)$/u;
/** A title written with a full stop or a ranking before the name (`Sen. Marta Kowal`, `World No. 3 Marta Kowal`): not the name. */
const TITLE_OPENING = /^(?:(?:World\s+)?No\.\s*\d+\s+|(?:\p{Lu}\p{Ll}{1,4}\.\s+)+(?=\p{Lu}))/u;
/** A conjunction opening the sentence without a comma (`But Kowal …`): the subject follows it. */
const CONJUNCTION = /^(?:But|And|Yet|So|Then|Still|Now)\s+/u;
/** A first word that opens no name: a determiner or a pronoun (`The company’s chief executive …`, `A printer …`, `It …`). */
const NO_NAME = /^(?:The|A|An|This|That|These|Those|It|Its|They|Their|We|Our|I|My|You|Your|His|Her|There|Some|Many|Most|All|Both|Each|Every|No|One|Two)$/u;

/** The sentence that ends right before `at` (from its first word to its mark), or undefined when none ends there or it runs past the window. */
function previousSentence(text: string, at: number): { start: number; end: number } | undefined {
  const from = Math.max(0, at - WINDOW);
  const before = text.slice(from, at);
  const end = SENTENCE_END.exec(before);
  if (end === null) return undefined;
  const start = lastSentenceStart(text, from, from + end.index) ?? (from === 0 ? 0 : undefined);
  return start === undefined ? undefined : { start, end: from + end.index + end[0].length };
}

/** The surname of the subject of the sentence `text.slice(start, end)`: the run's last word, or the pronoun's own antecedent. */
function subjectOf(text: string, { start, end }: { start: number; end: number }, surnames: ReadonlyMap<string, readonly string[]>, hops: number): string | undefined {
  let sentence = text.slice(start, end);
  const quoted = QUOTE_OPENING.exec(sentence);
  let run = quoted === null ? undefined : (quoted[1] ?? quoted[2]);
  let after = '';
  if (quoted === null) {
    sentence = sentence.replace(OPENING_PHRASE, '').replace(CONJUNCTION, '').replace(TITLE_OPENING, '');
    const opening = NAME_OPENING.exec(sentence);
    run = opening?.[1];
    after = sentence.slice(opening?.[0].length ?? 0);
  }
  if (run === undefined) return undefined;
  const words = run.split(/\s+/u);
  if (PRONOUN.test(words[0] ?? '')) return words.length === 1 && hops > 0 ? pronounAntecedent(text, start, surnames, hops - 1) : undefined;
  const last = words.at(-1) ?? '';
  // `On Saturday Kowal beat …`, `The company’s chief …`, `Kowal’s coach …`, `Kowal and Varga …`: no one subject the words tell.
  if (PHRASE_WORD.test(words[0] ?? '') || NO_NAME.test(words[0] ?? '') || /['’]s$/u.test(last) || ANOTHER_SUBJECT.test(after)) return undefined;
  const surname = nameKey(last);
  return surnames.has(surname) ? surname : undefined;
}

/**
 * The plain surname (conflicts-people.ts `nameKey`) of whom a `He`/`She` written at `at`, opening
 * its sentence, stands for; `surnames` is the report's `firstNamesBefore`: an antecedent is a
 * name the report writes after a first name somewhere.
 */
export function pronounAntecedent(text: string, at: number, surnames: ReadonlyMap<string, readonly string[]>, hops = HOPS): string | undefined {
  const sentence = previousSentence(text, at);
  return sentence === undefined ? undefined : subjectOf(text, sentence, surnames, hops);
}
