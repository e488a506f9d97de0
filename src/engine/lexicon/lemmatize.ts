import { PARTS_OF_SPEECH, type PartOfSpeech, type Vocabulary } from './format.ts';

export interface LemmaData {
  /** The vocabulary: base forms with their per-part-of-speech frequency scores. */
  readonly words: Vocabulary;
  /** WordNet's irregular forms: `form → lemma:p …` with p the part of speech's initial. */
  readonly exceptions: ReadonlyMap<string, string>;
  /** Hand-curated answers that win over everything: function words, plural-only nouns. */
  readonly overrides: ReadonlyMap<string, string>;
}

type Rule = readonly [suffix: string, ending: string];

/** WordNet's morphy detachment rules (morphy(7WN)), by part of speech. */
const RULES: Readonly<Record<PartOfSpeech, readonly Rule[]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adjective: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};

/** Suffixes after which a doubled final consonant is undone: planned → plan, bigger → big. */
const DOUBLING = new Set(['ed', 'ing', 'er', 'est']);

/**
 * A word keeps itself as its lemma unless another reading is this many score buckets more
 * frequent (two buckets per doubling, so 4 = four times as often): 'building' stays, 'saw'
 * becomes 'see', 'left' becomes 'leave'.
 */
const SELF_PREFERENCE = 4;

const PARTICIPLE = /(?:ed|en)$/u;

const POS_BY_INITIAL: Readonly<Record<string, number>> = { n: 0, v: 1, a: 2 };

const CACHE_LIMIT = 50_000;

/** Make the lemmatizer over one set of data (the build runs it before the data is written). */
/**
 * A plural the vocabulary does not know ('envoys', 'pacemakers'): its singular by the regular
 * rules, so both forms of a rare word meet. Words in -ss, -us, -is are singular already.
 */
function unknownPlural(word: string): string {
  if (word.length <= 3 || !word.endsWith('s') || /(?:ss|us|is|'s)$/u.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|zes|sses)$/u.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

export function createLemmatizer(data: LemmaData): (word: string) => string {
  const cache = new Map<string, string>();

  function score(candidate: string, pos: number): number {
    return data.words.get(candidate)?.scores[pos] ?? -1;
  }

  function choose(word: string): string {
    const override = data.overrides.get(word);
    if (override !== undefined) return override;
    const self = data.words.get(word);
    let best = word;
    // A past participle that WordNet also lists as an adjective or noun ('injured', 'wounded',
    // 'alleged') still reports the verb's event: it keeps itself only when more frequent.
    const [noun = -1, verb = -1, adjective = -1] = self?.scores ?? [];
    const participle = PARTICIPLE.test(word);
    const own = participle ? Math.max(noun, verb) : Math.max(noun, verb, adjective);
    let bestScore = self === undefined ? -Infinity : own + (participle ? 0 : SELF_PREFERENCE);
    const consider = (candidate: string, pos: number): void => {
      if (candidate === word || candidate.length < 2) return;
      const s = score(candidate, pos);
      if (s >= 0 && s > bestScore) {
        best = candidate;
        bestScore = s;
      }
    };
    for (const entry of (data.exceptions.get(word) ?? '').split(' ')) {
      const at = entry.lastIndexOf(':');
      if (at > 0) consider(entry.slice(0, at), POS_BY_INITIAL[entry.slice(at + 1)] ?? -1);
    }
    PARTS_OF_SPEECH.forEach((pos, p) => {
      // Comparatives only for unknown words: 'lower' and 'later' are lemmas in their own right.
      if (pos === 'adjective' && self !== undefined) return;
      for (const [suffix, ending] of RULES[pos]) {
        if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
        const stem = word.slice(0, word.length - suffix.length);
        consider(stem + ending, p);
        const last = stem.charAt(stem.length - 1);
        if (ending === '' && DOUBLING.has(suffix) && last === stem.charAt(stem.length - 2) && !'aeiou'.includes(last)) {
          consider(stem.slice(0, -1), p);
        }
      }
    });
    return best === word && self === undefined ? unknownPlural(word) : best;
  }

  return (word: string): string => {
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    const lemma = choose(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, lemma);
    return lemma;
  };
}
