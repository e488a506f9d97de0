import { demandAgainstOutcome, isLeadTime } from './measures.ts';
import type { Quantity } from './quantities.ts';
import { SMALL } from './quantities-lexicon.ts';
import type { Unit } from './units.ts';

/**
 * The roles a figure plays in its sentence that keep it apart from another whatever both count:
 * a part of a group or the rest of one, a difference, a conversion, an aside, part of a score.
 * Read by the sentence-pair detector (conflicts-figures.ts), the slot reader and the figure pairing
 * (conflicts-pairing-figures.ts) alike.
 */

/** A figure of part of a group named after it (`two of the victims`, `three of them`). */
export const PARTITIVE = /^\s+of\s+(?:the|them|those|these|its|their|his|her|our|whom)\b/iu;
/** A figure set beside the rest of its group (`the other two`, `another three`, `the remaining two`). */
export const REST = /\b(?:other|another|remaining)\s+$/iu;
/** A count of the rest of a group (`two remaining candidates`, `three other candidates`): a different group each time. */
const REST_AFTER = /^\s*(?:other|remaining|more|additional|further)\b/iu;
export const countsTheRest = (text: string, quantity: Quantity): boolean =>
  quantity.unit === 'count' && (REST.test(text.slice(Math.max(0, quantity.start - 12), quantity.start)) || REST_AFTER.test(quantity.text.replace(/^\S+/u, '')) || REST_AFTER.test(text.slice(quantity.end, quantity.end + 12)));

/**
 * A figure that counts part of a group: one named after it (`two of the victims`, `three of
 * them`) or one set beside the rest (`the other two`, `another three`, `the remaining two`).
 */
export const isPartitive = (text: string, quantity: Quantity): boolean =>
  quantity.unit === 'count' && (PARTITIVE.test(text.slice(quantity.end, quantity.end + 12)) || REST.test(text.slice(Math.max(0, quantity.start - 12), quantity.start)));
/**
 * The narrower part a fact may not share (select.ts): of a group the report named before
 * (`around 1,100 of them`, `two of whom`). `31 of the 100 seats` names its whole, and is the
 * same count as `31 seats`.
 */
const PART_OF_NAMED_GROUP = /^\s+of\s+(?:them|those|these|whom)\b/iu;
export const countsPartOfNamedGroup = (text: string, quantity: Quantity): boolean =>
  quantity.unit === 'count' && PART_OF_NAMED_GROUP.test(text.slice(quantity.end, quantity.end + 12));

/**
 * Readings that keep two figures apart whatever they count: the rest of a group (`160 more`) or
 * part of a score on either side, or a lead time, an aside, a difference (`30 per cent less`,
 * round 24n) on one side only, or a demand against an outcome (`had asked for five years` /
 * `sentenced to three years`, round 26c and mend E of session 20). Asked by the sentence-pair
 * detector and the slot reader alike.
 */
export function inOtherRoles(textA: string, x: Quantity, textB: string, y: Quantity): boolean {
  if (countsTheRest(textA, x) || countsTheRest(textB, y) || partOfAScore(textA, x) || partOfAScore(textB, y)) return true;
  if (demandAgainstOutcome(textA, x, textB, y)) return true;
  return isLeadTime(textA, x) !== isLeadTime(textB, y) || inAside(textA, x) !== inAside(textB, y) || aDifference(textA, x) !== aDifference(textB, y);
}
/**
 * A sum converted in brackets (`NZ$160 million ($92 million)`) on one side only (round 24n;
 * conflicts-pairing-figures.ts `aConversion`): set only against another conversion. Asked, as
 * `inOtherRoles` is, by the sentence-pair detector and the slot reader alike; apart from it as it
 * reads the figure among its sentence's units.
 */
export function convertedOnOneSide(textA: string, unitsA: readonly Unit[], a: Unit, textB: string, unitsB: readonly Unit[], b: Unit): boolean {
  return aConversion(textA, unitsA, unitsA.indexOf(a)) !== aConversion(textB, unitsB, unitsB.indexOf(b));
}

/**
 * A figure a comparative follows (`30 per cent less irrigation water than last year`, `$40 more`,
 * `12% lower`) is a difference between two amounts, not an amount: it is set only against
 * another difference (round 24n).
 */
