import { memoByText } from '../text/memo.ts';
import { charRange } from '../text/ranges.ts';
import { SAYS_AFTER } from './conflicts-pairing-figures.ts';
import { placesIn } from './field-places.ts';
import { lemmasRelated, relationKeys, withoutAccents, type Side } from './conflicts-common.ts';
import { conflictNote, type Conflict } from './types.ts';
import type { Lexicon, Unit } from './units.ts';
import { plainWordsOf } from './plain-words.ts';

/**
 * Who did it (round 13c): the name version of the figure pairing (conflicts-pairing.ts). Two
 * reports of one event that give one role in it (who led the runner-up party, who signed the
 * deal, whom the winner beat in the semi-final) to two different people contradict each other.
 * Every person a report names is paired with the people the other names by what stands beside
 * each, whatever the names: the words of its clause around it (the verb it is the agent or object
 * of, the title written before it, the nouns of its phrase). A pair that is each person's best
 * partner and shares enough of those words is one role told twice; it is a conflict when the two
 * are different people: neither report writes the other's surname anywhere (a report that names
 * both may tell of two people in two roles).
 */

interface Person {
  /** Where the person's own name is written (its title left out). */
  start: number;
  end: number;
  /** The surname, lower-cased and without accents: what the other report must not write. */
  surname: string;
  /** The lemmas of the role: the title before the name, and the words beside it in its clause. */
  role: readonly string[];
  sentence: number;
}

