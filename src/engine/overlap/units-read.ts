import type { Token } from '../text/tokens.ts';
import type { Clause } from './clauses.ts';
import type { DateMention } from './dates.ts';
import type { Quantity } from './quantities.ts';
import { matchTextAlias, type TextAliases } from './text-aliases.ts';
import type { Lexicon, Unit, UnitKind } from './units.ts';

const NO_KEYS: readonly string[] = Object.freeze([]);
const NONE: readonly number[] = Object.freeze([]);

/**
 * The keys a word, name or alias can meet another by: itself, its senses, frames and kin.
 * Quantities and dates have none: they are compared by value.
 */
function keysOf(unit: Pick<Unit, 'key' | 'senses' | 'frames' | 'kin' | 'near' | 'quantity' | 'date'>): readonly string[] {
  if (unit.quantity !== null || unit.date !== null) return NO_KEYS;
  const keys = [unit.key];
  for (const sense of unit.senses) keys.push(`s:${sense}`);
  for (const frame of unit.frames) keys.push(`f:${frame}`);
  for (const kin of unit.kin) keys.push(`k:${kin}`);
  for (const near of unit.near) keys.push(`n:${near}`);
  return keys;
}

interface Mention<T> {
  start: number;
  end: number;
  value: T;
}

function byStart<T>(mentions: readonly Mention<T>[]): Map<number, Mention<T>> {
  const map = new Map<number, Mention<T>>();
  for (const mention of mentions) if (!map.has(mention.start)) map.set(mention.start, mention);
  return map;
}

function lastTokenBefore(tokens: readonly Token[], from: number, end: number): number {
  let last = from;
  while (last < tokens.length && (tokens[last]?.start ?? Infinity) < end) last += 1;
  return last;
}

const DATE_WEIGHT = 0.35;
const CAPITAL_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['US', 'u.s.'],
  ['UK', 'u.k.'],
  ['UN', 'u.n.'],
  ['EU', 'eu'],
]);
/**
 * A precise figure (39.7%, 31,412) pins a fact more than a round one (2, 10): weight grows with
 * the significant digits written.
 */
function quantityWeight(quantity: Quantity): number {
  // A count written in words is as precise as its value (`one thousand, one hundred and
  // eighty-seven` is 1,187; `a million` is one significant digit). A vague amount (`dozens`, `a
  // few dozen`: resolution 0) has no precise value: its value is only a lower bound (24), and it
  // weighs by the digits it writes, none.
  const words = !/\d/u.test(quantity.text) && quantity.unit === 'count' && Number.isInteger(quantity.value) && quantity.resolution > 0;
  const digits = ((words ? String(quantity.value) : quantity.text).match(/\d/gu) ?? []).join('').replace(/^0+/u, '').replace(/0+$/u, '').length;
  return digits >= 3 ? 1.5 : digits === 2 ? 1.2 : 1;
}

const SECONDS_PER_DAY = 86_400;

/**
 * A time in hours, minutes and seconds (`2:03:47`) is an elapsed time (a race, a flight), a
 * duration like `2hr 03min 47sec`; a time of two parts (`9:15`, `64:20`) may be a clock reading
 * and stays a bare number.
 */
function clockDuration(written: string, start: number): Quantity | null {
  const parts = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/u.exec(written);
  if (parts === null) return null;
  const value = (Number(parts[1]) * 3600 + Number(parts[2]) * 60 + Number(parts[3])) / SECONDS_PER_DAY;
  return { start, end: start + written.length, value, low: value, high: value, hedged: false, unit: 'duration', noun: null, resolution: 1 / SECONDS_PER_DAY, text: written };
}

/**
 * A hyphenated compound the dictionary does not know (`duty-free`, `oil-rich`) means something
 * of each of its content words: it meets their synonyms (`duties`), never their exact word.
 */
function compoundSenses(lemma: string, lexicon: Lexicon): readonly number[] {
  const own = lexicon.senseIds(lemma);
  if (own.length > 0 || !lemma.includes('-')) return own;
  const parts = lemma.split('-').filter((part) => part.length > 2 && lexicon.lemmaWeight(part) >= 0.5);
  return [...new Set(parts.flatMap((part) => lexicon.senseIds(lexicon.lemmatize(part)).slice(0, 2)))];
}

/** What the lexicon says of a lemma, as a word unit needs it; asked once per lemma. */
interface WordInfo {
  weight: number;
  key: string;
  senses: readonly number[];
  kin: readonly number[];
  near: readonly string[];
  frames: readonly string[];
  /** The keys of the lemma as a word, and as a name (a name meets by itself and its frames only). */
  wordKeys: readonly string[];
  nameKeys: readonly string[];
}

/**
 * The lexicon's answers, kept per lexicon and lemma: the tables are fixed, and a report asks
 * about the same words again and again (as the lemmatizer's own cache does).
 */
