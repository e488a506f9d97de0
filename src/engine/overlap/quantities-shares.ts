import type { Quantity } from './quantities.ts';

/**
 * What a share that counts no noun is a share of (round 22f): `Turnout was 54.1 per cent`,
 * `inflation of 2.9%`, `the unemployment rate stood at 5.1%`. A percentage names no counted noun
 * of its own (`54.1 per cent` counts nothing), so `figuresReportedIn` let it agree with any share
 * of the other report (turnout with a province's claim on 53 per cent of a fund's assets). Its
 * subject stands in for the counted noun: the noun right before `of`, `at` or a verb that gives a
 * level (`was`, `stood at`, `rose to`, `reached`, an auxiliary before it), or else the noun right
 * after `of`; a word that says only that it is a share (`rate`, `share`, `level`) gives way to the
 * noun before it (`the unemployment rate was`), or to none. A change (`fell 6%`) has no level's
 * subject: none is read.
 */
export interface ShareSubject {
  /** The subject's word, lower-cased. */
  word: string;
  /** Where the word starts in the text. */
  start: number;
}

/** A hedge between the subject and the figure (`Turnout was just over 36%`). */
const HEDGE = String.raw`(?:(?:about|around|roughly|nearly|almost|some|just|only|over|under|more\s+than|less\s+than|fewer\s+than|at\s+least|close\s+to|an\s+estimated)\s+)*`;
/** A verb that gives a level, or `of` / `at` (`turnout of`, `inflation at`). */
const LEVEL = String.raw`(?:(?:has|have|had|will|would|could|may|might|is|was)\s+(?:been\s+|be\s+)?)?(?:of|at|was|is|were|are|be|been|(?:stood|stands|stand|remains?|remained|stays?|stayed|held|holds?|came\s+in|comes\s+in)\s+(?:unchanged\s+|steady\s+|flat\s+|stable\s+)?at|(?:rose|risen|rises|fell|fallen|falls|climbed|climbs|dropped|drops|jumped|jumps|slipped|slips|eased|eases|increased|decreased|declined)\s+to|reached|reaches|hit|hits|topped|tops)`;
const AUXILIARY = String.raw`(?:has|have|had|will|would|could|may|might|is|was)\b`;
const BEFORE = new RegExp(String.raw`(?:^|[^\p{L}'’-])(\p{L}+)(?:\s+(?!${AUXILIARY})(\p{L}+))?\s+${LEVEL}\s+${HEDGE}$`, 'diu');
const AFTER = /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+)?(?:\p{Lu}[\p{L}'’]*\s+){0,2}(\p{Ll}{3,})\b/du;
/** Words that say a figure is a share, not what of: they give way to the word before them. */
const SHARE_WORDS = new Set(['rate', 'share', 'level', 'proportion', 'percentage', 'figure', 'ratio', 'number', 'total', 'majority', 'minority', 'part', 'portion']);
/** Words that are no subject: function words, pronouns, determiners. */
const NO_SUBJECT = new Set(['the', 'a', 'an', 'it', 'this', 'that', 'these', 'those', 'which', 'what', 'who', 'there', 'here', 'its', 'their', 'his', 'her', 'and', 'or', 'but', 'than', 'by', 'to', 'from', 'in', 'on', 'of', 'at', 'with', 'for', 'as', 'now', 'then', 'also', 'still', 'only', 'just', 'about', 'up', 'down', 'some', 'all']);

/** The subject of a share with no counted noun, or null (no share, a noun of its own, or none read). */
export function shareSubject(text: string, quantity: Quantity): ShareSubject | null {
  if (quantity.unit !== 'percent' || quantity.noun !== null) return null;
  const from = Math.max(0, quantity.start - 80);
  const found = BEFORE.exec(text.slice(from, quantity.start));
  if (found !== null) {
    // The head is the last word before the verb; a share word gives way to the word before it.
    const groups = found.indices ?? [];
    for (const g of [2, 1]) {
      const word = found[g]?.toLowerCase();
      const at = groups[g]?.[0];
      if (word === undefined || at === undefined) continue;
      if (NO_SUBJECT.has(word)) return null;
      if (!SHARE_WORDS.has(word)) return { word, start: from + at };
    }
    return null;
  }
  const after = AFTER.exec(text.slice(quantity.end, quantity.end + 40));
  const word = after?.[1];
  if (after === null || word === undefined || NO_SUBJECT.has(word)) return null;
  return { word, start: quantity.end + (after.indices?.[1]?.[0] ?? 0) };
}
