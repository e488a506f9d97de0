import { describe, expect, it, vi } from 'vitest';
import { sliceRange, splitSentences } from '../../../src/engine/index.ts';
import { MAX_SENTENCE_CHARS, MAX_SENTENCE_WORDS } from '../../../src/engine/text/sentences.ts';
import { LINEAR_TIME_LIMIT_MS } from '../fixtures.ts';

function sentences(text: string): string[] {
  return splitSentences(text).map((range) => sliceRange(text, range));
}

describe('splitSentences', () => {
  it('splits at full stops, question marks and exclamation marks', () => {
    expect(sentences('The vote passed. Was it close? Yes! It was 51 to 48.')).toEqual(['The vote passed.', 'Was it close?', 'Yes!', 'It was 51 to 48.']);
  });

  it.each([
    ['U.S. Secretary of State Antony Blinken arrived. He spoke.', ['U.S. Secretary of State Antony Blinken arrived.', 'He spoke.']],
    ['The U.N. Security Council met. It adjourned.', ['The U.N. Security Council met.', 'It adjourned.']],
    ['The talks began Jan. 6 in Seoul. They ended Sept. 3.', ['The talks began Jan. 6 in Seoul.', 'They ended Sept. 3.']],
    ['Mr. Blinken met Mrs. Kim and Dr. Lee. They talked.', ['Mr. Blinken met Mrs. Kim and Dr. Lee.', 'They talked.']],
    ['Sen. Jane Doe and Gov. Ron DeSantis spoke. Crowds cheered.', ['Sen. Jane Doe and Gov. Ron DeSantis spoke.', 'Crowds cheered.']],
    ['John F. Kennedy Airport reopened. Flights resumed.', ['John F. Kennedy Airport reopened.', 'Flights resumed.']],
  ])('does not split at the abbreviations in %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('keeps closing quotation marks with their sentence', () => {
    expect(sentences('“We are ready.” The minister left. He said “no.” Then silence.')).toEqual(['“We are ready.”', 'The minister left.', 'He said “no.”', 'Then silence.']);
  });

  it('does not split inside numbers or before a lower-case word', () => {
    expect(sentences('Prices rose 3.5 percent. e.g. nothing else changed.')).toEqual(['Prices rose 3.5 percent. e.g. nothing else changed.']);
  });

  it('ends a sentence at a blank line, whatever ends the paragraph (a heading, a list, no full stop)', () => {
    const text = 'Polls closed at 8 p.m.\n\nresults are due Monday. Turnout was high\n\n“We won,” she said.\n\nThe count went on past Jan.\n\nIt ended at dawn.';
    expect(sentences(text)).toEqual(['Polls closed at 8 p.m.', 'results are due Monday.', 'Turnout was high', '“We won,” she said.', 'The count went on past Jan.', 'It ended at dawn.']);
  });

  it('keeps a sentence broken by a single line break whole', () => {
    expect(sentences('The vote\npassed. It was close.')).toEqual(['The vote\npassed.', 'It was close.']);
  });

  it('returns half-open ranges into the text, trimmed of white space', () => {
    const text = '  First one.   Second one.  ';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 12 },
      { start: 15, end: 26 },
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('   ')).toEqual([]);
    expect(splitSentences('')).toEqual([]);
  });
});

describe('splitSentences and times of day', () => {
  it('runs on after a.m. / p.m. when a bracket, a time zone, a weekday or a month follows', () => {
    expect(sentences('The storm hit at around 2 a.m. (1900 GMT on Saturday) while most residents slept.')).toHaveLength(1);
    expect(sentences('Polls closed at 8 p.m. ET and counting began.')).toHaveLength(1);
    expect(sentences('The blast came at 4 a.m. Monday, officials said.')).toHaveLength(1);
    expect(sentences('The ship sank before 6 a.m. March 3, the coastguard said.')).toHaveLength(1);
  });

  it('still ends a sentence at a.m. / p.m. before a new one', () => {
    expect(sentences('The quake struck at 2 a.m. Rescuers arrived at dawn.')).toEqual(['The quake struck at 2 a.m.', 'Rescuers arrived at dawn.']);
    expect(sentences('It ended at 9 p.m. “We are exhausted,” she said.')).toHaveLength(2);
  });
});

describe('splitSentences and “no.”', () => {
  it('reads No. as an abbreviation only before a number', () => {
    expect(sentences('The ship was No. 5 in line. The answer was no. Then it sailed.')).toEqual(['The ship was No. 5 in line.', 'The answer was no.', 'Then it sailed.']);
  });
});

