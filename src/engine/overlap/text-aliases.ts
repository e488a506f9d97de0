import type { Token } from '../text/tokens.ts';

/**
 * Aliases two reports define themselves: an acronym and the name it stands for.
 *
 * - A definition: `Military Emergencies Unit (UME)`, `UME (Military Emergencies Unit)`. The
 *   letters need not be the name's initials (a Spanish acronym for an English name).
 * - Initials: an acronym in either report whose letters are the initials of a run of
 *   capitalised words in either report (`LCA` and `Latvian Centre Alliance`; connectors such as
 *   `of`, `del` may stand inside the run and may or may not give a letter).
 *
 * Both forms then read as one alias unit, `ali:text:<ACRONYM>`, so a report that writes the name
 * (in any case: `military emergencies unit`) meets one that writes the letters. An acronym the lexicon already knows (`EU`, `IMF`) is left
 * to the lexicon. Found once per pair of reports, from both: the same table for either order.
 */
export interface TextAliases {
  /** Long forms by their first word's lemma: each as its words' lemmas, longest first. */
  readonly runs: ReadonlyMap<string, readonly { words: readonly string[]; acronym: string }[]>;
  /** The acronyms, in capitals. */
  readonly acronyms: ReadonlySet<string>;
  /** Titles the reports give one named person (see `findTitles`), as written in lowercase, by their first word. */
  readonly titles?: ReadonlyMap<string, readonly { words: readonly string[]; key: string }[]>;
}

/** A country's alias at words[i] (`French`, `South Korean`): its key and length in words. */
export type CountryAt = (words: readonly string[], i: number) => { key: string; length: number } | null;

/**
 * Words of a title one person holds for a country (`President`, `Prime Minister`, `Foreign
 * Minister`, `Chancellor`): after a country's adjective and before a name, as news writes a
 * leader the first time (`French President Emmanuel Macron`).
 */
const TITLE_WORDS = new Set([
  'president', 'chancellor', 'prime', 'minister', 'premier', 'king', 'queen', 'foreign', 'finance', 'defence', 'defense', 'interior',
  'economy', 'trade', 'justice', 'health', 'energy', 'secretary', 'vice', 'deputy', 'leader', 'ambassador', 'envoy', 'emperor', 'pope',
]);
/** The word a title ends on: `prime` and `foreign` only open one (`Prime Minister`, `Foreign Minister`). */
const TITLE_HEADS = new Set(['president', 'chancellor', 'minister', 'premier', 'king', 'queen', 'secretary', 'leader', 'ambassador', 'envoy', 'emperor', 'pope']);
/** Words of a name after its title, at most: `Sanae Takaichi`, `Luiz Inácio Lula da Silva` aside. */
const MAX_NAME = 3;
/** Words before a title that make its holder a past one (`former French President`, `the late Queen`). */
const PAST_HOLDER = new Set(['former', 'late', 'then', 'ex', 'erstwhile']);

/** Lowercase words that may stand inside a name: `Bank of England`, `Confederación Hidrográfica del Segura`. */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'del', 'la', 'las', 'los', 'el', 'des', 'du', 'der', 'y', 'et']);
const ACRONYM = /^\p{Lu}{2,6}$/u;
const CAPITALISED = /^\p{Lu}/u;
/** Words of a name an acronym is drawn from: a run longer than this is not one name. */
const MAX_RUN = 8;

const isWord = (token: Token | undefined): token is Token => token?.kind === 'word';
/**
 * Whether a word opens with a capital and is no acronym. An ASCII first letter is read by its code
 * (asked of nearly every token: the pattern's call cost more than the test), any other by the pattern.
 */
const isCapitalised = (token: Token | undefined): boolean => {
  if (!isWord(token)) return false;
  const first = token.text.charCodeAt(0);
  if (first < 0x80 ? first < 0x41 || first > 0x5a : !CAPITALISED.test(token.text)) return false;
  return !ACRONYM.test(token.text);
};

/** Maximal runs of capitalised words (connectors inside), as token index ranges [first, last). */
function capitalisedRuns(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let t = 0;
  while (t < tokens.length) {
    if (!isCapitalised(tokens[t])) {
      t += 1;
      continue;
    }
    // `The Northern Farmers Party`: a capital the sentence gave, not the name.
    const first = tokens[t]?.norm === 'the' ? t + 1 : t;
    let last = t + 1;
    for (;;) {
      if (isCapitalised(tokens[last])) last += 1;
      else if (isWord(tokens[last]) && CONNECTORS.has(tokens[last]?.norm ?? '') && isCapitalised(tokens[last + 1])) last += 2;
      else break;
    }
    if (last - first >= 2) runs.push([first, Math.min(last, first + MAX_RUN * 2)]);
    t = last;
  }
  return runs;
}

/** Letters in an acronym at most (`ACRONYM`): a stretch whose initials pass this is none. */
const MAX_LETTERS = 6;

