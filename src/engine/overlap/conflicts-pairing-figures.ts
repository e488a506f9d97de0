import { isAge } from './conflicts-common.ts';
import { aConversion, aDifference, countsTheRest, inAside, PARTITIVE, partOfAScore } from './figure-roles.ts';
import { figuresOfAnEarlierEvent, isDemanded, isGiven, isLeadTime } from './measures.ts';
import type { Quantity } from './quantities.ts';
import { isEntityUnit, type Lexicon, type Unit } from './units.ts';

/**
 * The figures the figure pairing reads (`conflicts-pairing.ts`): each figure of a report with its
 * counted noun, the words beside it, the names of its sentence and clause, and the roles that keep
 * figures apart.
 */

// Read by the comparison from here, as before the roles moved to figure-roles.ts.
export { countsTheRest } from './figure-roles.ts';

/** What a figure is read with: the report it is in. */
export interface PairingSide {
  text: string;
  publishedAt: string;
  units: readonly Unit[];
  unitsBySentence: readonly (readonly Unit[])[];
}

export interface Figure {
  unit: Unit;
  quantity: Quantity;
  /** The counted noun: the quantity's, or for a bare count the noun of the count before it. */
  noun: string | null;
  /** Its lemma, read once per figure (every pair of figures asks it). */
  lemma: string | null;
  /** The noun and its phrase's keys, numbered in the comparison: what `nounScore` reads. */
  nounId: number;
  family: string;
  /** The counted noun's phrase: the content words right after the figure (`K2 main battle tanks`). */
  nouns: readonly Unit[];
  /** The words around it in its clause that say something (verb, subject, object). */
  near: readonly Unit[];
  /**
   * The keys the words beside it meet others by (`Unit.keyIds`), or null when one of them is not
   * numbered: two words share a key whenever they are alike at all (`unitSimilarity` > 0).
   */
  nearKeys: ReadonlySet<number> | null;
  /** The same of the counted noun's phrase (`nouns`). */
  nounKeys: ReadonlySet<number> | null;
  /** The names of its sentence that are no source of it. */
  names: ReadonlySet<string>;
  /** The names of its clause, outside attributions and quotations: whose figure it is. */
  subjects: ReadonlySet<string>;
  /** Roles that keep figures apart: of an earlier event, a part of a group, the rest of one, a lead time, an aside, a score. */
  role: string;
  /** A figure asked for or one given (measures.ts `demandAgainstOutcome`): the one is never paired with the other. */
  stance: 'demand' | 'outcome' | null;
  /** Whether the report gives no other figure of this family counting its noun (or a noun of its sense). */
  once: boolean;
}

const TIME_NOUNS = new Set(['minute', 'hour', 'day', 'week', 'month', 'lap', 'round', 'inning', 'over']);
/** A figure on a timeline (`the 23rd minute`, `after 26 minutes`, `lap 12`): ordinals, lengths and counts of one clock compare. */
export const onTimeline = (quantity: Quantity): boolean =>
  (quantity.unit === 'ordinal' || quantity.unit === 'duration' || quantity.unit === 'count') && TIME_NOUNS.has(quantity.noun ?? '');

/** Figures compare only within a family: one unit (and currency, and measure), ages apart. */
function familyOf(quantity: Quantity): string | null {
  if (isAge(quantity) || quantity.unit === 'year') return null;
  if (onTimeline(quantity)) return `timeline:${quantity.noun}`;
  if (quantity.unit === 'currency') return `currency:${quantity.currency ?? ''}`;
  if (quantity.unit === 'other' || quantity.unit === 'clock') return `${quantity.unit}:${quantity.noun ?? ''}`;
  return quantity.unit;
}

