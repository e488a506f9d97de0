import { hedgeBefore } from './quantities-hedges.ts';
import { isPossessive, MONTH_NAMES, NOT_NOUNS, NOUN_FILLERS, ORDINALS, PARTICIPLE_NOUNS, PAST_TENSE_VERBS, SCALES, SMALL, TENS, WEEKDAY_NAMES, singularize, withoutPossessive } from './quantities-lexicon.ts';
import type { TokenStream } from './quantities-tokens.ts';

/** A month or a weekday ends a counted noun (`may`, a modal too, is among `NOT_NOUNS` before it). */
const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/**
 * The noun a number counts: up to three words right after it, stopping at a function word, at a
 * verb-looking word after the first (`-ed`, `-ing`: "128 drones launched"), at a capitalised word
 * after a lower-case one, or at punctuation. "1,000 Ukrainian soldiers killed" → `soldier`;
 * "31 dead" → `dead`. `more`/`other` are skipped ("23 more people").
 */
export function findNoun(stream: TokenStream, at: number, headFinal = false): { noun: string; last: number } | null {
  let index = at;
  let previous = at - 1;
  while (stream.isWord(index) && NOUN_FILLERS.has(stream.at(index)?.lower ?? '') && stream.spaced(previous, index)) {
    previous = index;
    index += 1;
  }
  const run: { word: string; last: number }[] = [];
  let sawLower = false;
  for (let count = 0; count < 3; count += 1) {
    const token = stream.at(index);
    if (token?.kind !== 'word' || !stream.spaced(previous, index)) break;
    // A hyphenated modifier (`low-speed`, `first-team`) before a lower-case word is not the noun:
    // `three low-speed collisions` counts collisions (round 20g).
    if (isCompoundModifier(stream, index)) {
      previous = index + 2;
      index += 3;
      continue;
    }
    const lower = token.lower;
    if (NOT_NOUNS.has(lower) || SCALES.has(lower) || MONTHS_AND_DAYS.has(lower)) break;
    // Another number word starts another number (“twenty-three twenty-three”), never a noun.
    if (SMALL.has(lower) || TENS.has(lower) || ORDINALS.has(lower)) break;
    if (count > 0 && /(?:ed|ing)$/.test(lower)) break;
    const verbLike = token.text === lower && ((/ed$/.test(lower) && !PARTICIPLE_NOUNS.has(lower)) || PAST_TENSE_VERBS.has(lower));
    if (count === 0 && verbLike) break;
    const capital = token.text[0] !== lower[0];
    if (capital && sawLower) break;
    sawLower ||= !capital;
    run.push({ word: withoutPossessive(lower), last: index });
    if (isPossessive(lower)) break;
    previous = index;
    index += 1;
  }
  // The head is the last plural ("128 Shahed drones overnight" → drone), else the first word ("31
  // dead"), or after `of the` the last (`38.4 per cent of the popular vote` → vote).
  const plural = run.filter(({ word }) => isPlural(word)).at(-1);
  // Coordinated modifiers before the noun: “1,700 current and former residents” → resident.
  if (plural === undefined && run.length > 0 && stream.isWord(index, 'and', 'or') && stream.spaced(previous, index)) {
    const rest = findNoun(stream, index + 1);
    if (rest !== null && isPlural(stream.at(rest.last)?.lower ?? '')) return rest;
  }
  const head = plural ?? (headFinal ? run.at(-1) : run[0]);
  return head === undefined ? null : { noun: singularize(head.word), last: head.last };
}

/** `low-speed collisions`: word, hyphen, word, all touching, then a spaced lower-case word that may be a noun. */
function isCompoundModifier(stream: TokenStream, index: number): boolean {
  if (!stream.isSym(index + 1, '-') || !stream.touching(index, index + 1) || !stream.touching(index + 1, index + 2) || !stream.isWord(index + 2)) return false;
  const next = stream.at(index + 3);
  if (next?.kind !== 'word' || !stream.spaced(index + 2, index + 3) || next.text !== next.lower) return false;
  return !NOT_NOUNS.has(next.lower) && !SCALES.has(next.lower) && !/(?:ed|ing)$/.test(next.lower) && !PAST_TENSE_VERBS.has(next.lower);
}

function isPlural(word: string): boolean {
  return word === 'people' || word === 'police' || singularize(word) !== word;
}

/** `52.3% of the vote` → `vote`: a noun after "of" or "of the", never part of the span. */
export function findNounAfterOf(stream: TokenStream, at: number): string | null {
  if (!stream.isWord(at, 'of') || !stream.spaced(at - 1, at)) return null;
  const determiner = stream.isWord(at + 1, 'the', 'its', 'their', 'his', 'her', 'our', 'all', 'these', 'those') ? 1 : 0;
  const found = findNoun(stream, at + 1 + determiner, true);
  // A possessor (`41% of the town's roughly 26,000 registered voters`, `of the island's water`)
  // is whose the whole is, not the whole (round 24n): the whole is the noun after it (`of the
  // country's Muslim votes`), and none when a figure stands before that noun, bare or after a
  // hedge (the figure is the whole, counted). A figure after the noun is another's (`of the
  // island's water by 2030`), and a year is no figure of the whole (`of the council's 2025
  // budget`; mend C, session 18).
  if (found !== null && isPossessive(stream.at(found.last)?.lower ?? '')) {
    let next = found.last + 1;
    if (aYear(stream, next)) next += 1;
    // The longest hedge is four words (`in the region of`).
    const figure = (at: number): boolean => stream.at(at)?.kind === 'num' && (at === next || hedgeBefore(stream, at)?.first === next);
    if ([next, next + 1, next + 2, next + 3, next + 4].some(figure)) return null;
    const word = stream.at(next);
    const owned = word?.kind === 'word' ? findNoun(stream, next, true) : null;
    if (owned !== null) return owned.noun;
  }
  return found?.noun ?? null;
}

/** A value that may be a year: a whole number from 1800 to 2100 (whether it is one, its context tells). */
export function isYearValue(value: number): boolean {
  return Number.isInteger(value) && value >= 1800 && value <= 2100;
}

/** A year written before a noun (`2025 budget`): four bare digits that may be a year, no plural noun after (`2000 people` are counted). */
function aYear(stream: TokenStream, at: number): boolean {
  const token = stream.at(at);
  return token?.kind === 'num' && /^\d{4}$/u.test(token.text) && isYearValue(Number(token.text)) && stream.isWord(at + 1) && !looksCounted(stream, at + 1);
}

const YEAR_CONTEXT = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'before', 'after', 'during', 'of', 'the', 'early', 'late', 'mid',
  'year', 'between', 'and', 'to', 'through', 'fiscal', 'around', 'circa', 'summer', 'spring', 'autumn', 'fall', 'winter',
]);

/** The word before a four-digit number marks it as a year: `in 2022`, `the 2022 election`, `mid-2022`. */
export function isYearContext(stream: TokenStream, before: number): boolean {
  const token = stream.at(before);
  if (token?.kind === 'sym' && token.text === '-') return isYearContext(stream, before - 1);
  return token?.kind === 'word' && YEAR_CONTEXT.has(token.lower);
}

/** A four-digit number followed by a plural noun counts things: `killed 2000 people`. */
export function looksCounted(stream: TokenStream, at: number): boolean {
  const noun = findNoun(stream, at);
  if (noun === null) return false;
  return isPlural(stream.at(noun.last)?.lower ?? '');
}
