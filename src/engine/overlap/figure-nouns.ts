import { isAge, lemmasRelated } from './conflicts-common.ts';
import { neighbours } from './conflicts-neighbours.ts';
import { PERSON_NOUNS } from './conflicts-person-nouns.ts';
import type { Quantity } from './quantities.ts';
import type { Lexicon, Unit } from './units.ts';

/** Whether two figures count one kind of thing: their nouns, and the noun a bare count leaves unsaid. */

/**
 * Both figures count the same kind of thing; with no noun on either side, the context decides.
 * A count of people (`42 people were working`) counts any kind of person (`37 employees were
 * working`, `33 political prisoners`): news gives a group by its role or as people.
 */
export function nounsRelated(a: Quantity, b: Quantity, lexicon: Lexicon): boolean {
  if (a.noun === null || b.noun === null) return true;
  if (lemmasRelated(a.noun, b.noun, lexicon)) return true;
  const [la, lb] = [lexicon.lemmatize(a.noun), lexicon.lemmatize(b.noun)];
  if (LEGISLATORS.has(la) && LEGISLATORS.has(lb)) return true;
  return peopleAgainstKind(la, lb);
}
/** The names a parliament's members go by (`Fifty-four lawmakers` / `55 MPs voted in favour`). */
const LEGISLATORS = new Set(['lawmaker', 'legislator', 'mp', 'mps', 'deputy', 'parliamentarian', 'member', 'congressman', 'congresswoman', 'representative', 'senator', 'mep', 'meps']);
/** Counts of one kind of person told by different nouns: the relations `nounsRelated` adds to the lexicon's. */
export function countedByKin(a: Quantity, b: Quantity, lexicon: Lexicon): boolean {
  if (a.unit !== 'count' || b.unit !== 'count' || a.noun === null || b.noun === null || isAge(a) || isAge(b)) return false;
  return !lemmasRelated(a.noun, b.noun, lexicon) && nounsRelated(a, b, lexicon);
}

/** A counted figure with its noun against a bare one: the bare one must stand by that noun. */
export function nounsAgreeAround(a: Unit, unitsA: readonly Unit[], b: Unit, unitsB: readonly Unit[], lexicon: Lexicon): boolean {
  const [nounA, nounB] = [a.quantity?.noun ?? null, b.quantity?.noun ?? null];
  if ((nounA === null) === (nounB === null)) return true;
  const [noun, bare, units] = nounA !== null ? [nounA, b, unitsB] : [nounB ?? '', a, unitsA];
  if (neighbours(units, bare).some((unit) => unit.key.startsWith('lem:') && lemmasRelated(unit.key.slice(4), noun, lexicon))) return true;
  // A count that leaves its noun to the count before it in the sentence (`at least 30 people were
  // missing and more than 4,000 had been evacuated`) counts that noun.
  const counted = nounA !== null ? a.quantity : b.quantity;
  const elided = elidedNoun(units, bare);
  return counted !== null && elided !== null && nounsRelated({ ...counted, noun: elided }, counted, lexicon);
}

/** The noun a bare count leaves unsaid: that of the nearest count before it in its sentence. */
function elidedNoun(units: readonly Unit[], bare: Unit): string | null {
  if (bare.quantity?.unit !== 'count') return null;
  for (let i = units.indexOf(bare) - 1; i >= 0; i -= 1) {
    const quantity = units[i]?.quantity;
    if (quantity !== null && quantity !== undefined) return quantity.unit === 'count' ? quantity.noun : null;
  }
  return null;
}

/**
 * The nouns that count persons of any kind. `participants` counts whoever took part, of any kind
 * (`26,400 participants` / `24,600 adults` of one trial; `11,240 participants` / `12,000 patients`).
 */
export const PEOPLE = new Set(['people', 'person', 'individual', 'participant']);
/** A count of people against a count of one kind of person (`42 people` / `37 employees`): news gives a group by its role or as people. */
export const peopleAgainstKind = (la: string, lb: string): boolean => (PEOPLE.has(la) && PERSON_NOUNS.has(lb)) || (PEOPLE.has(lb) && PERSON_NOUNS.has(la));
