import { SAYS_AFTER } from './conflicts-pairing-figures.ts';
import { SAYING_VERBS } from './speakers.ts';
import type { Unit } from './units.ts';

/**
 * Whether a verb of saying goes with a name (round 25n): which of a sentence's names speaks, and
 * whether any does where a pronoun says (`“…,” she said during a visit to Newtown School`).
 */

/**
 * A verb of saying right before the name, perhaps past a first name read as a place (`said Sofia
 * Lindahl`: Sofia, Bulgaria's capital). Fewer than speakers.ts `SAYING_VERBS` on purpose: before
 * a name, `told` and `wrote` take whom they address (`told Walsh`), and `according to` names a source.
 */
const SAID_BEFORE = /\b(?:[Ss]aid|[Ss]ays|[Aa]dded|[Aa]ccording\s+to)\s+(?:\p{Lu}[\p{L}'’-]*\s+)?$/u;
/** A verb of saying right before the name (`SAID_BEFORE`). */
export const saidBefore = (text: string, unit: Unit): boolean => SAID_BEFORE.test(text.slice(Math.max(0, unit.start - 16), unit.start));
/** An apposition set off by commas (a lower-case word in it, no quotation), then a verb of saying. */
const SAYS_AFTER_APPOSITION = new RegExp(String.raw`^,\s+[^,;:“”"]{0,90}?\b\p{Ll}[^,;:“”"]{0,90}?,\s+${SAYING_VERBS}\b`, 'u');
/**
 * A verb of saying after the name, right after it or past an apposition (`Karen Boateng, general
 * secretary of the Shopworkers' Alliance, said`: news style names the speaker, then the office).
 */
export const saysAfter = (text: string, unit: Unit): boolean => SAYS_AFTER.test(text.slice(unit.end, unit.end + 40)) || SAYS_AFTER_APPOSITION.test(text.slice(unit.end, unit.end + 200));
/** A name a verb of saying goes with: after it (`saysAfter`) or before it (`said Sam Whitlock`). */
export const saysBeside = (text: string, unit: Unit): boolean => saysAfter(text, unit) || saidBefore(text, unit);
