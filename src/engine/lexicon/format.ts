/**
 * The packed text formats of the generated lexicon data. The build script encodes with these
 * functions and the runtime decodes with them, so the two cannot drift apart. Every format is
 * plain lines of text: small once gzipped, and cheap to split at start-up.
 */

/** Parts of speech a WordNet lemma can have, in the order of `WordRecord.scores`. */
export const PARTS_OF_SPEECH = ['noun', 'verb', 'adjective'] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

/**
 * One vocabulary word. `scores[p]` is -1 when the word is no lemma of that part of speech,
 * else a log bucket (0–35) of its tagged-sense frequency in that part of speech.
 */
export interface WordRecord {
  readonly scores: readonly [noun: number, verb: number, adjective: number];
  readonly senses: readonly number[];
  /** Near kin in WordNet's hierarchy (the first sense and its narrow hypernyms), in their own id space. */
  readonly kin: readonly number[];
}

const NO_POS = '-';

/** Encode vocabulary words as `word<TAB>nva[<TAB>sense,sense[<TAB>kin,kin]]`, one per line, in key order. */
export function encodeWords(words: ReadonlyMap<string, WordRecord>): string {
  const lines: string[] = [];
  for (const word of [...words.keys()].sort()) {
    const record = words.get(word);
    if (record === undefined) continue;
    const scores = record.scores.map((s) => (s < 0 ? NO_POS : s.toString(36))).join('');
    const senses = record.senses.map((s) => s.toString(36)).join(',');
    const kin = record.kin.map((s) => s.toString(36)).join(',');
    lines.push(kin !== '' ? `${word}\t${scores}\t${senses}\t${kin}` : senses === '' ? `${word}\t${scores}` : `${word}\t${scores}\t${senses}`);
  }
  return lines.join('\n');
}

/** Read access to the vocabulary: a Map at build time, a lazily parsed table at run time. */
export interface Vocabulary {
  get(word: string): WordRecord | undefined;
}

const ids = (text: string): number[] => (text === '' ? [] : text.split(',').map((s) => parseInt(s, 36)));

function parseRecord(scoreText: string, senseText: string, kinText: string): WordRecord {
  const score = (i: number): number => {
    const c = scoreText.charAt(i);
    return c === NO_POS || c === '' ? -1 : parseInt(c, 36);
  };
  return { scores: [score(0), score(1), score(2)], senses: ids(senseText), kin: ids(kinText) };
}

/**
 * Decode packed words without building a map of all 20,000: the lines are sorted, so a lookup
 * is a binary search, and a found record is parsed once and kept. Start-up is one split.
 */
export function decodeWords(packed: string): Vocabulary {
  const lines = packed.split('\n');
  const wordOf = (line: string): string => line.slice(0, line.indexOf('\t') >>> 0);
  const parsed = new Map<string, WordRecord | null>();
  return {
    get(word) {
      const known = parsed.get(word);
      if (known !== undefined) return known ?? undefined;
      let lo = 0;
      let hi = lines.length - 1;
      let found: WordRecord | null = null;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const line = lines[mid] ?? '';
        const key = wordOf(line);
        if (key === word) {
          const [, scoreText = '', senseText = '', kinText = ''] = line.split('\t');
          found = parseRecord(scoreText, senseText, kinText);
          break;
        }
        if (key < word) lo = mid + 1;
        else hi = mid - 1;
      }
      if (parsed.size < 100_000) parsed.set(word, found);
      return found ?? undefined;
    },
  };
}

/** Encode a string-to-string map as `key<SEP>value` lines in key order. */
export function encodePairs(pairs: ReadonlyMap<string, string>, separator = ' '): string {
  return [...pairs.keys()]
    .sort()
    .map((key) => `${key}${separator}${pairs.get(key) ?? ''}`)
    .join('\n');
}

export function decodePairs(packed: string, separator = ' '): Map<string, string> {
  const pairs = new Map<string, string>();
  if (packed === '') return pairs;
  for (const line of packed.split('\n')) {
    const at = line.indexOf(separator);
    pairs.set(line.slice(0, at), line.slice(at + separator.length));
  }
  return pairs;
}

/** Encode groups (a name and its members) as `name<TAB>member member …` lines. */
export function encodeGroups(groups: ReadonlyMap<string, readonly string[]>): string {
  return [...groups].map(([name, members]) => `${name}\t${members.join(' ')}`).join('\n');
}

export function decodeGroups(packed: string): Map<string, readonly string[]> {
  return new Map(
    [...decodePairs(packed, '\t')].map(([name, members]) => [name, members === '' ? [] : members.split(' ')]),
  );
}