/**
 * Each stretch of a run from `from` that ends on a capitalised word, with the letters it gives:
 * capitals only, and connectors too (`BoE` aside). The letters grow with the stretch, which stops
 * once even the capitals alone give more than `MAX_LETTERS`: a few stretches per word.
 */
function stretchInitials(tokens: readonly Token[], from: number, last: number, visit: (to: number, capitals: string, all: string) => void): void {
  let [capitals, all, count] = ['', '', 0];
  for (let to = from + 1; to <= last; to += 1) {
    const token = tokens[to - 1];
    if (token === undefined) continue;
    const letter = (token.text[0] ?? '').toUpperCase();
    all += letter;
    if (!CONNECTORS.has(token.norm)) {
      capitals += letter;
      // One UTF-16 unit upper-cased: its length counts its letters (`ß` gives `SS`, two).
      count += letter.length;
      if (count > MAX_LETTERS) return;
    }
    if (to >= from + 2 && isCapitalised(token)) visit(to, capitals, all);
  }
}

/** A token's normal form (module-level: a function made per call loses its optimised code at each full garbage collection). */
const normOf = (token: Token): string => token.norm;

/** A past holder's title (`former French President`, `the former French president`). */
const pastHolder = (tokens: readonly Token[], t: number): boolean => PAST_HOLDER.has(tokens[t - 1]?.norm ?? '');

/** Lemmas of capitalised words that stand alone, no capitalised word either side (`Lee told reporters`). */
function standaloneNames(texts: readonly (readonly Token[])[], lemmatize: (word: string) => string): Set<string> {
  const alone = new Set<string>();
  for (const tokens of texts) {
    for (let t = 0; t < tokens.length; t += 1) {
      if (isCapitalised(tokens[t]) && !isCapitalised(tokens[t - 1]) && !isCapitalised(tokens[t + 1])) alone.add(lemmatize(tokens[t]?.norm ?? ''));
    }
  }
  return alone;
}

/**
 * `French President Emmanuel Macron`, `Japanese Prime Minister Sanae Takaichi`: a country's
 * adjective, a title and a name, which makes `the French president` (and `the Japanese prime
 * minister`) that person in both reports, as a reader takes it, as a name. Its key is the word of
 * the name the reports use alone (`Macron`; `Lee` of `Lee Jae-myung`, `Xi` of `Xi Jinping`: the
 * family name is not always the last), or, with none or several, the name's last word. A title
 * that two people hold in the reports is nobody's; a past holder's (`former French President`)
 * says nothing of who holds it now.
 */
function findTitles(texts: readonly (readonly Token[])[], countryAt: CountryAt, lemmatize: (word: string) => string): Map<string, { words: string[]; key: string }[]> {
  const holders = new Map<string, { words: string[]; key: string | null }>();
  let alone: Set<string> | undefined;
  for (const tokens of texts) {
    const norms = tokens.map(normOf);
    for (let t = 0; t < tokens.length; t += 1) {
      if (!isCapitalised(tokens[t])) continue;
      const country = countryAt(norms, t);
      if (country === null) continue;
      let end = t + country.length;
      while (end < tokens.length && isCapitalised(tokens[end]) && TITLE_WORDS.has(norms[end] ?? '')) end += 1;
      if (end === t + country.length || !TITLE_HEADS.has(norms[end - 1] ?? '')) continue;
      let last = end;
      while (last < tokens.length && last - end < MAX_NAME && isCapitalised(tokens[last]) && tokens[last - 1]?.end === (tokens[last]?.start ?? 0) - 1) last += 1;
      // A name cut at an initial (`Michael D. Higgins`) is not read: its last word would be `D`.
      const initial = tokens[last - 1]?.text.length === 1 && tokens[last]?.text === '.';
      if (last === end || last - end > MAX_NAME || isCapitalised(tokens[last]) || initial || pastHolder(tokens, t)) continue;
      alone ??= standaloneNames(texts, lemmatize);
      const names = norms.slice(end, last).map(lemmatize);
      const used = names.filter((name) => alone?.has(name));
      const words = norms.slice(t, end);
      const key = `lem:${used.length === 1 ? used[0] : names.at(-1)}`;
      const title = words.join(' ');
      const held = holders.get(title);
      holders.set(title, { words, key: held === undefined || held.key === key ? key : null });
      t = last - 1;
    }
  }
  const titles = new Map<string, { words: string[]; key: string }[]>();
  for (const { words, key } of holders.values()) {
    if (key === null) continue;
    const head = words[0] ?? '';
    const list = titles.get(head);
    if (list === undefined) titles.set(head, [{ words, key }]);
    else list.push({ words, key });
  }
  // Each head's titles sorted once (a stable sort: equals in the order first read), not again
  // after each title (a square in a long report's titles of one head; decision 004, round 19s).
  for (const list of titles.values()) list.sort((x, y) => y.words.length - x.words.length || x.key.localeCompare(y.key));
  return titles;
}

/** A long form by its lemmas: `military emergency unit` meets `Military Emergencies Unit`. */
const wordsOf = (tokens: readonly Token[], first: number, last: number, lemmatize: (word: string) => string): string[] => tokens.slice(first, last).map((token) => lemmatize(token.norm));

