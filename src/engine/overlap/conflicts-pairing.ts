import { charRange } from '../text/ranges.ts';
import { alignRegions, unitSimilarity } from './align.ts';
import { isAge } from './conflicts-common.ts';
import { PERSON_NOUNS } from './conflicts-person-nouns.ts';
import { figuresOfAnEarlierEvent, isLeadTime, withinFloor } from './measures.ts';
import { quantitiesAgree, type Quantity } from './quantities.ts';
import { approximated } from './quantities-agree.ts';
import { conflictNote, type Conflict } from './types.ts';
import { isEntityUnit, type Lexicon, type Unit } from './units.ts';

/**
 * One general method for figures that conflict (round 12c): two reports' figures conflict when
 * they quantify the same thing about the same event with values that cannot be one. Every figure
 * of one report is paired with the figures of the other by what they quantify, scored from the
 * anchors they share, whatever their values: the counted noun or unit (lemma, synonym, kin), the
 * words of their clause (verb, subject), the names of their sentence, the facts the engine
 * aligned around them (how much their two sentences share besides figures), and whether each is
 * the report's one figure of that kind of thing. A pair that is each figure's best partner (mutual
 * best) and scores at least the threshold is one figure told twice: if the values cannot be one
 * (after hedges and units), the reports conflict. Values play no part in the pairing, so a figure
 * whose best partner agrees with it conflicts with nothing.
 */

/** What a figure is read with: the report it is in. */
export interface PairingSide {
  text: string;
  publishedAt: string;
  units: readonly Unit[];
  unitsBySentence: readonly (readonly Unit[])[];
}

/**
 * The least score of a pair called one figure: round 12c's cross-validated plateau, moved with
 * round 17n's refit (decision 004): of the thresholds that keep the development sets' false
 * conflicts where they were (34), the lowest.
 */
export const PAIRING_THRESHOLD = 0.75;

interface Figure {
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
  /** Whether the report gives no other figure of this family counting its noun (or a noun of its sense). */
  once: boolean;
}

const TIME_NOUNS = new Set(['minute', 'hour', 'day', 'week', 'month', 'lap', 'round', 'inning', 'over']);

/** Figures compare only within a family: one unit (and currency, and measure), ages apart. */
function familyOf(quantity: Quantity): string | null {
  if (isAge(quantity) || quantity.unit === 'year') return null;
  if ((quantity.unit === 'ordinal' || quantity.unit === 'duration' || quantity.unit === 'count') && TIME_NOUNS.has(quantity.noun ?? '')) return `timeline:${quantity.noun}`;
  if (quantity.unit === 'currency') return `currency:${quantity.currency ?? ''}`;
  if (quantity.unit === 'other' || quantity.unit === 'clock') return `${quantity.unit}:${quantity.noun ?? ''}`;
  return quantity.unit;
}

function nounIdOf(key: string): number {
  let id = nounIds.get(key);
  if (id === undefined) nounIds.set(key, (id = nounIds.size));
  return id;
}

const says = (unit: Unit): boolean => unit.quantity === null && unit.date === null && unit.baseWeight >= 0.5 && unit.kind !== 'name';
const PARTITIVE = /^\s+of\s+(?:the|them|those|these|its|their|his|her|our|whom)\b/iu;
const REST = /\b(?:other|another|remaining)\s+$/iu;
/** A count of the rest of a group (`two remaining candidates`, `three other candidates`): a different group each time. */
const REST_AFTER = /^\s*(?:other|remaining|more|additional|further)\b/iu;
export const countsTheRest = (text: string, quantity: Quantity): boolean =>
  quantity.unit === 'count' && (REST.test(text.slice(Math.max(0, quantity.start - 12), quantity.start)) || REST_AFTER.test(quantity.text.replace(/^\S+/u, '')) || REST_AFTER.test(text.slice(quantity.end, quantity.end + 12)));

