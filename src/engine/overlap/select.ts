import { charRange, type CharRange } from '../text/ranges.ts';
import { SPEECH, measure, type ClauseAlignment, type UnitMatch } from './align.ts';
import { countsPartOfNamedGroup, countsTheRest } from './conflicts.ts';
import { lemmatize } from '../lexicon/index.ts';
import { readsAsVerb } from '../lexicon/parts-of-speech.ts';
import { SpanIndex } from './span-index.ts';
import { carryingSpans, carryingUnits } from './fact-span.ts';
import { crossesFigures } from './crossed-figures.ts';
import type { FactKind } from './types.ts';
import { isEntityUnit, isPinnedUnit, type Unit } from './units.ts';

/** A fact under construction: its spans on each side and what supports it. */
export interface FactDraft {
  a: CharRange[];
  b: CharRange[];
  kind: FactKind;
  strength: number;
  score: number;
  /** The matched units behind it, one range on each side with its value: what a trim keeps. */
  points: readonly MatchPoint[];
  /**
   * The stretch it highlights: an accepted fact highlights the phrase of it that carries the
   * fact (fact-span.ts), read only then. Selection weighs the whole stretch.
   */
  stretch?: ClauseAlignment;
}

export interface MatchPoint {
  a: CharRange;
  b: CharRange;
  value: number;
  /** The very same word, figure or day on both sides (not a name, synonym, kin or frame). */
  anchor?: boolean;
}

export interface Thresholds {
  /** Least total match value for a fact. */
  strength: number;
  /** Least value carried by words (not only names, places and dates). */
  content: number;
  /** Least number of matched units. */
  units: number;
  /** Least number of exact matches (the same word, name or figure): synonyms alone anchor nothing. */
  anchors: number;
  /** Whether a fact must hold the same name, place, day or figure on both sides. */
  pinned: boolean;
}

export const NORMAL: Thresholds = { strength: 1.6, content: 0.5, units: 2, anchors: 1.5, pinned: false };
/** For reports that share no name, place or figure: probably two different events. */
export const STRICT: Thresholds = { strength: 3.2, content: 1.6, units: 4, anchors: 3, pinned: true };

/** The same name, place, day or figure on both sides: what ties a fact to one event. */
export function isPinned(alignment: ClauseAlignment): boolean {
  return alignment.matches.some(
    (match) => match.similarity === 1 && (match.a.kind === 'name' || match.a.kind === 'alias' || match.a.kind === 'quantity' || match.a.kind === 'date'),
  );
}

const rangeOf = (units: readonly { start: number; end: number }[]): CharRange =>
  charRange(Math.min(...units.map((unit) => unit.start)), Math.max(...units.map((unit) => unit.end)));

function kindOf(alignment: ClauseAlignment, verbatim: boolean): FactKind {
  // The same words inside quotation marks: a quote. The same words outside them: shared wording.
  if (verbatim && alignment.matches.some((match) => match.a.quoted || match.b.quoted)) return 'quote';
  if (alignment.matches.some((match) => match.a.quantity !== null)) return 'number';
  if (alignment.content < alignment.strength * 0.4) return 'entity';
  return 'paraphrase';
}

/** Confidence from the strength of the evidence: 0.5 at the threshold, approaching 1. */
export function confidence(strength: number, verbatim: boolean): number {
  const score = 1 - 0.5 * Math.exp(-(strength - NORMAL.strength) / 2);
  return Math.min(1, Math.max(verbatim ? 0.9 : 0, score));
}

const VERBATIM_WORDS = 4;

/** Whether the matched stretch repeats at least four words in the same order (a shared quote). */
export function isVerbatim(alignment: ClauseAlignment, textA: string, textB: string): boolean {
  const words = (text: string, range: CharRange): string[] => text.slice(range.start, range.end).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const a = words(textA, rangeOf(alignment.matches.map((match) => match.a)));
  if (a.length < VERBATIM_WORDS) return false;
  const b = words(textB, rangeOf(alignment.matches.map((match) => match.b)));
  // Stretches are a clause or two long: comparing in place is cheaper than joining every run.
  for (let j = 0; j + VERBATIM_WORDS <= b.length; j += 1) {
    for (let i = 0; i + VERBATIM_WORDS <= a.length; i += 1) {
      let k = 0;
      while (k < VERBATIM_WORDS && a[i + k] === b[j + k]) k += 1;
      if (k === VERBATIM_WORDS) return true;
    }
  }
  return false;
}

