import { describe, expect, it } from 'vitest';
import { withoutAccents } from '../../../src/engine/overlap/conflicts-common.ts';
import { plainWordsOf } from '../../../src/engine/overlap/plain-words.ts';
import { clearTextMemo } from '../../../src/engine/text/memo.ts';
import { generator } from './pairing-sides.ts';

/**
 * Round 21s (decision 004): less work per comparison at 1,000 words, the output unchanged (every
 * digest and the bench's pairs, byte for byte). These tests pin that each shortcut gives the
 * old answer.
 */

const random = generator(21);
const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const randomText = (pieces: readonly string[], length: number): string => Array.from({ length }, () => pick(pieces)).join('');

/** ASCII pieces, accented letters in both forms, combining marks alone, control characters, an astral letter. */
const PIECES = ['Tom', 'as ', 'Millaqueo', '-', ' ', '\t', '\n', '\r', ',', '.', 'á', 'a\u0301', '\u0301', 'É', 'ß', 'ﬁ', 'İ', '\u0000', '\u007f', '~', '𝐀', 'Ø', 'ñ', "'", '’'];

describe('withoutAccents', () => {
  const normalised = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

  it('equals the normaliser on random text, ASCII or not', () => {
    for (let trial = 0; trial < 2000; trial += 1) {
      const text = randomText(PIECES, Math.floor(random() * 12));
      expect(withoutAccents(text)).toBe(normalised(text));
    }
  });

  // Every character of the Basic Multilingual Plane, inside ASCII text: a shortcut that let through
  // a letter that decomposes (Greek `ά`, Vietnamese `Ạ`, beyond the random pieces) would differ.
  // (It replaces a test that ASCII comes back as it is, which no shortcut could fail: NFD leaves
  // ASCII unchanged.)
  it('equals the normaliser on every character of the Basic Multilingual Plane', () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const text = `Tom ${String.fromCharCode(code)}as`;
      if (withoutAccents(text) !== normalised(text)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });
});

describe('plainWordsOf: the words a report writes, read once per text', () => {
  // The reading conflicts-people.ts and conflicts-slot-values.ts each made of both whole reports.
  const oldReading = (text: string): Set<string> => {
    const words = new Set<string>();
    for (const word of text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{M}-]+/u)) {
      words.add(word);
      if (word.includes('-')) for (const part of word.split('-')) words.add(part);
    }
    return words;
  };

  it('equals the old reading on random text', () => {
    for (let trial = 0; trial < 500; trial += 1) {
      const text = randomText(PIECES, Math.floor(random() * 30));
      expect([...plainWordsOf(text)].sort()).toEqual([...oldReading(text)].sort());
    }
  });

  it('reads a text once while it is kept', () => {
    clearTextMemo();
    const text = 'Tomás Millaqueo-Quilapan said.';
    expect(plainWordsOf(text)).toBe(plainWordsOf(text));
    expect(plainWordsOf(text).has('tomas')).toBe(true);
    expect(plainWordsOf(text).has('quilapan')).toBe(true);
  });
});