function figuresOf(side: PairingSide, lexicon: Lexicon): Figure[] {
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
          if (other.quantity !== null && step > 0) break;
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
      ].join('');
      const subjects = new Set(units.filter((other, i) => other.clause === unit.clause && isEntityUnit(other) && !other.attribution && !other.quoted && !nouns.includes(other) && !speaks(side.text, units, i)).map((other) => other.key));
      const noun = quantity.noun ?? elided;
      figures.push({ unit, quantity, noun, lemma: noun === null ? null : lexicon.lemmatize(noun), nounId: nounIdOf(`${quantity.noun ?? elided ?? ''}|${nouns.map((noun) => noun.key).join(' ')}`), family, nouns, near, nearKeys: keysOf(near), nounKeys: keysOf(nouns), names, subjects, role, once: false });
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
const SMALL_NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)`;
const FOR_AFTER = new RegExp(String.raw`^\s+for\s+${SMALL_NUMBER}(?![\p{L}\d])`, 'iu');
const FOR_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])${SMALL_NUMBER}\s+for\s+$`, 'iu');
export const partOfAScore = (text: string, quantity: Quantity): boolean =>
  quantity.noun === null && quantity.unit === 'count' && (FOR_AFTER.test(text.slice(quantity.end, quantity.end + 12)) || FOR_BEFORE.test(text.slice(Math.max(0, quantity.start - 16), quantity.start)));

/**
 * The nouns that count persons of any kind. `participants` counts whoever took part, of any kind
 * (`26,400 participants` / `24,600 adults` of one trial; `11,240 participants` / `12,000 patients`).
 */
const PEOPLE = new Set(['people', 'person', 'individual', 'participant']);
/** A count of people against a count of one kind of person (`42 people` / `37 employees`): news gives a group by its role or as people. */
export const peopleAgainstKind = (la: string, lb: string): boolean => (PEOPLE.has(la) && PERSON_NOUNS.has(lb)) || (PEOPLE.has(lb) && PERSON_NOUNS.has(la));

/** How well two figures' counted nouns meet: 1 one lemma, less for synonyms, kin, neighbours. */
function nounScore(a: Figure, b: Figure): number {
  // Many figures count one noun (`people`): their matches are read once per comparison.
  const key = a.nounId * nounWidth + b.nounId;
  let known = nounScores.get(key);
  if (known === undefined) nounScores.set(key, (known = readNounScore(a, b)));
  return known;
}
/** Noun matches already read, in the comparison under way, by noun ids (emptied by `pairedFigureConflicts`). */
const nounScores = new Map<number, number>();
/** The noun phrases of the comparison under way, numbered. */
const nounIds = new Map<string, number>();
/** More than the noun phrases' numbers, once both reports' are given: a pair's key stays a small integer. */
let nounWidth = 1;
function readNounScore(a: Figure, b: Figure): number {
  const [la, lb] = [a.lemma, b.lemma];
  let best = 0;
  if (la !== null && lb !== null) {
    if (la === lb) return 1;
    if (peopleAgainstKind(la, lb)) best = 0.6;
  }
  if (!mayMeet(a.nounKeys, b.nounKeys)) return best;
  for (const x of a.nouns) for (const y of b.nouns) best = Math.max(best, unitSimilarity(x, y));
  return best;
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

/** Whether some word of one set of keys and some word of the other may be alike: they share a key. */
function mayMeet(a: ReadonlySet<number> | null, b: ReadonlySet<number> | null): boolean {
  if (a === null || b === null) return true;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const id of small) if (large.has(id)) return true;
  return false;
}

/** How much the words around two figures meet, one to one, each match by its similarity. */
function nearScore(a: Figure, b: Figure): number {
  // Most pairs of a long report share no word beside them: no word to compare.
  if (!mayMeet(a.nearKeys, b.nearKeys)) return 0;
  const used: boolean[] = [];
  let total = 0;
  for (const x of a.near) {
    let best = -1;
    let value = 0;
    for (let k = 0; k < b.near.length; k += 1) {
      if (used[k] === true) continue;
      const similarity = unitSimilarity(x, b.near[k] as Unit);
      if (similarity > value) {
        best = k;
        value = similarity;
      }
    }
    if (best < 0) continue;
    used[best] = true;
    total += value;
  }
  return total;
}

