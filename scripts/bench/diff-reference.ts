/** The benchmark's reference diff (scripts/bench.ts): jsdiff's `diffWords`, or diff-match-patch in word mode. */
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';

export type Reference = 'jsdiff' | 'dmp';
export const REFERENCE_NAMES: Record<Reference, string> = {
  jsdiff: 'jsdiff diffWords (defaults)',
  dmp: 'diff-match-patch word mode + cleanupSemantic (no timeout)',
};

/** Two texts as strings of one character per word (with its trailing space), and the words. */
export function wordsToChars(a: string, b: string): { chars1: string; chars2: string; words: string[] } {
  const words = [''];
  const codes = new Map<string, number>();
  const encode = (text: string): string => {
    let chars = '';
    for (const word of text.match(/\S+\s*|\s+/gu) ?? []) {
      let code = codes.get(word);
      if (code === undefined) {
        code = words.length;
        if (code > 0xffff) throw new RangeError('more distinct words than diff-match-patch word mode can encode');
        words.push(word);
        codes.set(word, code);
      }
      chars += String.fromCharCode(code);
    }
    return chars;
  };
  return { chars1: encode(a), chars2: encode(b), words };
}

/** The reference diff of two texts: the number of changes it found. */
export function referenceDiff(reference: Reference): (a: string, b: string) => number {
  if (reference === 'jsdiff') return (a, b) => diffWords(a, b).length;
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  return (a, b) => {
    const { chars1, chars2, words } = wordsToChars(a, b);
    const diffs = dmp.diff_main(chars1, chars2, false);
    dmp.diff_charsToLines_(diffs, words);
    dmp.diff_cleanupSemantic(diffs);
    return diffs.length;
  };
}