/**
 * The aliases the texts define (see `TextAliases`). `known` says whether the lexicon already
 * has an alias for the acronym or for the whole name (`US`, `United States`): it is then left
 * to the lexicon. Linear in the texts' length, with a small factor: runs are at most `MAX_RUN`
 * names long, and a stretch of one stops at `MAX_LETTERS` initials; with no acronym written,
 * nothing more is read.
 */
export function findTextAliases(
  texts: readonly (readonly Token[])[],
  known: (acronym: string, name: readonly string[]) => boolean,
  lemmatize: (word: string) => string,
  countryAt?: CountryAt,
): TextAliases {
  const titles = countryAt === undefined ? new Map<string, { words: string[]; key: string }[]>() : findTitles(texts, countryAt, lemmatize);
  const longForms = new Map<string, Map<string, string[]>>();
  const add = (acronym: string, words: string[]): void => {
    if (known(acronym, words)) return;
    let forms = longForms.get(acronym);
    if (forms === undefined) longForms.set(acronym, (forms = new Map<string, string[]>()));
    forms.set(words.join(' '), words);
  };
  const written = new Set<string>();
  for (const tokens of texts) for (const token of tokens) if (isWord(token) && ACRONYM.test(token.text)) written.add(token.text);
  // Every alias has an acronym written in one of the texts.
  if (written.size === 0) return { runs: new Map(), acronyms: new Set(), titles };
  const allRuns: { tokens: readonly Token[]; first: number; last: number }[] = [];
  for (const tokens of texts) {
    for (const [first, last] of capitalisedRuns(tokens)) {
      allRuns.push({ tokens, first, last });
      // `Long Name (ACRO)`
      const [open, acronym, close] = [tokens[last], tokens[last + 1], tokens[last + 2]];
      if (open?.text === '(' && isWord(acronym) && ACRONYM.test(acronym.text) && close?.text === ')') add(acronym.text, wordsOf(tokens, first, last, lemmatize));
      // `ACRO (Long Name)`
      const [before, opened, after] = [tokens[first - 2], tokens[first - 1], tokens[last]];
      if (opened?.text === '(' && after?.text === ')' && isWord(before) && ACRONYM.test(before.text)) add(before.text, wordsOf(tokens, first, last, lemmatize));
    }
  }
  // Initials: any stretch of a run that starts and ends on a capitalised word.
  for (const { tokens, first, last } of allRuns) {
    for (let from = first; from < last; from += 1) {
      if (!isCapitalised(tokens[from])) continue;
      stretchInitials(tokens, from, last, (to, capitals, all) => {
        for (const letters of capitals === all ? [capitals] : [capitals, all]) if (written.has(letters)) add(letters, wordsOf(tokens, from, to, lemmatize));
      });
    }
  }
  const runs = new Map<string, { words: readonly string[]; acronym: string }[]>();
  for (const acronym of [...longForms.keys()].sort()) {
    for (const words of longForms.get(acronym)?.values() ?? []) {
      const head = words[0] ?? '';
      let list = runs.get(head);
      if (list === undefined) runs.set(head, (list = []));
      if (!list.some((other) => other.words.join(' ') === words.join(' '))) list.push({ words, acronym });
    }
  }
  for (const list of runs.values()) list.sort((x, y) => y.words.length - x.words.length || x.acronym.localeCompare(y.acronym));
  return { runs, acronyms: new Set(longForms.keys()), titles };
}

/**
 * The text alias that starts at token `t`, if one does: an acronym (in capitals, or written as
 * a word in title case, `Dana` for `DANA`, when three letters or more) or a long form, in any
 * case and number (by the tokens' `lemmas`).
 */
export function matchTextAlias(aliases: TextAliases, tokens: readonly Token[], lemmas: readonly string[], t: number): { key: string; length: number; person?: true } | null {
  const token = tokens[t];
  if (!isWord(token)) return null;
  // `the French president` (not `French President Emmanuel Macron`: the name follows there; not
  // `French presidents`, nor `the former French president`).
  for (const { words, key } of aliases.titles?.get(token.norm) ?? []) {
    if (words.every((word, n) => tokens[t + n]?.kind === 'word' && tokens[t + n]?.norm === word) && !isCapitalised(tokens[t + words.length]) && !pastHolder(tokens, t)) return { key, length: words.length, person: true };
  }
  if (aliases.acronyms.size === 0) return null;
  const upper = token.text.toUpperCase();
  if (aliases.acronyms.has(upper) && (token.text === upper || (upper.length >= 3 && CAPITALISED.test(token.text)))) return { key: `ali:text:${upper}`, length: 1 };
  for (const { words, acronym } of aliases.runs.get(lemmas[t] ?? '') ?? []) {
    if (words.every((word, n) => tokens[t + n]?.kind === 'word' && lemmas[t + n] === word)) return { key: `ali:text:${acronym}`, length: words.length };
  }
  return null;
}