/**
 * What the pairing weighs, in `features`' order: the counted nouns' match (lemma 1, synonym .8,
 * frame .6, kin .5, a person noun against `people` .6); both nouns given and unrelated; the words
 * beside both (verb, subject, object), matched one to one; what their sentences share besides
 * figures and dates (the strength the aligner finds, 0 for sentences it never set side by side);
 * the names their sentences share; each the report's one figure of that thing; how near the values are; a bare figure (no noun) on either side; and,
 * after the pairing, its lead over each figure's next best partner. Round 12c fitted them on 109
 * pairs of sets 1–12; round 17n refitted them (logistic regression, L2 penalty 1 on standardised
 * features, one round of refitting on the pairs its own weights make) on the mutual best pairs of
 * all development (sets 1–22) that disagree in value and that no detector took, with one new
 * feature, `unitNoun` (the nouns' match again when the figure is no count: a duration's, a
 * measure's or a sum's noun is its unit, which its family already shares, so it says less than a
 * count's noun). The weight of `once` is held at 1.2, not fitted (fitted, it came out −0.31, so a
 * report's second count of a noun made its pair likelier: round 10c's guard, a report that counts
 * the thing twice asks the sentences for more, held by a test).
 */
export const WEIGHTS = { bias: -6.71, noun: 2.8, unitNoun: -1.22, otherNoun: 0.65, near: 1.05, context: 0.23, names: 0.26, once: 1.2, closeness: 6.12, bare: -0.32, margin: 0.24 };
/** The most a pair's lead over the next best counts. */
const MAX_MARGIN = 2;
const ORDER = ['noun', 'unitNoun', 'otherNoun', 'near', 'context', 'names', 'once', 'closeness', 'bare'] as const;

/**
 * Figures a factor of two or more apart are not one figure told two ways (`38 countries`
 * co-sponsored / `two` abstained), unless they agree (ranges); shares of a whole are compared at any distance.
 */
function plausiblyOne(a: Quantity, b: Quantity): boolean {
  // The cheap tests first: the agreement test only for values more than a factor of two apart.
  if (a.unit === 'percent' || a.value <= 0 || b.value <= 0 || Math.max(a.value, b.value) / Math.min(a.value, b.value) <= 2) return true;
  return quantitiesAgree(a, b);
}

/**
 * A figure whose range, widened as `quantitiesAgree` widens it, lies within a factor of 1.4 of its
 * value (no share, time of day or ceiling): two such figures more than a factor of two apart
 * cannot agree, as their ranges cannot meet (1.4² < 2).
 */
export function isNarrow(q: Quantity): boolean {
  const range = widened(q);
  return range !== null && range.low >= q.value / 1.4 && range.high <= q.value * 1.4;
}

/**
 * A figure's range widened as far as `quantitiesAgree` widens it at most: by its full slack (a
 * strict bound widens less), or, for an approximate hedge, as far as round 16c's `approximated`
 * reaches, whichever is wider; for figures that agree with another of their unit only when such
 * ranges meet: no share, time of day or ceiling, a value above zero. Null for the rest. Two such
 * figures of one unit more than a factor of two apart whose widened ranges do not meet fail
 * `plausiblyOne`: told apart on four numbers before any other test.
 */
export function widened(q: Quantity): { low: number; high: number } | null {
  if (q.unit === 'percent' || q.unit === 'clock' || q.ceiling === true || !(q.value > 0) || !(q.resolution >= 0)) return null;
  const slack = q.resolution * 0.499;
  const hedged = approximated(q);
  return { low: Math.min(q.low - slack, hedged.low), high: Math.max(q.high + slack, hedged.high) };
}

