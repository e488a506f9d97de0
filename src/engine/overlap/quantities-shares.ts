import type { Quantity } from './quantities.ts';

/*
 * What a share that counts no noun is a share of (round 22f): `Turnout was 54.1 per cent`,
 * `inflation of 2.9%`, `the unemployment rate stood at 5.1%`. A percentage names no counted noun
 * of its own (`54.1 per cent` counts nothing), so `figuresReportedIn` let it agree with any share
 * of the other report (turnout with a province's claim on 53 per cent of a fund's assets). Its
 * subject stands in for the counted noun: the noun right before `of`, `at` or a verb that gives a
 * level (`was`, `stood at`, `rose to`, `reached`, an auxiliary before it), or else the noun right
 * after `of`; a word that says only that it is a share (`rate`, `share`, `level`) gives way to the
 * noun before it (`the unemployment rate was`), or to none. A change (`fell 6%`) has no level's
 * subject: none is read. A level verb or an auxiliary is never the subject (`Turnout stood at`,
 * `Rates were at`; mend C of session 17), and a relative clause's subject is the noun before its
 * comma (`Turnout, which stood at 54%`).
 */

/** What a share with no counted noun is a share of. */
export interface ShareSubject {
  /** The subject's word, lower-cased. */
  word: string;
}

/** A hedge between the subject and the figure (`Turnout was just over 36%`). */
const HEDGE = String.raw`(?:(?:about|around|roughly|nearly|almost|some|just|only|over|under|more\s+than|less\s+than|fewer\s+than|at\s+least|close\s+to|an\s+estimated)\s+)*`;
/** The auxiliaries before a level verb (`has stood at`, `were at`). */
const AUXILIARY = String.raw`(?:has|have|had|will|would|could|may|might|is|was|were|are)`;
/** The verbs that give a level, each with what follows it: a copula, a verb of staying, of a change's end, of reaching. */
const LEVEL_VERB = {
  copula: String.raw`(?:was|is|were|are|be|been)`,
  staying: String.raw`(?:stood|stands|stand|remains?|remained|stays?|stayed|held|holds?|came|comes)`,
  changing: String.raw`(?:rose|risen|rises|fell|fallen|falls|climbed|climbs|dropped|drops|jumped|jumps|slipped|slips|eased|eases|increased|decreased|declined)`,
  reaching: String.raw`(?:reached|reaches|hit|hits|topped|tops)`,
};
/** A verb that gives a level, or `of` / `at` (`turnout of`, `inflation at`). */
const LEVEL = String.raw`(?:${AUXILIARY}\s+(?:been\s+|be\s+)?)?(?:of|at|${LEVEL_VERB.copula}|(?:${LEVEL_VERB.staying}(?:\s+in)?)\s+(?:unchanged\s+|steady\s+|flat\s+|stable\s+)?at|${LEVEL_VERB.changing}\s+to|${LEVEL_VERB.reaching})`;
/** A word that is no subject's: a level verb or an auxiliary (`Turnout stood at`: not `stood`). */
const NOT_A_SUBJECT = String.raw`(?!(?:${AUXILIARY}|${Object.values(LEVEL_VERB).join('|')})(?!\p{L}))`;
/** The subject, perhaps after the word before it, then a relative clause's `, which` or a space, then the level. */
const BEFORE = new RegExp(String.raw`(?:^|[^\p{L}'’-])${NOT_A_SUBJECT}(\p{L}+)(?:\s+${NOT_A_SUBJECT}(\p{L}+))?(?:,\s+(?:which|that)\s+|\s+)${LEVEL}\s+${HEDGE}$`, 'iu');
const AFTER = /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+)?(?:\p{Lu}[\p{L}'’]*\s+){0,2}(\p{Ll}{3,})\b/u;
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
    for (const word of [found[2], found[1]]) {
      if (word === undefined) continue;
      const lower = word.toLowerCase();
      if (NO_SUBJECT.has(lower)) return null;
      if (!SHARE_WORDS.has(lower)) return { word: lower };
    }
    return null;
  }
  const word = AFTER.exec(text.slice(quantity.end, quantity.end + 40))?.[1];
  return word === undefined || NO_SUBJECT.has(word) ? null : { word };
}
