import { charRange, type CharRange } from '../text/ranges.ts';

/**
 * Speakers named by their office (`“…,” the French president said`): who a quote is attributed
 * to when a report gives the office, not the name. An office held by one person at a time, with
 * the country or body that qualifies it, is a person: the one a report names with it (`French
 * President Emmanuel Macron`, `Emmanuel Macron, the French president`).
 */

/** Offices one person holds at a time (with the country or body before them). */
const OFFICES = [
  'president', 'prime minister', 'chancellor', 'premier', 'vice president', 'vice-president', 'foreign minister', 'finance minister',
  'defence minister', 'defense minister', 'interior minister', 'health minister', 'justice minister', 'foreign secretary', 'home secretary',
  'secretary of state', 'secretary-general', 'secretary general', 'king', 'queen', 'pope', 'mayor', 'governor', 'chief executive',
] as const;
/**
 * A word of either case at its start (`President`, `president`). Patterns here take no `i` flag:
 * with it, `\p{Lu}` would match lower-case letters too, and a capital is what marks a name.
 */
const anyCase = (word: string): string => {
  const first = word.slice(0, 1);
  return `[${first.toUpperCase()}${first.toLowerCase()}]${word.slice(1).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`;
};
const pattern = (title: string): string => title.trim().split(/[\s-]+/u).map(anyCase).join('[\\s-]+');
const OFFICE = `(?:${OFFICES.map(pattern).join('|')})`;
/** What qualifies an office: one or two capitalised words (`French`, `South Korean`, `UN`). */
const QUALIFIER = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+){1,2}`;
/**
 * Verbs of saying written after their speaker (`Tom Bell said`, `he told`, `…, director of RCN
 * Scotland, warned`), as a pattern's alternation: the one list the speaker readers share
 * (conflicts-ages-roles.ts, conflicts-speakers-sentences.ts; round 20d). Others differ on purpose,
 * each says why: `SPEECH_BEFORE` below, conflicts-pairing-figures.ts `SAYS_AFTER` (a figure's
 * source), conflicts-speakers-verbs.ts `SAID_BEFORE` (before a name), align.ts `SPEECH` (lemmas).
 */
export const SAYING_VERBS = String.raw`(?:said|says|told|tells|added|adds|declared|explained|insisted|stressed|warned|wrote|writes|replied|continued)`;
/** Speech verbs that come before their speaker (`said the French president`): after `told` or `wrote`, the office may be the one addressed. */
const SPEECH_BEFORE = String.raw`(?:said|says|added|adds|declared|insisted|stressed|warned|replied)`;
/**
 * Offices of a hearing one person holds in it (`the judge said in delivering her decision`): the
 * article alone says which, no country or body needed.
 */
const BENCH = `(?:${['judge', 'coroner', 'magistrate'].map(pattern).join('|')})`;
const HELD = `(?:${QUALIFIER}${OFFICE}|(?:${QUALIFIER})?${BENCH})`;
/**
 * `the French president said`, `said the French president` (not `told the French president`:
 * the listener); not an office a preposition governs (`a spokesman for the French president
 * said`, `an aide to …`) nor one a possessive makes a place or a person of its own (`said the
 * French president’s spokesman`): someone else spoke.
 */
const TITLE_SPEAKS = new RegExp(
  String.raw`(?<!\b(?:for|to|of|from|with|by|near|about)\s+)(?:\b([Tt]he\s+${HELD})\s+${SAYING_VERBS}\b|\b${SPEECH_BEFORE}\s+(the\s+${HELD})\b(?!['’]))`,
  'gu',
);
/**
 * A person named with the office: `French President Emmanuel Macron` (title before the name), its
 * possessive dropped (`Emmanuel Macron’s visit`); not a former holder (`former French President …`).
 */
/** Words before an office that make its holder a past one (`Former Danish Prime Minister …`). */
const PAST_HOLDER = ['former', 'ex', 'late', 'then', 'outgoing', 'previous'];
const NAME_AFTER = (title: string): RegExp =>
  new RegExp(String.raw`(?<!\b(?:${PAST_HOLDER.map(anyCase).join('|')})[\s-]+)\b${pattern(title)}\s+((?:\p{Lu}[\p{L}'’-]+\s+|\p{Lu}\.\s+){0,3}\p{Lu}[\p{L}'’-]+)`, 'gu');
/**
 * `Emmanuel Macron, the French president,` (the office in apposition after the name, closed by
 * a comma or the sentence's end). A word a preposition governs is a place (`In Lisbon, the
 * French president praised …`), and an apposition left open is no apposition (`However, the
 * French president said …`).
 */
const NAME_BEFORE = (title: string): RegExp =>
  new RegExp(String.raw`(?<!\b(?:in|at|from|to|of|for|with|by|on|after|before)\s+)\b(\p{Lu}[\p{L}'’-]+)\s*,\s+the\s+${pattern(title)}\s*(?:[,.;]|$)`, 'gmu');
/** A possessive ending: `Macron’s` is Macron. */
const POSSESSIVE = /['’]s?$/u;

export interface TitledSpeaker {
  /** The office as written, lower-cased and single-spaced: `french president`. */
  title: string;
  /** Where the report writes it, its article included: `the French president`. */
  span: CharRange;
}

/** The office a stretch of text attributes speech to, outside the quoted ranges given. */
export function titledSpeaker(text: string, start: number, end: number, quoted: readonly CharRange[]): TitledSpeaker | null {
  const stretch = text.slice(start, end);
  for (const match of stretch.matchAll(TITLE_SPEAKS)) {
    const office = match[1] ?? match[2] ?? '';
    const at = start + match.index + match[0].indexOf(office);
    if (quoted.some((range) => at >= range.start && at < range.end)) continue;
    const title = office.replace(/^the\s+/iu, '').toLowerCase().replace(/\s+/gu, ' ');
    return { title, span: charRange(at, at + office.length) };
  }
  return null;
}

/**
 * The holders a report names with an office, by surname (`French President Emmanuel Macron` →
 * macron), each with every word of the name as written there, lower-cased (`lee jae-myung`,
 * `michael d. higgins`): a speaker written by another of its words (`Lee said`) is that holder.
 * Empty when the report names no holder.
 */
export function holdersOf(text: string, title: string): Map<string, Set<string>> {
  const holders = new Map<string, Set<string>>();
  const add = (name: string): void => {
    const words = name.split(/\s+/u).map((word) => word.replace(POSSESSIVE, '').toLowerCase());
    const surname = words.at(-1);
    if (surname === undefined) return;
    const known = holders.get(surname) ?? new Set<string>();
    for (const word of words) if (!/^\p{L}\.$/u.test(word)) known.add(word);
    holders.set(surname, known);
  };
  for (const match of text.matchAll(NAME_AFTER(title))) if (match[1] !== undefined) add(match[1]);
  for (const match of text.matchAll(NAME_BEFORE(title))) if (match[1] !== undefined) add(match[1]);
  return holders;
}