/** How near two values are, 1 equal to 0 a factor of two apart (shares: 0 at double the gap). */
function closeness(a: Quantity, b: Quantity): number {
  if (a.value <= 0 || b.value <= 0) return 0;
  return Math.max(0, 1 - Math.abs(Math.log(a.value / b.value)) / Math.LN2);
}

/**
 * Whether two figures may be one at all: one family, one role (a figure of an earlier event, a part
 * of a group, a lead time, an aside about a person, a score is another quantity), no figure of different subjects, values within a factor of
 * two (`mayBeOne`), and not a count of people against a count of things (`37 tankers` / `42 people`):
 * the counted nouns' match if so (`nounsComparable`), else null. Read in two steps, as the
 * pairing reads the nouns only for a pair that may still count.
 */
function mayBeOne(a: Figure, b: Figure, namesA: ReadonlySet<string>, namesB: ReadonlySet<string>): boolean {
  // The rest of a group (`two remaining candidates`, `three other candidates`) is another group each time.
  return !(a.family !== b.family || a.role !== b.role || a.role.includes('rest') || !plausiblyOne(a.quantity, b.quantity) || ofOtherSubjects(a, b, namesA, namesB));
}
/** The second step of `mayBeOne`: the counted nouns' match, or null for two kinds of thing. */
function nounsComparable(a: Figure, b: Figure): number | null {
  const noun = nounScore(a, b);
  const [la, lb] = [a.lemma, b.lemma];
  if (la === null || lb === null || noun > 0) return noun;
  // Two kinds of person (`patients`, `adults`) are two groups; `people` counts any kind.
  if (PERSON_NOUNS.has(la) && PERSON_NOUNS.has(lb)) return null;
  return countsPeople(la) === countsPeople(lb) ? noun : null;
}
/**
 * Figures of different subjects (`the Reds had lost 31 homes` / `the Blues had lost 29 homes`):
 * their clauses name no subject in common, and each report names the other's subject elsewhere.
 */
function ofOtherSubjects(a: Figure, b: Figure, namesA: ReadonlySet<string>, namesB: ReadonlySet<string>): boolean {
  const [sa, sb] = [a.subjects, b.subjects];
  return sa.size > 0 && sb.size > 0 && !someIn(sa, sb) && someIn(sa, namesB) && someIn(sb, namesA);
}
/** Whether some key of `keys` is in `set` (a loop: this runs for every pair of figures). */
function someIn(keys: ReadonlySet<string>, set: ReadonlySet<string>): boolean {
  for (const key of keys) if (set.has(key)) return true;
  return false;
}
const countsPeople = (lemma: string): boolean => PEOPLE.has(lemma) || PERSON_NOUNS.has(lemma);

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
/** A verb of saying right after a name, an acronym in brackets between: `Tom Bell said`, `(VEA) told`. */
export const SAYS_AFTER = /^\s*(?:\([^)]{1,12}\)\s*)?(?:said|says|told|tells|reported|estimated|confirmed|announced|added|stated)\b/u;

/** The features of a pair of figures of one family (see `WEIGHTS`), given the words beside both (`nearScore`, at most 3) and the sentences' context (at most 4). */
function features(a: Figure, b: Figure, noun: number, near: number, context: number): number[] {
  let names = 0;
  for (const key of a.names) if (b.names.has(key)) names += 1;
  return [
    noun,
    unitNoun(a, noun),
    otherNoun(a, b, noun),
    near,
    context,
    Math.min(names, 2),
    bothOnce(a, b, noun),
    closeness(a.quantity, b.quantity),
    bare(a, b),
  ];
}
/** The nouns' match again when the figure is no count: the noun of a duration, measure or sum is its unit, which its family already shares. */
const unitNoun = (a: Figure, noun: number): number => (a.quantity.unit === 'count' ? 0 : noun);
const otherNoun = (a: Figure, b: Figure, noun: number): number => (a.nouns.length > 0 && b.nouns.length > 0 && noun === 0 ? 1 : 0);
const bothOnce = (a: Figure, b: Figure, noun: number): number => (a.once && b.once && (noun > 0 || (a.nouns.length === 0 && b.nouns.length === 0)) ? 1 : 0);
const bare = (a: Figure, b: Figure): number => ((a.nouns.length === 0 && a.noun === null) || (b.nouns.length === 0 && b.noun === null) ? 1 : 0);
const weigh = (values: readonly number[]): number => values.reduce((sum, value, i) => sum + value * WEIGHTS[ORDER[i] ?? 'bias'], WEIGHTS.bias);

