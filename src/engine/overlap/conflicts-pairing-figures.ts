import { isAge } from './conflicts-common.ts';
import { PERSON_NOUNS } from './conflicts-person-nouns.ts';
import { figuresOfAnEarlierEvent, isDemanded, isGiven, isLeadTime } from './measures.ts';
import type { Quantity } from './quantities.ts';
import { SMALL } from './quantities-lexicon.ts';
import { isEntityUnit, type Lexicon, type Unit } from './units.ts';

/**
 * The figures the figure pairing reads (`conflicts-pairing.ts`): each figure of a report with its
 * counted noun, the words beside it, the names of its sentence and clause, and the roles that keep
 * figures apart.
 */

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
/** A figure of part of a group named after it (`two of the victims`, `three of them`). */
export const PARTITIVE = /^\s+of\s+(?:the|them|those|these|its|their|his|her|our|whom)\b/iu;
/** A figure set beside the rest of its group (`the other two`, `another three`, `the remaining two`). */
export const REST = /\b(?:other|another|remaining)\s+$/iu;
/** A count of the rest of a group (`two remaining candidates`, `three other candidates`): a different group each time. */
const REST_AFTER = /^\s*(?:other|remaining|more|additional|further)\b/iu;
export const countsTheRest = (text: string, quantity: Quantity): boolean =>
  quantity.unit === 'count' && (REST.test(text.slice(Math.max(0, quantity.start - 12), quantity.start)) || REST_AFTER.test(quantity.text.replace(/^\S+/u, '')) || REST_AFTER.test(text.slice(quantity.end, quantity.end + 12)));

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

/**
 * The nouns that count persons of any kind. `participants` counts whoever took part, of any kind
 * (`26,400 participants` / `24,600 adults` of one trial; `11,240 participants` / `12,000 patients`).
 */
export const PEOPLE = new Set(['people', 'person', 'individual', 'participant']);
/** A count of people against a count of one kind of person (`42 people` / `37 employees`): news gives a group by its role or as people. */
export const peopleAgainstKind = (la: string, lb: string): boolean => (PEOPLE.has(la) && PERSON_NOUNS.has(lb)) || (PEOPLE.has(lb) && PERSON_NOUNS.has(la));

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