describe('splitSentences on runs with no sentence end (MAX_SENTENCE_CHARS, MAX_SENTENCE_WORDS)', () => {
  const wellFormed = (text: string): boolean => !/[\uD800-\uDFFF]/u.test(text);

  it('leaves a sentence at the limits whole', () => {
    const words = Array.from({ length: MAX_SENTENCE_WORDS }, (_, index) => `w${index}`).join(' ');
    expect(sentences(`${words}.`)).toEqual([`${words}.`]);
  });

  it('counts words of any script and any separator against MAX_SENTENCE_WORDS', () => {
    // Sentences whose characters other than ASCII letters and digits are few are not read word by word: these are.
    const cyrillic = Array.from({ length: MAX_SENTENCE_WORDS + 1 }, () => 'слово').join(' ');
    expect(sentences(cyrillic).map((piece) => piece.split(' ').length)).toEqual([MAX_SENTENCE_WORDS, 1]);
    const dashed = Array.from({ length: MAX_SENTENCE_WORDS }, (_, index) => `w${index}`).join(' — ');
    expect(sentences(dashed)).toEqual([dashed]);
    const tight = Array.from({ length: MAX_SENTENCE_WORDS + 1 }, () => 'a').join('-');
    expect(sentences(tight).map((piece) => piece.match(/a/gu)?.length)).toEqual([MAX_SENTENCE_WORDS, 1]);
  });

  it('cuts a run of more words than MAX_SENTENCE_WORDS before a word', () => {
    const words = Array.from({ length: 2 * MAX_SENTENCE_WORDS + 5 }, (_, index) => `w${index}`);
    const pieces = sentences(words.join(' '));
    expect(pieces.map((piece) => piece.split(' ').length)).toEqual([MAX_SENTENCE_WORDS, MAX_SENTENCE_WORDS, 5]);
    expect(pieces.join(' ')).toBe(words.join(' '));
  });

  it('cuts a run longer than MAX_SENTENCE_CHARS before a word, and a longer word between characters', () => {
    const long = 'abcdefghi '.repeat(70).trim();
    for (const piece of sentences(long)) expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(sentences('a'.repeat(2 * MAX_SENTENCE_CHARS + 1)).map((piece) => piece.length)).toEqual([MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 1]);
  });

  it('never cuts inside a surrogate pair, and covers every character once', () => {
    for (const unit of ['🚀', 'a🚀', '𝒳𝒳 ', '“']) {
      const text = unit.repeat(1_500);
      const ranges = splitSentences(text);
      for (const range of ranges) expect(wellFormed(text.slice(range.start, range.end))).toBe(true);
      expect(ranges.map((range) => text.slice(range.start, range.end)).join('').replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
    }
  });

  // Bounded time, guarded by the test's own time limit rather than a timing assertion (speed is
  // measured by `npm run bench`): a quadratic split of this input takes minutes, not seconds.
  it('is linear on 100,000 characters without a sentence end', { timeout: LINEAR_TIME_LIMIT_MS }, () => {
    expect(splitSentences('A/B '.repeat(25_000)).length).toBeGreaterThan(100);
  });

  describe('reads each character a bounded number of times', () => {
    /**
     * The characters that global regular expressions read while splitting `text`: each search
     * from lastIndex to where its match ends (or to the end of the text, when none is found).
     * An operation count, not a timing: a split that searches to the end of the text once per
     * paragraph or per piece reads the text thousands of times over.
     */
    function charactersSearched(text: string): number {
      // The real exec, taken before the spy replaces it.
      const original = Object.getOwnPropertyDescriptor(RegExp.prototype, 'exec')?.value as (this: RegExp, input: string) => RegExpExecArray | null;
      const exec = (regex: RegExp, input: string): RegExpExecArray | null => original.call(regex, input);
      let searched = 0;
      const spy = vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, input: string) {
        const from = this.global || this.sticky ? this.lastIndex : 0;
        const match = exec(this, input);
        if (this.global || this.sticky) searched += (match === null ? input.length : match.index + match[0].length) - from;
        return match;
      });
      try {
        splitSentences(text);
      } finally {
        spy.mockRestore();
      }
      return searched;
    }

    it.each([
      // Paragraphs whose full stops are followed by a lower-case word: no sentence boundary anywhere.
      ['one-line paragraphs with no sentence end', 'a b. c\n\n'.repeat(12_500)],
      ['paragraphs of a single word', 'word\n\n'.repeat(16_000)],
      // No letters: no word to find anywhere, in pieces of MAX_SENTENCE_CHARS.
      ['a run of dashes', '—'.repeat(100_000)],
      ['paragraphs of dashes', `${'—'.repeat(50)}\n\n`.repeat(2_000)],
    ])('%s', (_name, text) => {
      expect(charactersSearched(text)).toBeLessThan(10 * text.length);
    });
  });
});