const says = (unit: Unit): boolean => unit.quantity === null && unit.date === null && unit.baseWeight >= 0.5 && unit.kind !== 'name';
/** The figures of a report; `nounIds` numbers their noun phrases across the comparison under way (both reports). */
export function figuresOf(side: PairingSide, lexicon: Lexicon, nounIds: Map<string, number>): Figure[] {
  const figures: Figure[] = [];
  for (const units of side.unitsBySentence) {
    const earlier = figuresOfAnEarlierEvent(side.text, units, side.publishedAt);
    const names = new Set(units.filter((unit) => unit.kind === 'name' && !unit.attribution && !unit.quoted).map((unit) => unit.key));
    units.forEach((unit, at) => {
      const quantity = unit.quantity;
      if (quantity === null || unit.quoted || (quantity.hedged && quantity.resolution === 0)) return;
      const family = familyOf(quantity);
      if (family === null) return;
      const nouns: Unit[] = [];
      let elided: string | null = null;
      for (let i = at + 1; i < units.length && nouns.length < 4; i += 1) {
        const next = units[i];
        if (next === undefined || next.clause !== unit.clause || next.quantity !== null || next.date !== null) break;
        const gap = side.text.slice((units[i - 1] ?? unit).end, next.start);
        if (!/^[\s\p{L}'’-]{0,24}$/u.test(gap) || /\b(?:is|are|was|were|has|have|had|will|would|said|says)\b/iu.test(gap)) break;
        if (next.kind !== 'name') nouns.push(next);
        if (/\s(?:in|at|on|from|by|for|with|to|after|since|during|over)\s/iu.test(gap)) break;
      }
      // A bare count leaves its noun to the count before it in its sentence (`30 people were
      // missing and more than 4,000 had been evacuated`).
      if (nouns.length === 0 && quantity.noun === null && quantity.unit === 'count') {
        const before = figures.at(-1);
        if (before !== undefined && before.unit.sentence === unit.sentence && before.quantity.unit === 'count') {
          nouns.push(...before.nouns);
          elided = before.quantity.noun;
        }
      }
      const near: Unit[] = [];
      for (const step of [-1, 1]) {
        let taken = 0;
        for (let i = at + step; i >= 0 && i < units.length && taken < 4; i += step) {
          const other = units[i];
          if (other === undefined || other.clause !== unit.clause) break;
          // An age group (`78 per cent of five-year-olds have had both doses`) is part of what a figure counts, not another figure.
          if (other.quantity !== null && step > 0 && !isAge(other.quantity)) break;
          if (!says(other) || nouns.includes(other)) continue;
          near.push(other);
          taken += 1;
        }
      }
      const after = side.text.slice(quantity.end, quantity.end + 12);
      const role = [
        earlier.has(unit) ? 'earlier' : '',
        quantity.unit === 'count' && PARTITIVE.test(after) ? 'part' : '',
        countsTheRest(side.text, quantity) ? 'rest' : '',
        isLeadTime(side.text, quantity) ? 'lead' : '',
        inAside(side.text, quantity) ? 'aside' : '',
        partOfAScore(side.text, quantity) ? 'score' : '',
        aDifference(side.text, quantity) ? 'difference' : '',
        aConversion(side.text, units, at) ? 'conversion' : '',
      ].join('');
      const subjects = new Set(units.filter((other, i) => other.clause === unit.clause && isEntityUnit(other) && !other.attribution && !other.quoted && !nouns.includes(other) && !speaks(side.text, units, i)).map((other) => other.key));
      const noun = quantity.noun ?? elided;
      figures.push({ unit, quantity, noun, lemma: noun === null ? null : lexicon.lemmatize(noun), nounId: nounIdOf(nounIds, `${quantity.noun ?? elided ?? ''}|${nouns.map((noun) => noun.key).join(' ')}`), family, nouns, near, nearKeys: keysOf(near), nounKeys: keysOf(nouns), names, subjects, role, stance: isDemanded(side.text, quantity) ? 'demand' : isGiven(side.text, quantity) ? 'outcome' : null, once: false });
    });
  }
  const families = new Map<string, Figure[]>();
  for (const figure of figures) {
    const family = families.get(figure.family);
    if (family === undefined) families.set(figure.family, [figure]);
    else family.push(figure);
  }
  // Each report's one count of a noun (or of a noun of its sense): read by noun, not phrase, as
  // a long report gives hundreds of figures and nearly as many phrases.
  for (const family of families.values()) {
    const counts = new Map<string, number>();
    for (const { lemma } of family) if (lemma !== null) counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
    const related = relatedCounts(counts, lexicon);
    for (const figure of family) figure.once = figure.lemma !== null && related.get(figure.lemma) === 1;
  }
  return figures;
}

function nounIdOf(nounIds: Map<string, number>, key: string): number {
  let id = nounIds.get(key);
  if (id === undefined) nounIds.set(key, (id = nounIds.size));
  return id;
}

/**
 * For each lemma counted, how many figures count it or a lemma that shares a sense with it. Read
 * through the lemmas of each sense, so a family of hundreds of nouns costs what they share, not
 * every noun against every other.
 */
export function relatedCounts(counts: ReadonlyMap<string, number>, lexicon: Pick<Lexicon, 'senseIds'>): Map<string, number> {
  const bySense = new Map<number, string[]>();
  for (const lemma of counts.keys()) {
    for (const id of lexicon.senseIds(lemma)) {
      const lemmas = bySense.get(id);
      if (lemmas === undefined) bySense.set(id, [lemma]);
      else if (lemmas.at(-1) !== lemma) lemmas.push(lemma);
    }
  }
  const related = new Map<string, number>();
  const seen = new Set<string>();
  for (const [lemma, count] of counts) {
    seen.clear();
    seen.add(lemma);
    let sum = count;
    for (const id of lexicon.senseIds(lemma)) {
      for (const other of bySense.get(id) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        sum += counts.get(other) ?? 0;
      }
    }
    related.set(lemma, sum);
  }
  return related;
}

/** The numbered keys of `units`, or null when one of them has keys not numbered. */
function keysOf(units: readonly Unit[]): Set<number> | null {
  const keys = new Set<number>();
  for (const unit of units) {
    if (unit.keyIds.length !== unit.keys.length) return null;
    for (const id of unit.keyIds) keys.add(id);
  }
  return keys;
}

/**
 * Whether a name is a source, not a subject: its run of names is followed by a verb of saying
 * (`The Varna Emergency Agency said the Reds had lost 31 homes`: the Reds' homes).
 */
function speaks(text: string, units: readonly Unit[], at: number): boolean {
  let last = at;
  while (units[last + 1] !== undefined && isEntityUnit(units[last + 1] as Unit) && units[last + 1]?.first === units[last]?.last) last += 1;
  const end = units[last]?.end ?? 0;
  return SAYS_AFTER.test(text.slice(end, end + 40));
}
/**
 * A verb of saying right after a name, an acronym in brackets between: `Tom Bell said`, `(VEA) told`.
 * Not speakers.ts `SAYING_VERBS` on purpose: it names a figure's source, so it holds the verbs
 * an agency gives a figure by (`reported`, `estimated`, `confirmed`, `announced`, `stated`).
 */
export const SAYS_AFTER = /^\s*(?:\([^)]{1,12}\)\s*)?(?:said|says|told|tells|reported|estimated|confirmed|announced|added|stated)\b/u;