const COMPARATIVE_AFTER = /^\s+(?:less|more|fewer|higher|lower|smaller|larger|bigger|greater|cheaper|dearer)\b/iu;
export const aDifference = (text: string, quantity: Quantity): boolean => COMPARATIVE_AFTER.test(text.slice(quantity.end, quantity.end + 12));

/**
 * A sum in brackets right after a sum in another currency (`NZ$160 million ($92 million)`, `(about
 * $92 million)`) is that sum converted, no amount of its own: it is set only against another
 * conversion (round 24n). Only a hedge may stand before it in the bracket, read into its span:
 * `€50m (plus $20m from Washington)` adds a sum (mend C, session 18).
 */
export function aConversion(text: string, units: readonly Unit[], at: number): boolean {
  const quantity = units[at]?.quantity;
  if (quantity?.unit !== 'currency') return false;
  let before = at - 1;
  while (before >= 0 && units[before]?.quantity == null) before -= 1;
  const sum = units[before]?.quantity;
  return sum?.unit === 'currency' && sum.currency !== quantity.currency && CONVERSION_BETWEEN.test(text.slice(sum.end, quantity.start));
}
/**
 * What stands between a sum and its conversion: the opening bracket, alone or with a word that
 * tells the same sum again (`(or about $92 million)`, `(equivalent to $92 million)`, `(i.e. $92
 * million)`; mend D, session 18). A hedge (the table of quantities-lexicon.ts, `HEDGES_BEFORE`) is
 * read into the converted sum's span, not here (`(about $92 million)`); any other word tells
 * another sum (`(plus $20m from Washington)`, `(and $1.5bn)`).
 */
const CONVERSION_BETWEEN = /^\s*\(\s*(?:or\s+|equivalent\s+to\s+|i\.e\.,?\s+)?$/iu;

/**
 * A figure in an aside about a person, set off by commas after the name (`Callum Reid,
 * introduced from the bench in the 107th minute, headed home …`; `Reid, who had been on for six
 * minutes, rose …`), tells that person's background, not the event the sentence reports: it is
 * set only against a figure in such an aside. A participle that takes an object is the
 * sentence's own verb after an apposition (`in Mendoza, Argentina, analysed images of 11,000
 * glaciers`), not an aside: an aside's participle is passive, and a preposition follows it. A
 * relative clause is background when an auxiliary opens it (`who had been on`, `who was brought
 * on`); in the simple past it may tell the event itself (`Reid, who headed home in the 113th
 * minute, was mobbed`).
 */
const ASIDE_BEFORE =
  /\p{Lu}[\p{L}'’-]+\s*,\s+(?:(?:who|which)\s+(?:had|has|have|was|were|is|are)\b|(?:\p{Ll}+(?:ed|en)|brought|sent|put|set|kept|held|left|made|thrown|born)(?:\s+(?:on|off|up|back|out))?\s+(?:from|in|on|at|by|after|before|for|with|to|into|as)\b)[^,.;:]*$/u;
const ASIDE_AFTER = /^[^,.;:]*,/u;
export const inAside = (text: string, quantity: Quantity): boolean =>
  ASIDE_BEFORE.test(text.slice(Math.max(0, quantity.start - 80), quantity.start)) && ASIDE_AFTER.test(text.slice(quantity.end, quantity.end + 60));

/**
 * A score told as two numbers joined by `for` (`reached 321 for four`, `took three for 61`): runs
 * for wickets, a bowler's wickets for runs. Either number alone is no count of anything, and the
 * score's first number is not the total the other report gives as a target (`Chasing 319`).
 */
/** A side's wickets, ten at most: digits, or quantities-lexicon.ts `SMALL`'s words from one to ten. */
const SMALL_NUMBER = String.raw`(?:\d+|${[...SMALL].filter(([, value]) => value >= 1 && value <= 10).map(([word]) => word).join('|')})`;
const FOR_AFTER = new RegExp(String.raw`^\s+for\s+${SMALL_NUMBER}(?![\p{L}\d])`, 'iu');
const FOR_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])${SMALL_NUMBER}\s+for\s+$`, 'iu');
export const partOfAScore = (text: string, quantity: Quantity): boolean =>
  quantity.noun === null && quantity.unit === 'count' && (FOR_AFTER.test(text.slice(quantity.end, quantity.end + 12)) || FOR_BEFORE.test(text.slice(Math.max(0, quantity.start - 16), quantity.start)));