/**
 * The most a pair's score can be with the words beside both at `near` and the sentences' context
 * at `context`, the names counted at their most (two, if their weight is positive); a little above, for rounding.
 * `noun` null: before the counted nouns are read (a match of at most 1, no penalty).
 */
function bound(a: Figure, b: Figure, noun: number | null, near: number, context: number): number {
  if (noun === null) {
    // The nouns' terms at their most: no match (the penalty or bonus of two unrelated nouns), or
    // any match (at most 1, the once bonus if the weight is positive).
    const matched = Math.max(0, WEIGHTS.noun + (a.quantity.unit === 'count' ? 0 : WEIGHTS.unitNoun)) + (a.once && b.once ? Math.max(0, WEIGHTS.once) : 0);
    const unmatched = WEIGHTS.otherNoun * otherNoun(a, b, 0) + (a.once && b.once && a.nouns.length === 0 && b.nouns.length === 0 ? Math.max(0, WEIGHTS.once) : 0);
    return WEIGHTS.bias + Math.max(matched, unmatched) + WEIGHTS.near * near + WEIGHTS.context * context + WEIGHTS.closeness * closeness(a.quantity, b.quantity) + WEIGHTS.bare * bare(a, b) + Math.max(0, WEIGHTS.names * 2) + 1e-9;
  }
  return (
    WEIGHTS.bias +
    WEIGHTS.noun * noun +
    WEIGHTS.unitNoun * unitNoun(a, noun) +
    WEIGHTS.otherNoun * otherNoun(a, b, noun) +
    WEIGHTS.near * near +
    WEIGHTS.context * context +
    WEIGHTS.once * bothOnce(a, b, noun) +
    WEIGHTS.closeness * closeness(a.quantity, b.quantity) +
    WEIGHTS.bare * bare(a, b) +
    Math.max(0, WEIGHTS.names * 2) +
    1e-9
  );
}

/** A figure's best and next best score, and its best partner (the first of equals in text order). */
interface Best {
  partner: number;
  score: number;
  second: number;
}
const unpaired = (): Best => ({ partner: -1, score: -Infinity, second: -Infinity });
function keep(best: Best, partner: number, score: number): void {
  // Of equals, the first partner in text order: the same whatever order the pairs are read in.
  if (score > best.score || (score === best.score && partner < best.partner)) {
    best.second = best.score;
    best.score = score;
    best.partner = partner;
  } else if (score > best.second) best.second = score;
}

/** What two sentences share besides figures and dates (see `contextReader`). */
export interface SentenceContext {
  /** Whether the engine set the two sentences side by side (else their context is 0). */
  aligned(a: number, b: number): boolean;
  /** How much they share: the aligned facts' strength, 0 for sentences never set side by side. */
  strength(a: number, b: number): number;
}

/**
 * The figure pairs of two reports that are one figure told twice with values that cannot be one.
 * `context(sentenceA, sentenceB)`: how much the two sentences share besides their figures and
 * dates (the aligned facts' strength), 0 for sentences the engine did not set side by side.
 */
