import { lemmatize } from '../lexicon/index.ts';
import { readsAsVerb } from '../lexicon/parts-of-speech.ts';
import { SPEECH, measure, type ClauseAlignment, type UnitMatch } from './align.ts';
import { countsPartOfNamedGroup, countsTheRest } from './conflicts.ts';
import { countsNothingShared, crossesFigures } from './crossed-figures.ts';
import { isPinnedUnit, type Unit } from './units.ts';

/**
 * What drops a stretch that passes the thresholds: a word denied in one report only, matches
 * that state nothing shared, a lone phrase, only the speaker (draft-rules.ts `judgeDraft`).
 */

/**
 * A word denied by `not` / `never` / `no` / `n't` at most one word before it (`not large`,
 * `wasn't found`, `no destructive tsunami`). `not only` and `not just` add to the word rather
 * than deny it (`not only closed the plant`, `didn't just close it`), as in `NEGATION` below.
 */
const DENIED = /(?:(?:(?<!\p{L})not|\p{L}n['’]t)(?!\s+(?:only|just)(?!\p{L}))|(?<!\p{L})(?:never|no))\s+(?:\p{L}+\s+)?$/iu;
const deniedAt = (text: string, start: number): boolean => DENIED.test(text.slice(Math.max(0, start - 30), start));

/**
 * A denial in other words: `not`, `no`, `never`, `n't`, and what says the same without them
 * (`without`, `nothing`, `none`, `nobody`, `unable`, `failed to`, `refusing to`, `declined to`).
 * `not only` and `not just` add to a statement rather than deny it; `failed`, `refused` and
 * `declined` deny an act only with `to` (`the failed candidate … signed` denies nothing).
 */
const NEGATION =
  /(?<!\p{L})(?:(?:not|\p{L}+n['’]t)(?!\p{L})(?!\s+(?:only|just)(?!\p{L}))|(?:no|never|without|nothing|none|nobody|neither|nor|unable)(?!\p{L})|(?:fail(?:s|ed|ing)?|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+to(?!\p{L}))/iu;

/** How far before a word a denial of it may stand, in its clause (`without carrying out proper checks`). */
const DENIAL_REACH = 40;

/** Whether a word is denied in any words: a negation before it in its clause, near, or the word itself (`nothing`). */
function deniedInAnyWords(text: string, unit: Unit): boolean {
  const before = text.slice(Math.max(0, unit.start - DENIAL_REACH), unit.start).split(/[.!?;:,]/u).at(-1) ?? '';
  return NEGATION.test(`${before} ${text.slice(unit.start, unit.end)}`);
}

/**
 * The same word denied in one report only (`a large trial` / `the trial was not large`) makes
 * opposite statements — unless the other report denies that same word too, in its own words
 * (`had not properly checked` / `without carrying out proper checks`; `nothing in today's
 * decision affects their accounts` / `accounts are not affected`; `would not leave` / `refused
 * to leave`): one statement told in the negative both ways (decision 004, round 17r). A denial
 * near another shared word (`left … without help on Friday`) denies something else.
 */
export function deniedOnOneSide(alignment: ClauseAlignment, textA: string, textB: string): boolean {
  const deniedIn = (side: 'a' | 'b', text: string): UnitMatch[] => alignment.matches.filter((match) => deniedAt(text, match[side].start));
  const [onA, onB] = [deniedIn('a', textA), deniedIn('b', textB)];
  if ((onA.length > 0) === (onB.length > 0)) return false;
  const [denied, other, text] = onA.length > 0 ? ([onA, 'b', textB] as const) : ([onB, 'a', textA] as const);
  return !denied.some((match) => deniedInAnyWords(text, match[other]));
}

/**
 * A figure that counts part of a group the sentence named before (`more than 3,000 left,
 * around 1,100 of them from the valley`) or the rest of a group (`two other candidates`), in
 * one report only, is not the other report's figure (`some 1,200 were evacuated`), however
 * close the two values are. `31 of the 100 seats` names its whole and is the same count as
 * `31 seats`, so only a part of a group named elsewhere counts.
 */
function countsAPart(match: UnitMatch, textA: string, textB: string): boolean {
  const [a, b] = [match.a.quantity, match.b.quantity];
  if (a === null || b === null) return false;
  return countsPartOfNamedGroup(textA, a) !== countsPartOfNamedGroup(textB, b) || countsTheRest(textA, a) !== countsTheRest(textB, b);
}

/**
 * The alignment without matches that state nothing shared (a part counted as the whole, figures
 * of different things: crossed-figures.ts); the same alignment when there are none.
 */
export function withoutHollowMatches(alignment: ClauseAlignment, textA: string, textB: string): ClauseAlignment {
  const hollow = alignment.matches.filter((match) => countsAPart(match, textA, textB) || crossesFigures(match, alignment.matches, textA, textB) || countsNothingShared(match, alignment.matches, textA, textB));
  if (hollow.length === 0) return alignment;
  const kept = alignment.matches.filter((match) => !hollow.includes(match));
  // Measured again on what is left; the highlight then spans only what still matches.
  const unitsOf = (side: 'a' | 'b'): Unit[] => kept.map((match) => match[side]).sort((x, y) => x.index - y.index);
  // What the dropped matches shared is shared outside the stretch now.
  const besides = alignment.besides === undefined ? undefined : alignment.besides + hollow.reduce((sum, match) => sum + match.value, 0);
  return measure(alignment.regionA, alignment.regionB, kept, unitsOf('a'), unitsOf('b'), besides);
}

/**
 * A stretch of this many matched words or fewer, with no figure, date or name among them, is a
 * phrase: `social media`, `flash floods`, `the new budget`, `red card`.
 */
const PHRASE_MATCHES = 2;
/**
 * What else two sentences must share, outside such a phrase, for it to be a fact: one more
 * word of full weight (a word the story does not repeat), or several lighter ones. A name
 * weighs 0.8 of a word at most (`weighUnits`), so one shared name alone is not enough; at 0.8
 * the development set gained one fact and one false one (decision 004, round 7b).
 */
export const PHRASE_SUPPORT = 1;

export const readsAsVerbUnit = (unit: Unit, text: string): boolean =>
  unit.kind === 'word' && unit.key.startsWith('lem:') && readsAsVerb(text.slice(unit.start, unit.end), unit.key.slice('lem:'.length));

/** Words after which a past participle opens a noun phrase (`the armed forces`, `Verania’s armed forces`, `of elected officials`). */
const BEFORE_A_MODIFIER = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 's', 'of', 'for', 'at', 'in', 'on', 'to', 'by', 'with', 'from', 'and', 'or']);

/**
 * A matched word written right before another matched word may describe it: an `-ing` form
 * there always does (`the opening ceremony`, `delays in opening polling stations`), a past
 * participle when it follows an article, a possessive or a preposition, or opens the sentence
 * (`the armed forces`). Either is then a modifier of the noun, not the phrase's verb. A past
 * form after its subject is the verb (`police evacuated residents`).
 */
function modifiesNext(unit: Unit, matches: readonly UnitMatch[], side: 'a' | 'b', text: string): boolean {
  if (!matches.some((match) => match[side].first === unit.last)) return false;
  if (/ing$/iu.test(text.slice(unit.start, unit.end))) return true;
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, unit.start - 20), unit.start));
  return before === null || BEFORE_A_MODIFIER.has((before[1] ?? '').toLowerCase());
}

/**
 * Two sentences that share one noun phrase and nothing else (`footage shared on social media`
 * / `the minister said on social media`) share the topic's vocabulary, not a statement. The
 * same phrase is a fact when the sentences also share more outside it (a name and another
 * word, two names), when it holds a verb (`died in hospital`), or when both report it inside
 * quotation marks (`“harden positions”`). A participle that describes the next matched word
 * (`the armed forces`, `polling stations`) is no verb of the phrase.
 */
export function isLonePhrase(alignment: ClauseAlignment, textA: string, textB: string): boolean {
  if (alignment.besides === undefined || alignment.besides >= PHRASE_SUPPORT || alignment.matches.length > PHRASE_MATCHES) return false;
  if (alignment.matches.some((match) => isPinnedUnit(match.a) || isPinnedUnit(match.b))) return false;
  if (alignment.matches.every((match) => match.a.quoted && match.b.quoted)) return false;
  const modifiers = (side: 'a' | 'b', text: string): Unit[] => alignment.matches.map((match) => match[side]).filter((unit) => modifiesNext(unit, alignment.matches, side, text));
  const [modifiersA, modifiersB] = [modifiers('a', textA), modifiers('b', textB)];
  const verb = (unit: Unit, text: string, skip: readonly Unit[]): boolean => !skip.includes(unit) && readsAsVerbUnit(unit, text);
  if (alignment.matches.some((match) => verb(match.a, textA, modifiersA) || verb(match.b, textB, modifiersB))) return false;
  // A verb between the matched words on both sides (`earthquake struck the southern` /
  // `earthquake shook the southern`) makes each stretch a clause, not a noun phrase.
  return !(holdsAVerb(textA, alignment.spanA, modifiersA) && holdsAVerb(textB, alignment.spanB, modifiersB));
}

/** Whether a span holds a word that reads as a verb, other than the given modifiers. */
function holdsAVerb(text: string, span: { start: number; end: number }, modifiers: readonly Unit[]): boolean {
  for (const word of text.slice(span.start, span.end).matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)) {
    const at = span.start + word.index;
    if (modifiers.some((unit) => unit.start <= at && at < unit.end)) continue;
    if (readsAsVerb(word[0], lemmatize(word[0].toLowerCase()))) return true;
  }
  return false;
}

