/**
 * Verbs of a change, shared by the readers of a figure that moved (`fell to 4%`), of a level
 * decided (`cut to 2.5%`) and of the value a change started from (`rose to 9.2% from 8.8%`):
 * one list, so that each reader knows every written form (round 21c, mend A of session 17).
 */

/** Verbs and nouns of a move: the figure after `fell to`, `a rise to` is the level reached. */
export const MOVED_TO: ReadonlySet<string> = new Set(['rose', 'rise', 'rises', 'risen', 'rising', 'climbed', 'climbing', 'fell', 'fall', 'falls', 'fallen', 'falling', 'dropped', 'drop', 'dropping', 'jumped', 'soared', 'plunged', 'plummeted', 'sank', 'dipped', 'slipped', 'warmed', 'cooled', 'increased', 'decreased']);

/** Verbs of deciding a new level (`cut to`, `raised to`, `set at`): not those a measure moves by (`fell to`). */
export const DECIDED: ReadonlySet<string> = new Set(['cut', 'cuts', 'reduce', 'reduces', 'reduced', 'lower', 'lowers', 'lowered', 'raise', 'raises', 'raised', 'slash', 'slashes', 'slashed', 'trim', 'trims', 'trimmed', 'hike', 'hikes', 'hiked', 'set', 'sets', 'fixed', 'capped']);

/** Verbs that fix a level without moving one (`set from January`): no value before them. */
const FIXING = new Set(['set', 'sets', 'fixed', 'capped']);

/**
 * Every verb (and noun) of a change in value: a move, a decided change, and those that multiply
 * or revise (`doubled`, `revised`). Not bare `up`/`down`: `picked up survivors from 12 boats`,
 * `shut down from 10 p.m.`; they count only right before `from` (`up from 12%`).
 */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  ...MOVED_TO,
  ...[...DECIDED].filter((verb) => !FIXING.has(verb)),
  'climb', 'climbs', 'jump', 'jumps', 'increase', 'increases', 'decrease', 'decreases', 'grew', 'grown', 'grows',
  'shrank', 'shrunk', 'shrinks', 'doubled', 'tripled', 'trebled', 'halved', 'revised', 'changed',
]);

/** Either side of a figure a number may carry a point or a thousands comma (`9.2%`, `1,200`): not a clause's end. */
const IN_CLAUSE = String.raw`(?:[^.;:,]|(?<=\d)[.,](?=\d))`;
/** A verb of change, then (in its clause, up to 32 characters on) `from`; or `up from`, `down from`. */
const CHANGE_THEN_FROM = String.raw`(?:\b(?:${[...CHANGE_VERBS].join('|')})\b${IN_CLAUSE}{0,32}\b|\b(?:up|down)\s+)from\s+(?:an?\s+|the\s+)?`;

/** Text that ends right before the figure a change started from: `was doubled from `, `up from `. */
export const FROM_BEFORE_A_CHANGE = new RegExp(`${CHANGE_THEN_FROM}$`, 'iu');

/**
 * Text that ends right before the date of the figure a change started from (`climbed to 9.2% from
 * 8.8% in December`, `up from 5 million in 2024`): the figure, its scale, one word of its unit
 * (`from 900 tonnes in 2024`, `from 40 euros in 2020`: mend D, session 17), then `in`/`on`.
 * A clock time is no figure (`runs from 6am on Monday`, `from 6 am on Monday`).
 */
export const DATE_OF_A_CHANGES_START = new RegExp(
  String.raw`${CHANGE_THEN_FROM}[$€£]?\d(?:\d|(?<=\d)[.,](?=\d))*(?:%|\s*(?:per\s*cent|percent|points?|million|billion|bn|m)\b)?(?:\s+(?![ap]\.?m\b|o['’]clock)[\p{L}'’]+)?\s+(?:in|on)\s+$`,
  'iu',
);