const WORD_INFO = new WeakMap<Lexicon, Map<string, WordInfo>>();
const WORD_INFO_LIMIT = 50_000;

function wordInfo(lemma: string, lexicon: Lexicon): WordInfo {
  let known = WORD_INFO.get(lexicon);
  if (known === undefined) WORD_INFO.set(lexicon, (known = new Map<string, WordInfo>()));
  const cached = known.get(lemma);
  if (cached !== undefined) return cached;
  const weight = lexicon.lemmaWeight(lemma);
  const key = `lem:${lemma}`;
  let info: WordInfo = { weight, key, senses: NONE, kin: NONE, near: NO_KEYS, frames: NO_KEYS, wordKeys: NO_KEYS, nameKeys: NO_KEYS };
  if (weight > 0) {
    const [senses, kin, frames] = [compoundSenses(lemma, lexicon), lexicon.kinIds(lemma), lexicon.frameIds(lemma)];
    const near = lexicon.neighbourKeys?.(lemma) ?? NO_KEYS;
    // Literals, not `{ ...common, senses, … }`: a spread then more fields makes a hidden class per object (align.ts `measure`).
    const wordKeys = keysOf({ key, quantity: null, date: null, frames, senses, kin, near });
    const nameKeys = keysOf({ key, quantity: null, date: null, frames, senses: NONE, kin: NONE, near: NO_KEYS });
    info = { weight, key, senses, kin, near, frames, wordKeys, nameKeys };
  }
  if (known.size >= WORD_INFO_LIMIT) known.clear();
  known.set(lemma, info);
  return info;
}

/** What a unit may carry besides its place, kind, key and weight (none by default). */
interface Extra {
  senses?: readonly number[];
  kin?: readonly number[];
  near?: readonly string[];
  frames?: readonly string[];
  quantity?: Quantity;
  date?: DateMention;
  byTitle?: boolean;
  /** The unit's keys when already known (a word's, from `wordInfo`). */
  keys?: readonly string[];
}

/** A unit of `units`' side, at its end: tokens [first, last) of the clause. */
function pushUnit(units: Unit[], tokens: readonly Token[], clause: Clause, first: number, last: number, kind: UnitKind, key: string, extra: Extra, baseWeight: number): void {
  // Every unit is built with the same fields in the same order: one object shape.
  const unit: Unit = {
    index: units.length,
    clause: clause.index,
    sentence: clause.sentence,
    quoted: clause.quoted,
    attribution: clause.attribution,
    first,
    last,
    start: tokens[first]?.start ?? 0,
    end: tokens[last - 1]?.end ?? 0,
    kind,
    key,
    senses: extra.senses ?? NONE,
    kin: extra.kin ?? NONE,
    near: extra.near ?? NO_KEYS,
    frames: extra.frames ?? NO_KEYS,
    quantity: extra.quantity ?? null,
    date: extra.date ?? null,
    keys: NO_KEYS,
    keyIds: NONE,
    baseWeight,
    weight: baseWeight,
    byTitle: extra.byTitle ?? false,
  };
  unit.keys = extra.keys ?? keysOf(unit);
  units.push(unit);
}