export function pairedFigureConflicts(A: PairingSide, B: PairingSide, lexicon: Lexicon, agreed: ReadonlySet<Unit>, context: SentenceContext): (Omit<Conflict, 'id'> & { strength: number })[] {
  nounScores.clear();
  nounIds.clear();
  const [fa, fb] = [figuresOf(A, lexicon), figuresOf(B, lexicon)];
  nounWidth = nounIds.size + 1;
  const [namesA, namesB] = [new Set(A.units.filter(isEntityUnit).map((unit) => unit.key)), new Set(B.units.filter(isEntityUnit).map((unit) => unit.key))];
  // Only figures of one family and one role are scored (`comparable`): the work grows with each
  // such group's square, not the text's. The rest of a group is paired with nothing.
  const ofGroup = new Map<string, Map<string, number[]>>();
  fb.forEach((b, j) => {
    if (b.role.includes('rest')) return;
    let roles = ofGroup.get(b.family);
    if (roles === undefined) ofGroup.set(b.family, (roles = new Map<string, number[]>()));
    const list = roles.get(b.role);
    if (list === undefined) roles.set(b.role, [j]);
    else list.push(j);
  });
  const rowBest = fa.map(unpaired);
  const columnBest = fb.map(unpaired);
  const narrowB = fb.map((b) => isNarrow(b.quantity));
  // The pairs that may be one, each with the most it can score before its dearest features are
  // read (`bound`), then read best bound first: the figures' next best rise early, and a pair
  // that cannot beat both figures' next best changes nothing (`keep`), so most pairs of a long
  // report stop there (decision 004, round 15s). `keep` breaks ties by partner, so the order
  // of reading changes no result.
  const pairsI: number[] = [];
  const pairsJ: number[] = [];
  const tops: number[] = [];
  const widenedB = fb.map((b) => widened(b.quantity));
  fa.forEach((a, i) => {
    // Two narrow figures more than a factor of two apart are never one (`plausiblyOne`): told
    // apart by value before anything else is read (with a margin for rounding).
    const narrow = isNarrow(a.quantity);
    const [low, high] = [(a.quantity.value / 2) * (1 - 1e-9), a.quantity.value * 2 * (1 + 1e-9)];
    const range = widened(a.quantity);
    for (const j of ofGroup.get(a.family)?.get(a.role) ?? []) {
      const b = fb[j];
      if (b === undefined) continue;
      if (narrow && narrowB[j] === true && (b.quantity.value < low || b.quantity.value > high)) continue;
      const other = widenedB[j];
      if (range !== null && other !== null && other !== undefined && a.quantity.unit === b.quantity.unit && (range.high < other.low || other.high < range.low) && Math.max(a.quantity.value, b.quantity.value) / Math.min(a.quantity.value, b.quantity.value) > 2) continue;
      if (!mayBeOne(a, b, namesA, namesB)) continue;
      const aligned = context.aligned(a.unit.sentence, b.unit.sentence);
      pairsI.push(i);
      pairsJ.push(j);
      tops.push(bound(a, b, null, Math.min(3, a.near.length, b.near.length), aligned ? 4 : 0));
    }
  });
  for (const k of bestFirst(tops)) {
    const i = pairsI[k] ?? -1;
    const j = pairsJ[k] ?? -1;
    const a = fa[i];
    const b = fb[j];
    const row = rowBest[i];
    const column = columnBest[j];
    if (a === undefined || b === undefined || row === undefined || column === undefined) continue;
    // The counted nouns, the words beside both and the sentences' context are read only while the pair may count.
    const floor = Math.min(row.second, column.second);
    if ((tops[k] ?? -Infinity) < floor) continue;
    const aligned = context.aligned(a.unit.sentence, b.unit.sentence);
    const mostNear = Math.min(3, a.near.length, b.near.length);
    const noun = nounsComparable(a, b);
    if (noun === null || bound(a, b, noun, mostNear, aligned ? 4 : 0) < floor) continue;
    const near = Math.min(nearScore(a, b), 3);
    if (bound(a, b, noun, near, aligned ? 4 : 0) < floor) continue;
    const score = weigh(features(a, b, noun, near, aligned ? Math.min(context.strength(a.unit.sentence, b.unit.sentence), 4) : 0));
    keep(row, j, score);
    keep(column, i, score);
  }
  const drafts: (Omit<Conflict, 'id'> & { strength: number })[] = [];
  fa.forEach((a, i) => {
    const row = rowBest[i];
    const b = fb[row?.partner ?? -1];
    const column = columnBest[row?.partner ?? -1];
    if (row === undefined || b === undefined || column?.partner !== i) return;
    // How far the pair stands above each figure's next best partner: a figure that could as well
    // be paired with another (one of a match's many minutes) is paired with less confidence.
    const margin = Math.min(row.score - Math.max(row.second, column.second), MAX_MARGIN);
    const value = row.score + WEIGHTS.margin * margin;
    if (value < PAIRING_THRESHOLD) return;
    const [qa, qb] = [a.quantity, b.quantity];
    if (quantitiesAgree(qa, qb) || agreed.has(a.unit) || agreed.has(b.unit)) return;
    if (qa.unit === 'count' && withinFloor(qa, qb)) return;
    const values: [string, string] = [A.text.slice(qa.start, qa.end), B.text.slice(qb.start, qb.end)];
    const subject = a.noun ?? b.noun ?? (qa.unit === 'clock' ? 'time' : qa.unit);
    drafts.push({ a: [charRange(qa.start, qa.end)], b: [charRange(qb.start, qb.end)], kind: qa.unit === 'clock' ? 'date' : 'number', subject, values, note: conflictNote(subject, values), strength: value });
  });
  return drafts;
}