const plain = (word: string): string => withoutAccents(word).toLowerCase();
/** A unit's lemma, hyphens dropped (`semi-final` is `semifinal`). */
const lemmaOf = (unit: Unit): string => unit.key.replace(/^lem:/u, '').replace(/-/gu, '');
/** A word that tells a role: no figure, date or name, and not a word that weighs little (reporting verbs, function words). */
const tells = (unit: Unit): boolean => unit.quantity === null && unit.date === null && unit.kind !== 'name' && unit.kind !== 'alias' && unit.baseWeight >= 0.5;
/** How many words on each side of the name, in its clause, tell its role. */
const REACH = 3;
/** A name a preposition of place or origin governs (`in downtown Harwick`, `head of Europol`): no person in a role. */
export const PLACE_BEFORE = /\b(?:in|at|near|outside|inside|across|throughout|from|of|below|above|beneath|beyond|along|into|towards?)\s+(?:(?:the|a|an|\p{Ll}[\p{Ll}-]*)\s+){0,2}$/u;
/** A speaker (`said Tom Bell`, `said Dr Kevin Rourke`, `Tom Bell told`): who a quote is attributed to is the speaker checks' (conflicts.ts). */
const SAID_BEFORE = /\b(?:[Ss]aid|[Ss]ays|[Aa]dded|[Tt]old|[Aa]ccording\s+to)\s+(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?$/u;
/**
 * A run after a particle that joins it to a capitalised word before (`Palacio de Bellas Artes`,
 * `Museo de Arte Moderno`): the end of a longer name, a place or a body, not a first name and a surname.
 */
const PARTICLE_BEFORE = /\p{Lu}[\p{L}'’-]*\s+(?:de|del|della|di|da|do|dos|das|du|des|la|le|von|van|der|den)\s+$/u;
/** A word of a person's own name: capitalised, unknown to the dictionary, no lower-case part after a hyphen (`English-speaking`), no possessive, no digit (`A321neo`, a model). */
function personal(word: string, lexicon: Lexicon): boolean {
  let known = personalWords.get(lexicon);
  // Bounded: a long session reads many names.
  if (known === undefined || known.size > 50_000) personalWords.set(lexicon, (known = new Map<string, boolean>()));
  let answer = known.get(word);
  if (answer === undefined) {
    answer = /^\p{Lu}/u.test(word) && !/-\p{Ll}/u.test(word) && !/['’\d]/u.test(word) && !lexicon.isKnownWord(lexicon.lemmatize(word.toLowerCase()));
    known.set(word, answer);
  }
  return answer;
}
/** What `personal` answered, per lexicon and word (the lexicon is fixed; names recur across comparisons). */
const personalWords = new WeakMap<Lexicon, Map<string, boolean>>();

/** The people a report names in a role: runs of names ending in a first name and a surname, outside quotations and attributions. */
function peopleOf(side: Side, lexicon: Lexicon): Person[] {
  const people: Person[] = [];
  const written = (unit: Unit): string => side.text.slice(unit.start, unit.end);
  for (const units of side.unitsBySentence) {
    for (let at = 0; at < units.length; at += 1) {
      const first = units[at];
      if (first === undefined || first.kind !== 'name' || first.quoted || first.attribution || first.byTitle) continue;
      let last = at;
      while (units[last + 1]?.kind === 'name' && units[last + 1]?.first === units[last]?.last) last += 1;
      const run = units.slice(at, last + 1);
      const start = at;
      at = last;
      const surname = run.at(-1);
      if (surname === undefined || !personal(written(surname), lexicon)) continue;
      const [before, after] = [side.text.slice(Math.max(0, first.start - 40), first.start), side.text.slice(surname.end, surname.end + 40)];
      if (PLACE_BEFORE.test(before) || SAID_BEFORE.test(before) || SAYS_AFTER.test(after) || PARTICLE_BEFORE.test(before)) continue;
      // The person's own name: the words of the run the dictionary does not know, at its end;
      // a first name and a surname at least (`Leader Hélène Tardif`, not `Liberal Party` or `Tardif`).
      let own = run.length - 1;
      while (own > 0 && personal(written(run[own - 1] as Unit), lexicon)) own -= 1;
      if (run.length - own < 2) continue;
      // The title before it tells the role too (`NDP Leader`, `Trade Minister`).
      const role = run.slice(0, own).filter((word) => lexicon.isKnownWord(lemmaOf(word))).map(lemmaOf);
      for (const step of [-1, 1]) {
        let taken = 0;
        for (let i = step < 0 ? start - 1 : last + 1; i >= 0 && i < units.length && taken < REACH; i += step) {
          const other = units[i];
          if (other === undefined || other.clause !== first.clause) break;
          if (!tells(other)) continue;
          role.push(lemmaOf(other));
          taken += 1;
        }
      }
      people.push({ start: (run[own] as Unit).start, end: surname.end, surname: plain(written(surname)), role, sentence: first.sentence });
    }
  }
  return people;
}

/** How much two roles share, one to one: the same lemma 1, a related one (sense, frame) .8. */
function roleScore(a: readonly number[], b: readonly number[], related: (x: number, y: number) => boolean): number {
  const used = new Set<number>();
  let total = 0;
  for (const x of a) {
    let [best, value] = [-1, 0];
    b.forEach((y, k) => {
      if (used.has(k)) return;
      const similarity = x === y ? 1 : related(x, y) ? 0.8 : 0;
      if (similarity > value) [best, value] = [k, similarity];
    });
    if (best < 0) continue;
    used.add(best);
    total += value;
  }
  return total;
}

/**
 * B's people by what their roles' lemmas relate by (conflicts-common.ts `lemmasRelated`: one
 * lemma once lemmatised, a shared sense or a shared frame; indexed by its `relationKeys`): `of(role)` gives, in B's order, every
 * person whose role holds a lemma the same as or related to one of `role`'s, so whose `roleScore`
 * against it is above zero (and some with none: each is scored).
 */
class RelatedRoles {
  private readonly peopleOf = new Map<string, number[]>();
  private readonly tokens = new Map<number, string[]>();

  constructor(
    roles: readonly (readonly number[])[],
    private readonly lemmas: readonly string[],
    private readonly lexicon: Lexicon,
  ) {
    roles.forEach((role, person) => {
      for (const id of role) {
        for (const token of this.tokensOf(id)) {
          const people = this.peopleOf.get(token);
          if (people === undefined) this.peopleOf.set(token, [person]);
          else if (people.at(-1) !== person) people.push(person);
        }
      }
    });
  }

  of(role: readonly number[]): number[] {
    const found = new Set<number>();
    for (const id of role) for (const token of this.tokensOf(id)) for (const person of this.peopleOf.get(token) ?? []) found.add(person);
    return [...found].sort((x, y) => x - y);
  }

  private tokensOf(id: number): string[] {
    let tokens = this.tokens.get(id);
    if (tokens === undefined) {
      tokens = relationKeys(this.lemmas[id] ?? '', this.lexicon);
      this.tokens.set(id, tokens);
    }
    return tokens;
  }
}

/** Capitalised words before a surname that are no first name: a courtesy title, an article (`Mr Quilapan`, `The Quilapan farm`). */
const NOT_A_FIRST_NAME = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|rev|judge|justice|the|a|an)$/iu;
/**
 * A name's word as `firstNamesBefore` keys it: lower-cased, without accents, a possessive `'s`
 * left out (`Quilapán's` is `quilapan`). The readers that look surnames up in it key their own
 * names the same way (conflicts-opponents.ts, conflicts-role-successors.ts, conflicts-role-appositions.ts).
 */
export const nameKey = (word: string): string => plain(word).replace(/['’]s$/u, '');

/**
 * The capitalised words a report writes right before each word, keyed by that word (lower-cased,
 * without accents, a possessive `'s` left out): the first names it gives each surname. Read once
 * per report (round 15s's rule: no scan of a whole report per person) and kept with the text's
 * other work (text/memo.ts): the people's and the role holders' conflicts both ask it of both
 * reports (decision 004, round 27s).
 */
export function firstNamesBefore(text: string): ReadonlyMap<string, readonly string[]> {
  return memoByText(text, 'first-names-before', () => readFirstNamesBefore(text));
}

function readFirstNamesBefore(text: string): Map<string, string[]> {
  const words = text.split(/[^\p{L}\p{M}'’-]+/u);
  const names = new Map<string, string[]>();
  for (let at = 1; at < words.length; at += 1) {
    const before = words[at - 1] ?? '';
    if (!/^\p{Lu}/u.test(before) || NOT_A_FIRST_NAME.test(before)) continue;
    // `Ernesto Quilapan's farm` writes the surname too.
    const word = nameKey(words[at] ?? '');
    const known = names.get(word);
    if (known === undefined) names.set(word, [plain(before)]);
    else known.push(plain(before));
  }
  return names;
}

/**
 * Whether the other report writes the person's surname only after first names, none of them the
 * person's own (`Tomás Millaqueo` against `Ernesto Millaqueo`); `otherNames` gives the other
 * report's `firstNamesBefore`, read on its first call.
 */
function otherFirstNames(person: Person, own: string, otherNames: () => ReadonlyMap<string, readonly string[]>): boolean {
  const ownWords = new Set(plain(own.slice(person.start, person.end)).split(/\s+/u));
  if (ownWords.size < 2) return false;
  const names = otherNames().get(person.surname) ?? [];
  return names.length > 0 && !names.some((name) => ownWords.has(name));
}
/** The least score of a pair taken for one role: two words of it, or one and a name both sentences give. */
const LEAST = 1.5;
/** What a name both sentences give besides the two people adds (`the Liberals`, at most two). */
const SHARED_NAME = 0.5;

/** A reading of a report's sentence, made once per side and sentence (the names it writes, the places in a field it tells). */
function perSentence<T>(read: (side: Side, sentence: number) => T): (side: Side, sentence: number) => T {
  const known = new Map<Side, Map<number, T>>();
  return (side, sentence) => {
    let ofSide = known.get(side);
    if (ofSide === undefined) known.set(side, (ofSide = new Map<number, T>()));
    return (ofSide.has(sentence) ? ofSide : ofSide.set(sentence, read(side, sentence))).get(sentence) as T;
  };
}

/**
 * Two people in one role: neither written anywhere in the other report, each the other's one
 * best partner by the role's words (and the names their sentences share), at least `LEAST`.
 */
export function peopleConflicts(A: Side, B: Side, lexicon: Lexicon): (Omit<Conflict, 'id'> & { strength: number })[] {
  // Only people one report names compete: a person both name (`Halima Yusuf` signing for the
  // other side) is that person in both.
  let [pa, pb] = [peopleOf(A, lexicon), peopleOf(B, lexicon)];
  if (pa.length === 0 || pb.length === 0) return [];
  // The words each report writes (plain-words.ts: read once per text).
  const [wordsA, wordsB] = [plainWordsOf(A.text), plainWordsOf(B.text)];
  // A surname the other report writes only after other first names is another person of that
  // family (`farmer Ernesto Millaqueo` / `his son Tomás Millaqueo`). Read only when a surname
  // of one report is written in the other (most people are not).
  const firstNames = (text: string): (() => ReadonlyMap<string, readonly string[]>) => {
    let names: ReadonlyMap<string, readonly string[]> | null = null;
    return () => (names ??= firstNamesBefore(text));
  };
  const [namesA, namesB] = [firstNames(A.text), firstNames(B.text)];
  [pa, pb] = [pa.filter((person) => !wordsB.has(person.surname) || otherFirstNames(person, A.text, namesB)), pb.filter((person) => !wordsA.has(person.surname) || otherFirstNames(person, B.text, namesA))];
  if (pa.length === 0 || pb.length === 0) return [];
  // Each lemma of the roles is numbered, and two lemmas are related once however many roles hold them.
  const ids = new Map<string, number>();
  const idOf = (lemma: string): number => {
    let id = ids.get(lemma);
    if (id === undefined) ids.set(lemma, (id = ids.size));
    return id;
  };
  const [rolesA, rolesB] = [pa.map((person) => person.role.map(idOf)), pb.map((person) => person.role.map(idOf))];
  const lemmas = [...ids.keys()];
  const relations = new Map<number, boolean>();
  const related = (x: number, y: number): boolean => {
    const key = x * lemmas.length + y;
    let known = relations.get(key);
    if (known === undefined) relations.set(key, (known = lemmasRelated(lemmas[x] ?? '', lemmas[y] ?? '', lexicon)));
    return known;
  };
  // The names and the places in a field of each sentence, read once (`perSentence`), and how many two sentences share, once per pair.
  const namesOf = perSentence((side, sentence) => new Set((side.unitsBySentence[sentence] ?? []).filter((unit) => unit.kind === 'name' || unit.kind === 'alias').map((unit) => unit.key)));
  const placeOf = perSentence((side, sentence) => {
    const units = side.unitsBySentence[sentence] ?? [];
    return units.length === 0 ? new Set<number>() : placesIn(side.text.slice(units[0]?.start ?? 0, units.at(-1)?.end ?? 0));
  });
  const sharedNames = new Map<string, number>();
  const shared = (a: number, b: number): number => {
    const key = `${a}:${b}`;
    let count = sharedNames.get(key);
    if (count === undefined) {
      const nb = namesOf(B, b);
      count = 0;
      for (const name of namesOf(A, a)) if (nb.has(name)) count += 1;
      // One place in a field told two ways (`finished second` / `the runner-up Liberals`) is shared as a name is.
      const [placeA, placeB] = [placeOf(A, a), placeOf(B, b)];
      if ([...placeA].some((place) => placeB.has(place))) count += 1;
      sharedNames.set(key, count);
    }
    return count;
  };
  // Only pairs whose roles share a lemma or a related one score above zero: each of A's people
  // is scored against B's people found through an index of their roles' lemmas (round 17s: every
  // pair of people was a square of each report's names). `rows[i]`: the pairs above zero, in B's order.
  const partners = new RelatedRoles(rolesB, lemmas, lexicon);
  const rows = pa.map((a, i): [number, number][] =>
    partners.of(rolesA[i] ?? []).flatMap((j): [number, number][] => {
      const b = pb[j] as Person;
      const role = roleScore(rolesA[i] ?? [], rolesB[j] ?? [], related);
      return role === 0 ? [] : [[j, role + SHARED_NAME * Math.min(shared(a.sentence, b.sentence), 2)]];
    }),
  );
  // Each of B's people: its best score and how many of A's people reach it.
  const columnBest = pb.map(() => 0);
  for (const row of rows) for (const [j, value] of row) columnBest[j] = Math.max(columnBest[j] ?? 0, value);
  const columnTies = pb.map(() => 0);
  for (const row of rows) for (const [j, value] of row) if (value >= (columnBest[j] ?? 0)) columnTies[j] = (columnTies[j] ?? 0) + 1;
  const drafts: (Omit<Conflict, 'id'> & { strength: number })[] = [];
  pa.forEach((a, i) => {
    const row = rows[i] ?? [];
    const score = Math.max(0, ...row.map(([, value]) => value));
    const j = row.find(([, value]) => value === score)?.[0] ?? -1;
    const b = pb[j];
    if (b === undefined || score <= 0) return;
    // One best partner each way: a tie is no pairing.
    const alone = row.filter(([, value]) => value >= score).length === 1 && columnBest[j] === score && columnTies[j] === 1;
    if (score < LEAST || !alone) return;
    const values: [string, string] = [A.text.slice(a.start, a.end), B.text.slice(b.start, b.end)];
    drafts.push({ a: [charRange(a.start, a.end)], b: [charRange(b.start, b.end)], kind: 'name', subject: 'who', values, note: conflictNote('who', values), strength: score });
  });
  return drafts;
}
