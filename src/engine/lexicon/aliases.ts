export type AliasType = 'place' | 'org' | 'person' | 'group';

export interface AliasMatch {
  readonly key: string;
  readonly length: number;
  readonly type: AliasType;
}

const TYPE_BY_PREFIX: Readonly<Record<string, AliasType>> = {
  country: 'place',
  place: 'place',
  org: 'org',
  person: 'person',
  group: 'group',
};

/** The type an alias key names, from its prefix: 'country:KP' → place. */
export function aliasType(key: string): AliasType {
  return TYPE_BY_PREFIX[key.slice(0, key.indexOf(':'))] ?? 'place';
}

const NON_ASCII = /[^ -~]/u;

/**
 * Bring one word to the form alias phrases are stored in: no trailing dots ('u.s.' and the
 * tokenizer's 'u.s' meet), straight apostrophes, no possessive, no diacritics ('élysée').
 */
export function normalizeAliasWord(word: string): string {
  let w = word.toLowerCase();
  if (NON_ASCII.test(w)) w = w.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[’‘]/gu, "'");
  w = w.replace(/\.+$/u, '');
  if (w.endsWith("'s")) w = w.slice(0, -2);
  return w;
}

const NORMALIZED_CACHE_LIMIT = 50_000;

/** Make the alias matcher over one phrase table (phrases are normalised words joined by spaces). */
export function createAliasMatcher(
  phrases: ReadonlyMap<string, string>,
): (words: readonly string[], i: number) => AliasMatch | null {
  const longest = new Map<string, number>();
  for (const phrase of phrases.keys()) {
    const parts = phrase.split(' ');
    const first = parts[0] ?? '';
    longest.set(first, Math.max(longest.get(first) ?? 0, parts.length));
  }

  function lookup(phrase: string, length: number): AliasMatch | null {
    const key = phrases.get(phrase);
    return key === undefined ? null : { key, length, type: aliasType(key) };
  }

  // Normalising is a few regular expressions a word; news repeats its words.
  const normalized = new Map<string, string>();
  const normalize = (word: string): string => {
    let form = normalized.get(word);
    if (form === undefined) {
      form = normalizeAliasWord(word);
      if (normalized.size >= NORMALIZED_CACHE_LIMIT) normalized.clear();
      normalized.set(word, form);
    }
    return form;
  };

  return (words, i) => {
    const firstWord = words[i];
    if (firstWord === undefined) return null;
    const first = normalize(firstWord);
    const max = Math.min(longest.get(first) ?? 0, words.length - i);
    if (max === 0 && !first.includes('-')) return null;
    const parts = [first];
    for (let k = 1; k < max; k += 1) parts.push(normalize(words[i + k] ?? ''));
    for (let length = max; length >= 1; length -= 1) {
      const match = lookup(parts.slice(0, length).join(' '), length);
      if (match !== null) return match;
    }
    // A hyphenated compound led by a one-word alias: 'israeli-led', 'u.s.-backed', 'russia-ukraine'.
    const hyphen = first.indexOf('-');
    if (hyphen > 0 && !phrases.has(first)) return lookup(first.slice(0, hyphen).replace(/\.+$/u, ''), 1);
    return null;
  };
}
