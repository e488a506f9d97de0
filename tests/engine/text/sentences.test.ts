import { describe, expect, it } from 'vitest';
import { sliceRange, splitSentences } from '../../../src/engine/index.ts';

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

describe('splitSentences and “no.”', () => {
  it('reads No. as an abbreviation only before a number', () => {
    expect(sentences('The ship was No. 5 in line. The answer was no. Then it sailed.')).toEqual(['The ship was No. 5 in line.', 'The answer was no.', 'Then it sailed.']);
  });
});