/** Read a clause's tokens into units. */
export function readUnits(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  quantities: readonly Quantity[],
  dates: readonly DateMention[],
  lexicon: Lexicon,
  textAliases?: TextAliases,
): Unit[] {
  const units: Unit[] = [];
  const quantityAt = byStart(quantities.map((value) => ({ start: value.start, end: value.end, value })));
  const dateAt = byStart(dates.map((value) => ({ start: value.start, end: value.end, value })));
  // Loops and a module-level `pushUnit`, not arrow functions made per call: V8 keeps the optimised
  // code of a function made per call only while one lives, so a full garbage collection between
  // two comparisons discarded it and every word of the next one ran unoptimised until compiled again.
  // Shouted abbreviations are names only in capitals: “US” is the country, “us” is not.
  const words: string[] = [];
  const lemmas: string[] = [];
  for (const token of tokens) {
    words.push(token.kind === 'punct' ? '' : CAPITAL_ABBREVIATIONS.get(token.text) ?? token.norm);
    lemmas.push(token.kind === 'word' ? lexicon.lemmatize(token.norm) : '');
  }
  // Words the text capitalises in mid-sentence (“Santana”, not “Turnout”): its names.
  const namedInText = new Set<string>();
  for (let t = 0; t < tokens.length; t += 1) {
    const token = tokens[t] as Token;
    if (token.kind === 'word' && /^\p{Lu}/u.test(token.text) && !isSentenceStart(tokens, t)) namedInText.add(lemmas[t] ?? '');
  }

  for (const clause of clauses) {
    let t = clause.first;
    while (t < clause.last) {
      const token = tokens[t];
      if (token === undefined) break;
      const date = dateAt.get(token.start);
      if (date !== undefined) {
        const last = Math.min(clause.last, Math.max(t + 1, lastTokenBefore(tokens, t, date.end)));
        pushUnit(units, tokens, clause, t, last, 'date', 'date', { date: date.value }, DATE_WEIGHT);
        t = last;
        continue;
      }
      const quantity = quantityAt.get(token.start);
      if (quantity !== undefined && quantity.value.unit !== 'year') {
        let last = Math.min(clause.last, Math.max(t + 1, lastTokenBefore(tokens, t, quantity.end)));
        // The counted noun (“180 injured”, “1,000 homes”) stays a word of its own, so it can
        // meet the same word elsewhere in the other report (“187 people were injured”).
        const noun = tokens[last - 1];
        if (last - 1 > t && noun?.kind === 'word' && quantity.value.noun !== null && lexicon.lemmatize(noun.norm) === lexicon.lemmatize(quantity.value.noun)) last -= 1;
        pushUnit(units, tokens, clause, t, last, 'quantity', 'qty', { quantity: quantity.value }, quantityWeight(quantity.value));
        t = last;
        continue;
      }
      if (token.kind === 'punct') {
        t += 1;
        continue;
      }
      // An acronym the reports define (`Military Emergencies Unit (UME)`): see text-aliases.ts.
      const defined = textAliases === undefined ? null : matchTextAlias(textAliases, tokens, lemmas, t);
      if (defined !== null && t + defined.length <= clause.last) {
        pushUnit(units, tokens, clause, t, t + defined.length, defined.person === true ? 'name' : 'alias', defined.key, defined.person === true ? { byTitle: true } : {}, 1);
        t += defined.length;
        continue;
      }
      const alias = lexicon.matchAlias(words, t);
      if (alias !== null && t + alias.length <= clause.last) {
        pushUnit(units, tokens, clause, t, t + alias.length, 'alias', `ali:${alias.key}`, {}, 1);
        t += alias.length;
        continue;
      }
      const phrase = lexicon.matchFramePhrase(lemmas, t);
      if (phrase !== null && phrase.length > 1 && t + phrase.length <= clause.last) {
        const key = lemmas.slice(t, t + phrase.length).join('_');
        pushUnit(units, tokens, clause, t, t + phrase.length, 'word', `lem:${key}`, { frames: phrase.frames }, 1);
        t += phrase.length;
        continue;
      }
      if (token.kind === 'number') {
        // A bare number that is no quantity (a clock time, a score) says little on its own. A
        // time written with colons (`2:09:56`) is one number: its parts are no figures.
        let last = t + 1;
        while (last + 1 < clause.last && tokens[last]?.text === ':' && tokens[last + 1]?.kind === 'number' && tokens[last - 1]?.end === tokens[last]?.start && tokens[last]?.end === tokens[last + 1]?.start) last += 2;
        const written = tokens.slice(t, last).map((part) => part.text).join('');
        const elapsed = clockDuration(written, tokens[t]?.start ?? 0);
        if (elapsed !== null) pushUnit(units, tokens, clause, t, last, 'quantity', 'qty', { quantity: elapsed }, quantityWeight(elapsed));
        else pushUnit(units, tokens, clause, t, last, 'word', `num:${written.replace(/,/gu, '')}`, {}, 0.3);
        t = last;
        continue;
      }
      if (/^[ap]\.m\.?$/u.test(token.norm)) {
        t += 1;
        continue;
      }
      const lemma = lemmas[t] ?? token.norm;
      const info = wordInfo(lemma, lexicon);
      if (info.weight > 0) {
        const { senses, frames } = info;
        // A capitalised word inside a sentence is a name, unless it names a kind of event
        // (frames are hand-curated): “President-elect” is a title that means a transition.
        // At the start of a sentence, a word is a name when the text writes it as one elsewhere.
        const capitalised = /^\p{Lu}/u.test(token.text) && frames.length === 0;
        const isName = capitalised && (isSentenceStart(tokens, t) ? namedInText.has(lemma) : t !== clause.first || senses.length === 0);
        if (isName) pushUnit(units, tokens, clause, t, t + 1, 'name', info.key, { frames, keys: info.nameKeys }, info.weight);
        else pushUnit(units, tokens, clause, t, t + 1, 'word', info.key, { senses, kin: info.kin, near: info.near, frames, keys: info.wordKeys }, info.weight);
      }
      t += 1;
    }
  }
  return units;
}

/** A word after `.`, `?` or an opening quote starts a sentence; one after `(` (“(Phivolcs)”) does not. */
function isSentenceStart(tokens: readonly Token[], t: number): boolean {
  const previous = tokens[t - 1];
  return previous === undefined || (previous.kind === 'punct' && /[.!?“"‘]/u.test(previous.text));
}