/**
 * A word denied by `not` / `never` / `no` / `n't` at most one word before it (`not large`,
 * `wasn't found`, `no destructive tsunami`).
 */
const DENIED = /(?:(?<!\p{L})(?:not|never|no)|\p{L}n['’]t)\s+(?:\p{L}+\s+)?$/iu;
const deniedAt = (text: string, start: number): boolean => DENIED.test(text.slice(Math.max(0, start - 30), start));

/**
 * A denial in other words: `not`, `no`, `never`, `n't`, and what says the same without them
 * (`without`, `nothing`, `none`, `nobody`, `no longer`, `failed to`, `refused to`, `unable`).
 */
const NEGATION = /(?<!\p{L})(?:not|no|never|without|nothing|none|nobody|neither|nor|fail(?:s|ed)?|refus(?:es|ed)?|unable)(?!\p{L})|\p{L}n['’]t(?!\p{L})/iu;

/** How far before a word a denial of it may stand, in its clause (`without carrying out proper checks`). */
const DENIAL_REACH = 40;

/** Whether a word is denied in any words: a negation before it in its clause, near, or the word itself (`nothing`). */
function deniedInAnyWords(text: string, unit: Unit): boolean {
  const before = text.slice(Math.max(0, unit.start - DENIAL_REACH), unit.start).split(/[.!?;:,]/u).at(-1) ?? '';
  return NEGATION.test(`${before} ${text.slice(unit.start, unit.end)}`);
}

/**
 * The same word denied in one report only (`a large trial` / `the trial was not large`) makes
 * opposite statements — unless the other report denies a word of the stretch too, in its own
 * words (`had not properly checked` / `without carrying out proper checks`; `nothing in today's
 * decision affects their accounts` / `accounts are not affected`; `would not leave` / `refused
 * to leave`): one statement told in the negative both ways (decision 004, round 17r).
 */
function deniedOnOneSide(deniedA: boolean, deniedB: boolean, alignment: ClauseAlignment, textA: string, textB: string): boolean {
  if (deniedA === deniedB) return false;
  const [other, text] = deniedA ? (['b', textB] as const) : (['a', textA] as const);
  return !alignment.matches.some((match) => deniedInAnyWords(text, match[other]));
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
function withoutHollowMatches(alignment: ClauseAlignment, textA: string, textB: string): ClauseAlignment {
  const hollow = alignment.matches.filter((match) => countsAPart(match, textA, textB) || crossesFigures(match, alignment.matches, textA, textB));
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

const readsAsVerbUnit = (unit: Unit, text: string): boolean =>
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
function isLonePhrase(alignment: ClauseAlignment, textA: string, textB: string): boolean {
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
function onlyTheSpeaker(alignment: ClauseAlignment, textA: string, textB: string): boolean {
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

/**
 * What a draft was judged by: its stretch (without hollow matches) and what the hand-set rules
 * say of it. The learned gate reads it (draft-features.ts); `toDraft` keeps the hand rules.
 */
export interface DraftEvidence {
  alignment: ClauseAlignment;
  verbatim: boolean;
  /** A precise figure (three significant digits or more), alone, given by both. */
  preciseFigure: boolean;
  /** Whether it passes the thresholds (or is rescued as shared wording). */
  passes: boolean;
  lonePhrase: boolean;
  onlySpeaker: boolean;
  /** The same word denied in one report only. */
  denied: boolean;
}

/** Whether the hand-set rules keep a draft: the thresholds, then none of the three filters. */
export const keptByRules = (evidence: DraftEvidence): boolean => evidence.passes && !evidence.lonePhrase && !evidence.onlySpeaker && !evidence.denied;

/**
 * A draft the thresholds refuse, in two sentences that tell the same thing (each shares more
 * with the other than with any other sentence of the other report, and a fact's strength in
 * all: compare.ts `stronglyAlignedPairs`), is kept when it holds two matched units and a fact's
 * anchors (or one agreeing figure: `loneFigure`), no filter drops it, and the two sentences
 * share more outside it (what a lone phrase needs beside it, PHRASE_SUPPORT). What it lacks is then what the thresholds ask beyond that —
 * a word said beside the names (`Diogo Matos` / `Diogo Matos`, the player both sentences about
 * one red card are about), or strength — and the rest of the two sentences vouches for it (or,
 * for names alone, their own strength: `namesWithAFactsStrength`). Two
 * one-sentence reports that share one stretch and nothing else (a name, a place and a day; a
 * frame word in another sense) get nothing from this (round7c.test.ts). Decision 004, round 13r.
 */
export const keptInAStrongPair = (evidence: DraftEvidence): boolean =>
  holdsAFactsParts(evidence) && ((evidence.alignment.besides ?? 0) >= PHRASE_SUPPORT || namesWithAFactsStrength(evidence.alignment));

/**
 * A draft the thresholds refuse that holds a fact's parts: two matched units and a fact's anchors
 * (or one agreeing figure), no filter drops it, and it is more than who spoke. What it lacks is
 * what the thresholds ask beyond that; where the two reports tell the same thing around it
 * (`keptInAStrongPair`, draft-context.ts `withContextOfDrafts`) it is kept.
 */
export const holdsAFactsParts = (evidence: DraftEvidence): boolean =>
  !evidence.passes &&
  !evidence.lonePhrase &&
  !evidence.onlySpeaker &&
  !evidence.denied &&
  ((evidence.alignment.matches.length >= NORMAL.units && evidence.alignment.anchors >= NORMAL.anchors) || loneFigure(evidence.alignment)) &&
  !onlyWhoSpoke(evidence.alignment);

/**
 * Names and nothing else, with a fact's strength (two name words or more: `Federal Electricity
 * Commission`, `Nuevo León, Coahuila and Tamaulipas`), in two sentences that tell the same thing:
 * whom or what the two are about is what they share, though they share nothing else (decision
 * 004, round 14r). A phrase of common words needs the support outside it; names do not.
 */
const namesWithAFactsStrength = (alignment: ClauseAlignment): boolean =>
  alignment.strength >= NORMAL.strength && alignment.matches.every((match) => isEntityUnit(match.a) || isEntityUnit(match.b));

/** A figure both sentences give, agreeing; not an ordinal (`second`, `first`): any two sentences may share one. */
const isAgreeingFigure = (match: UnitMatch): boolean => match.a.quantity !== null && match.a.quantity.unit !== 'ordinal' && match.similarity === 1;

/** Whether a stretch holds a figure both sentences give (`isAgreeingFigure`). */
export const holdsAFigure = (alignment: ClauseAlignment): boolean => alignment.matches.some(isAgreeingFigure);

/**
 * One agreeing figure and nothing else in the stretch (`about 4,300` / `4,300`, `from 10 p.m.` /
 * `from 22:00`): in two sentences that tell the same thing, it is what they tell.
 */
function loneFigure(alignment: ClauseAlignment): boolean {
  const [only, ...rest] = alignment.matches;
  return rest.length === 0 && only !== undefined && isAgreeingFigure(only);
}

/**
 * Names (and days) with a reporting verb as the only word besides them (`Rästas told` /
 * `Rästas said`, `Lauren Okafor said`): two sentences that quote one speaker share who spoke,
 * which the weaker reading of a strongly aligned pair does not take for a fact.
 */
function onlyWhoSpoke(alignment: ClauseAlignment): boolean {
  const speaks = (match: UnitMatch): boolean => SPEECH.has(match.a.key) || SPEECH.has(match.b.key);
  const names = (match: UnitMatch): boolean => isEntityUnit(match.a) || isEntityUnit(match.b) || match.a.date !== null;
  return alignment.matches.some(speaks) && alignment.matches.every((match) => speaks(match) || names(match));
}

/**
 * Names and one repeated word that is a verb in both reports, not a reporting verb (`A321neo
 * will gradually replace` / `A321neos will replace`, `Fuego volcano erupted` / `Fuego erupted`,
 * `Daan Verhoef won Milan-San Remo` / `Daan Verhoef won a thrilling Milan-San Remo`): what the
 * named did, which says something, where one repeated word beside a name is otherwise its title
 * (`attorney Michael Brandt`, align.ts `saying`). An `-ing` form right after the name is a noun
 * of it (`the Labuan Bajo crossing`); a verb that opens another statement (`is expected to`,
 * `found that`) tells no act of the named. Decision 004, round 17r.
 */
function namesAndTheirVerb(alignment: ClauseAlignment, textA: string, textB: string): boolean {
  const words = alignment.matches.filter((match) => match.a.date === null && !(isEntityUnit(match.a) && isEntityUnit(match.b) && match.a.key === match.b.key));
  const [verb] = words;
  if (words.length !== 1 || verb === undefined || words.length === alignment.matches.length) return false;
  if (SPEECH.has(verb.a.key) || SPEECH.has(verb.b.key)) return false;
  const actsIn = (side: 'a' | 'b', text: string): boolean => {
    const unit = verb[side];
    if (!readsAsVerbUnit(unit, text)) return false;
    const nominal = /ing$/iu.test(text.slice(unit.start, unit.end)) && alignment.matches.some((match) => isEntityUnit(match[side]) && match[side].last === unit.first);
    return !nominal && !/^\s+(?:to|that)(?!\p{L})/iu.test(text.slice(unit.end, unit.end + 8));
  };
  return actsIn('a', textA) && actsIn('b', textB);
}

/**
 * The least a stretch must hold to be a candidate for the learned gate: the measured relaxed
 * gate of decision 004, round 8a (half a word of evidence, one matched unit).
 */
export const CANDIDATE: Thresholds = { strength: 0.5, content: 0, units: 1, anchors: 0.5, pinned: false };

/**
 * The draft of a stretch and the evidence it was judged by; null when nothing is left of it, or
 * when it neither passes the thresholds nor holds a candidate's least evidence (`CANDIDATE`;
 * `candidates` false: when it does not pass, as the hand-set rules need no more).
 */
export function judgeDraft(whole: ClauseAlignment, textA: string, textB: string, thresholds: Thresholds, candidates = true): { draft: FactDraft; evidence: DraftEvidence } | null {
  const alignment = withoutHollowMatches(whole, textA, textB);
  if (alignment.matches.length === 0) return null;
  const verbatim = isVerbatim(alignment, textA, textB);
  // A precise figure (three significant digits or more) given by both is a shared fact alone.
  const preciseFigure = alignment.matches.length === 1 && alignment.matches[0]?.a.quantity !== null && (alignment.matches[0]?.value ?? 0) >= 1.5;
  const passes =
    preciseFigure ||
    ((alignment.saying >= 1 || namesAndTheirVerb(alignment, textA, textB)) &&
    alignment.matches.length >= thresholds.units &&
    alignment.anchors >= thresholds.anchors &&
    alignment.strength >= thresholds.strength &&
    alignment.content >= thresholds.content &&
    (!thresholds.pinned || isPinned(alignment)));
  // Shared wording rescues a fact below the thresholds only when it says something: a long
  // proper name repeated word for word is a name, not a fact.
  // Between reports of different events, shared wording is stock phrasing, never a fact.
  const rescued = verbatim && alignment.content >= 0.5 && thresholds !== STRICT;
  // Below the candidates' floor, a stretch is no draft for either gate: spare the filters.
  const floor = candidates && alignment.strength >= CANDIDATE.strength && alignment.matches.length >= CANDIDATE.units && alignment.anchors >= CANDIDATE.anchors;
  if (!passes && !rescued && !floor) return null;
  // The same word, denied in one report only (`a large trial` / `the trial was not large`):
  // opposite statements, not a shared fact.
  const denied = (text: string, side: 'a' | 'b'): boolean => alignment.matches.some((match) => deniedAt(text, match[side].start));
  const evidence: DraftEvidence = {
    alignment,
    verbatim,
    preciseFigure,
    passes: passes || rescued,
    lonePhrase: isLonePhrase(alignment, textA, textB),
    onlySpeaker: onlyTheSpeaker(alignment, textA, textB),
    denied: deniedOnOneSide(denied(textA, 'a'), denied(textB, 'b'), alignment, textA, textB),
  };
  const draft: FactDraft = {
    a: [charRange(alignment.spanA.start, alignment.spanA.end)],
    b: [charRange(alignment.spanB.start, alignment.spanB.end)],
    kind: kindOf(alignment, verbatim),
    strength: alignment.strength,
    score: confidence(alignment.strength, verbatim),
    points: alignment.matches.map((match) => ({
      a: charRange(match.a.start, match.a.end),
      b: charRange(match.b.start, match.b.end),
      value: match.value,
      anchor: match.similarity === 1 && match.a.kind !== 'name' && match.a.kind !== 'alias' && match.b.kind !== 'name' && match.b.kind !== 'alias',
    })),
    stretch: alignment,
  };
  return { draft, evidence };
}

/** The draft of a stretch when the hand-set rules keep it. */
export function toDraft(whole: ClauseAlignment, textA: string, textB: string, thresholds: Thresholds): FactDraft | null {
  const judged = judgeDraft(whole, textA, textB, thresholds, false);
  return judged !== null && keptByRules(judged.evidence) ? judged.draft : null;
}

/** A draft always has at least one span per side. */
export function head(ranges: readonly CharRange[]): CharRange {
  const first = ranges[0];
  if (first === undefined) throw new RangeError('a fact needs a span on each side');
  return first;
}

const overlaps = (x: CharRange, y: CharRange): boolean => x.start < y.end && y.start < x.end;

/**
 * An accepted fact highlights the phrase that carries it in place of its stretch, when its
 * stretch came through selection whole (not trimmed or clipped to another fact).
 */
function narrowed(fact: FactDraft, from: FactDraft, texts: { a: string; b: string }): FactDraft {
  const { stretch, ...rest } = fact;
  if (stretch === undefined || fact.a[0] !== from.a[0] || fact.b[0] !== from.b[0]) return rest;
  const [a, b] = [carryingSpans(stretch, 'a', texts.a), carryingSpans(stretch, 'b', texts.b)];
  return { ...rest, a: [...a.map((r) => charRange(r.start, r.end)), ...fact.a.slice(1)], b: [...b.map((r) => charRange(r.start, r.end)), ...fact.b.slice(1)] };
}

/**
 * Keep the strongest drafts (or the likeliest, `order` 'score'). A draft that restates an accepted fact on one side (the same
 * sentence in one report, another place in the other) becomes an extra span of that fact;
 * one that overlaps it on both sides is a duplicate.
 */
export function selectFacts(drafts: readonly FactDraft[], texts: { a: string; b: string }, order: 'strength' | 'score' = 'strength'): FactDraft[] {
  // By the learned probability when the drafts carry one (`score`), ties by strength as before.
  const first = (x: FactDraft, y: FactDraft): number => (order === 'score' ? y.score - x.score : 0) || y.strength - x.strength;
  const sorted = [...drafts].sort((x, y) => first(x, y) || head(x.a).start - head(y.a).start || head(x.b).start - head(y.b).start);
  const accepted: FactDraft[] = [];
  // The accepted facts' spans on each side, by position: overlaps are looked up, not scanned for.
  const spans = { a: new SpanIndex<FactDraft>(), b: new SpanIndex<FactDraft>() };
  const acceptedAt = new Map<FactDraft, number>();
  const touchesAccepted = (x: FactDraft): boolean => spans.a.overlapping(x.a).length > 0 || spans.b.overlapping(x.b).length > 0;
  // Spans added to a fact as restatements: a reading of a sentence through another one's words.
  const restated = new Set<CharRange>();
  // The draft each accepted fact came from: its stretch, before any trim.
  const origins = new Map<FactDraft, FactDraft>();
  for (const candidate of sorted) {
    let draft = candidate;
    // A restatement span gives way to a draft that reads the same words against a sentence of
    // its own, and touches no accepted fact otherwise (`Ostara shares jumped 27%`, restated
    // through the offer for each Ostara share, meets `Ostara stock soared 27%`).
    if (draft.kind === 'number') {
      for (const { fact, side, range } of releaseRestated(spans, restated, draft)) {
        fact[side].splice(fact[side].indexOf(range), 1);
        spans[side].remove(range, fact);
      }
    }
    const onA = spans.a.firstOverlapping(draft.a);
    const onB = spans.b.firstOverlapping(draft.b);
    if (onA !== undefined && onB !== undefined) continue;
    const grazed = onA ?? onB;
    if (grazed !== undefined) {
      const side = onA !== undefined ? 'a' : 'b';
      const other = side === 'a' ? 'b' : 'a';
      // What the draft says outside the accepted words may stand as a fact of its own (a long
      // sentence with two facts)…
      const trimmed = trimOff(draft, grazed[side], side);
      const alone = trimmed !== null && !touchesAccepted(trimmed);
      const clipped = trimmed === null ? clipSharedEdge(draft, grazed[side], side, texts[side]) : null;
      if (trimmed !== null && alone) {
        draft = trimmed;
      } else if (clipped !== null && !touchesAccepted(clipped)) {
        draft = clipped;
      } else {
        // …else a draft covering mostly the same words on the shared side is a restatement: it
        // adds a span, the stretch of the other report that matched those words. One that only
        // grazes the accepted fact is a weaker reading of the same words, and is dropped.
        const inside = draft.points.filter((point) => grazed[side].some((range) => overlaps(range, point[side])));
        // A restatement says the same thing: names alone (`Kitwe and Ndola`) and a related word
        // (`reopening` / `opened`) do not make a sentence about schools one about clinics.
        if (coverage(head(draft[side]), grazed[side]) >= 0.5 && inside.some((point) => point.anchor !== false)) {
          const range = inside.length > 0 ? restatedRange(draft, inside, other, texts[other]) : head(draft[other]);
          restated.add(range);
          grazed[other].push(range);
          spans[other].add(range, grazed, acceptedAt.get(grazed) ?? 0);
        }
        continue;
      }
    }
    const fact = { ...draft, a: [...draft.a], b: [...draft.b] };
    acceptedAt.set(fact, accepted.length);
    accepted.push(fact);
    origins.set(fact, candidate);
    for (const side of ['a', 'b'] as const) for (const range of fact[side]) spans[side].add(range, fact, acceptedAt.get(fact) ?? 0);
  }
  return accepted.map((fact) => narrowed(fact, origins.get(fact) ?? fact, texts));
}

/** The phrase that carries a restatement's matched words in the other report (fact-span.ts). */
function restatedRange(draft: FactDraft, inside: readonly MatchPoint[], side: 'a' | 'b', text: string): CharRange {
  const units = (draft.stretch?.matches ?? []).map((match) => match[side]).filter((unit) => inside.some((point) => point[side].start === unit.start && point[side].end === unit.end));
  const kept = units.length === inside.length ? carryingUnits(units, text) : [];
  return kept.length > 0 ? rangeOf(kept) : rangeOf(inside.map((point) => point[side]));
}

/**
 * Restatement spans a draft overlaps, when it overlaps nothing else of an accepted fact, on
 * either side: what it would take back. Empty when the draft touches a fact's own spans.
 */
function releaseRestated(
  spans: { a: SpanIndex<FactDraft>; b: SpanIndex<FactDraft> },
  restated: ReadonlySet<CharRange>,
  draft: FactDraft,
): { fact: FactDraft; side: 'a' | 'b'; range: CharRange }[] {
  const found: { fact: FactDraft; side: 'a' | 'b'; range: CharRange }[] = [];
  for (const side of ['a', 'b'] as const) {
    for (const { range, owner } of spans[side].overlapping(draft[side])) {
      if (!restated.has(range)) return [];
      found.push({ fact: owner, side, range });
    }
  }
  // A fact keeps at least one span on each side.
  return found.every(({ fact, side }) => fact[side].length > found.filter((other) => other.fact === fact && other.side === side).length) ? found : [];
}

/** Least share of its evidence a trimmed draft must keep; it must also pass the normal strength. */
const TRIM_KEEPS = 0.5;

/** The draft without the matches that fall inside `taken` on `side`, or null when too little is left. */
function trimOff(draft: FactDraft, taken: readonly CharRange[], side: 'a' | 'b'): FactDraft | null {
  const kept = draft.points.filter((point) => !taken.some((range) => overlaps(range, point[side])));
  const strength = kept.reduce((sum, point) => sum + point.value, 0);
  if (kept.length < NORMAL.units || strength < Math.max(NORMAL.strength, draft.strength * TRIM_KEEPS)) return null;
  const span = (of: 'a' | 'b'): CharRange => rangeOf(kept.map((point) => point[of]));
  // The trimmed span must not reach back over the accepted words.
  if (taken.some((range) => overlaps(range, span(side)))) return null;
  return { ...draft, a: [span('a')], b: [span('b')], strength, points: kept };
}

/**
 * `A magnitude 6.4 earthquake struck the southern Philippines` states two facts that share
 * one word: `magnitude 6.4 earthquake` (accepted) and `earthquake struck the southern
 * Philippines` / `earthquake shook the southern Philippines`. A draft that passed the
 * thresholds whole, and reaches into an accepted fact on one side by a single matched unit at
 * its edge, keeps its evidence and gives up only that word's place in the highlight: its span
 * on that side starts (or ends) where the accepted fact's does. What stays must still hold an
 * exact match of its own, so a fact never rests on the shared word alone.
 */
function clipSharedEdge(draft: FactDraft, taken: readonly CharRange[], side: 'a' | 'b', text: string): FactDraft | null {
  const inside = draft.points.filter((point) => taken.some((range) => overlaps(range, point[side])));
  const outside = draft.points.filter((point) => !inside.includes(point));
  if (inside.length !== 1 || outside.length < 1 || draft.points.length < NORMAL.units) return null;
  if (outside.reduce((sum, point) => sum + point.value, 0) < SHARED_EDGE_KEEPS) return null;
  const own = head(draft[side]);
  const rest = rangeOf(outside.map((point) => point[side]));
  let start: number = own.start;
  let end: number = own.end;
  for (const range of taken) {
    if (!overlaps(range, own)) continue;
    if (range.start <= rest.start && range.end <= rest.start) start = Math.max(start, range.end);
    else if (range.start >= rest.end) end = Math.min(end, range.start);
    else return null;
  }
  // The highlight starts and ends on a word, not on the space or comma the clip left.
  while (start < end && /[\s\p{P}]/u.test(text.charAt(start))) start += 1;
  while (end > start && /[\s\p{P}]/u.test(text.charAt(end - 1))) end -= 1;
  if (end - start < MIN_CLIPPED_CHARS) return null;
  const spans = { a: draft.a, b: draft.b, [side]: [charRange(start, end)] };
  return { ...draft, a: [...spans.a], b: [...spans.b], points: outside };
}

/** What a draft keeps beside the shared word: at least one exact match of a content word. */
const SHARED_EDGE_KEEPS = 1;
const MIN_CLIPPED_CHARS = 8;

/** The share of `range` that `ranges` cover. */
function coverage(range: CharRange, ranges: readonly CharRange[]): number {
  const length = range.end - range.start;
  if (length === 0) return 0;
  let covered = 0;
  for (const other of ranges) covered += Math.max(0, Math.min(range.end, other.end) - Math.max(range.start, other.start));
  return Math.min(1, covered / length);
}

/** Nothing but spaces, punctuation and quotation marks between two spans. */
function onlyGlue(text: string, from: number, to: number): boolean {
  return to >= from && to - from <= 12 && /^[\s\p{P}]*$/u.test(text.slice(from, to));
}

/**
 * Whether `next` continues `span`: only glue between them, or it starts inside it (a figure's
 * highlight that takes the noun it counts, where the next fact starts: round 17p).
 */
const continues = (text: string, span: CharRange, next: CharRange): boolean => onlyGlue(text, span.end, next.start) || (next.start >= span.start && next.start < span.end);

/**
 * Facts that continue one another in both reports (a quote split at a comma) become one.
 */
export function joinAdjacent(facts: FactDraft[], textA: string, textB: string): FactDraft[] {
  const single = (fact: FactDraft): boolean => fact.a.length === 1 && fact.b.length === 1;
  const sorted = [...facts].sort((x, y) => head(x.a).start - head(y.a).start);
  const joined: FactDraft[] = [];
  for (const fact of sorted) {
    const previous = joined.at(-1);
    if (previous !== undefined && single(previous) && single(fact)) {
      const [pa, pb, fa, fb] = [head(previous.a), head(previous.b), head(fact.a), head(fact.b)];
      if (continues(textA, pa, fa) && continues(textB, pb, fb)) {
        joined[joined.length - 1] = {
          a: [charRange(pa.start, Math.max(pa.end, fa.end))],
          b: [charRange(Math.min(pb.start, fb.start), Math.max(pb.end, fb.end))],
          kind: previous.kind === fact.kind ? fact.kind : previous.kind === 'quote' || fact.kind === 'quote' ? 'quote' : 'paraphrase',
          strength: previous.strength + fact.strength,
          score: Math.max(previous.score, fact.score),
          points: [...previous.points, ...fact.points],
        };
        continue;
      }
    }
    joined.push(fact);
  }
  return joined;
}
