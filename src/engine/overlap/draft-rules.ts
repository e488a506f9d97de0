import { charRange, type CharRange } from '../text/ranges.ts';
import { SPEECH, type ClauseAlignment, type UnitMatch } from './align.ts';
import { givesDifferentAmounts } from './different-amounts.ts';
import { PHRASE_SUPPORT, deniedOnOneSide, isLonePhrase, onlyTheSpeaker, readsAsVerbUnit, withoutHollowMatches } from './draft-filters.ts';
import type { FactDraft } from './select.ts';
import type { FactKind } from './types.ts';
import { isEntityUnit } from './units.ts';

/**
 * The hand-set rules a stretch is judged by: the thresholds, what a draft is, and which refused
 * drafts the second readings keep (the filters that drop a draft: draft-filters.ts).
 */

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

export const rangeOf = (units: readonly { start: number; end: number }[]): CharRange =>
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
  /** The same word denied in one report only, or different amounts around a frame that holds nothing else (different-amounts.ts). */
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
  const evidence: DraftEvidence = {
    alignment,
    verbatim,
    preciseFigure,
    passes: passes || rescued,
    lonePhrase: isLonePhrase(alignment, textA, textB),
    onlySpeaker: onlyTheSpeaker(alignment, textA, textB),
    // The same word, denied in one report only (`a large trial` / `the trial was not large`), or
    // a frame around which the two reports give different amounts (`could face up to 30 years` /
    // `faces a maximum of 20 years`: different-amounts.ts): opposite statements, not a shared fact.
    denied: deniedOnOneSide(alignment, textA, textB) || givesDifferentAmounts(alignment, textA, textB),
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
      figure: [match.a.kind, match.b.kind].some((kind) => kind === 'quantity' || kind === 'date'),
    })),
    stretch: alignment,
  };
  return { draft, evidence };
}