/** Buckets `bestFirst` sorts into: enough that the pairs of each hold scores close together. */
const ORDER_BUCKETS = 64;
/**
 * The indices of `values`, highest first, by buckets of equal width (in their own order within a
 * bucket): the figure pairing needs an order that reads likely pairs early, not an exact one
 * (any order gives its result), and sorting ten thousand pairs with a comparison took longer
 * than the reading it saved.
 */
export function bestFirst(values: readonly number[]): Int32Array {
  let [least, most] = [Infinity, -Infinity];
  for (const value of values) {
    if (value < least) least = value;
    if (value > most) most = value;
  }
  const width = (most - least) / ORDER_BUCKETS;
  const bucketOf = (value: number): number => (width > 0 ? Math.min(ORDER_BUCKETS - 1, Math.floor((most - value) / width)) : 0);
  const starts = new Int32Array(ORDER_BUCKETS + 1);
  for (const value of values) {
    const next = bucketOf(value) + 1;
    starts[next] = (starts[next] ?? 0) + 1;
  }
  for (let bucket = 1; bucket <= ORDER_BUCKETS; bucket += 1) starts[bucket] = (starts[bucket] ?? 0) + (starts[bucket - 1] ?? 0);
  const order = new Int32Array(values.length);
  values.forEach((value, k) => {
    const bucket = bucketOf(value);
    order[starts[bucket] ?? 0] = k;
    starts[bucket] = (starts[bucket] ?? 0) + 1;
  });
  return order;
}

/** The sentences' shared strength besides figures and dates, read once per sentence pair. */
export function contextReader(A: PairingSide, B: PairingSide, pairs: readonly { regionA: number; regionB: number }[]): SentenceContext {
  // Sentence pairs by number: a sentence of A times more than B's sentences, plus one of B.
  const width = B.unitsBySentence.length + 1;
  const keyOf = (a: number, b: number): number => a * width + b;
  const alignedPairs = new Set(pairs.map(({ regionA, regionB }) => keyOf(regionA, regionB)));
  const known = new Map<number, number>();
  const aligned = (a: number, b: number): boolean => b >= 0 && b < width && alignedPairs.has(keyOf(a, b));
  return {
    aligned,
    strength: (a, b) => {
      if (!aligned(a, b)) return 0;
      const key = keyOf(a, b);
      let value = known.get(key);
      if (value === undefined) {
        const [best] = alignRegions(a, (A.unitsBySentence[a] ?? []).filter(besidesFigures), b, (B.unitsBySentence[b] ?? []).filter(besidesFigures));
        value = best?.strength ?? 0;
        known.set(key, value);
      }
      return value;
    },
  };
}
const besidesFigures = (unit: Unit): boolean => unit.quantity === null && unit.date === null;
