/**
 * Parts of speech of WordNet lemmas, read from the vocabulary the lexicon already ships
 * (`WORDS` carries a frequency score per part of speech for every lemma): no data of its own.
 * The vocabulary and the irregular forms are the lexicon's own (index.ts), decoded once, lazily.
 */
import { PARTS_OF_SPEECH, type PartOfSpeech } from './format.ts';
import { irregularLemmas, partScores } from './index.ts';

/** The parts of speech WordNet gives a lemma, most frequent first; empty for an unknown word. */
export function partsOfSpeech(lemma: string): PartOfSpeech[] {
  const scores = partScores(lemma);
  if (scores === undefined) return [];
  return PARTS_OF_SPEECH.map((part, p) => ({ part, score: scores[p] ?? -1 }))
    .filter(({ score }) => score >= 0)
    .sort((x, y) => y.score - x.score)
    .map(({ part }) => part);
}

/**
 * Whether a word as written reads as a verb: a lemma that is only a verb (`replace`, `halt`),
 * or a verb's past or participle form (`stopped`, `fled`, `struck`, `dropping`) of a lemma that
 * is a verb. A bare form that is also a noun (`strike`, `store`) or a plural (`stores`) does
 * not: without its sentence it is as much a thing as an action. Nor does a comparative
 * (`closer`, `lowest`) or an irregular plural (`men`, `feet`) of a lemma that is also a verb.
 */
export function readsAsVerb(word: string, lemma: string): boolean {
  const parts = partsOfSpeech(lemma);
  if (!parts.includes('verb')) return false;
  const lower = word.toLowerCase();
  if (lower === lemma) return parts.length === 1;
  // `stores`, `strikes`: a plural noun as much as a verb of the present.
  if (lower === `${lemma}s` || lower === `${lemma}es` || (lemma.endsWith('y') && lower === `${lemma.slice(0, -1)}ies`)) return parts.length === 1;
  // A past or participle form, regular (`stopped`, `dropping`) or irregular (`fled`, `struck`).
  if (/(?:ed|ing)$/u.test(lower)) return true;
  const forms = irregularLemmas(lower);
  return forms !== undefined && forms.split(' ').includes(`${lemma}:v`);
}