/** The most words a speaker named by common words takes before the reporting verb (`the regional health ministry said`). */
const SPEAKER_WORDS = 5;

/**
 * `The health ministry said` / `the health ministry said that …`: a few common words that end
 * on the reporting verb in both reports share who spoke, not what was said. One that names
 * the speaker (`chief operating officer Katie Pettifer said`) or describes it (`Kestrel, the
 * company that makes the drug and paid for the trial, said`) says who the speaker is.
 */
export function onlyTheSpeaker(alignment: ClauseAlignment, textA: string, textB: string): boolean {
  if (alignment.matches.some((match) => isPinnedUnit(match.a) || isPinnedUnit(match.b))) return false;
  const speaker = (side: 'a' | 'b', text: string): boolean => {
    const units = alignment.matches.map((match) => match[side]);
    const last = units.reduce((x, y) => (y.start > x.start ? y : x));
    const span = side === 'a' ? alignment.spanA : alignment.spanB;
    // `said`, `warned`, `says`; not a noun (`in 12 states`, `the reports`) nor `people writing`.
    const said = text.slice(last.start, last.end);
    // `the court heard` is a frame too (fact-attribution.ts, round 15h; here round 17p).
    const speaks = (SPEECH.has(last.key) || last.key === 'lem:hear') && (last.key === 'lem:say' || readsAsVerbUnit(last, text)) && !/ing$/iu.test(said);
    return speaks && (text.slice(span.start, span.end).match(/[\p{L}\p{N}]+/gu) ?? []).length <= SPEAKER_WORDS;
  };
  return speaker('a', textA) && speaker('b', textB);
}

