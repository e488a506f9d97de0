import { describe, expect, it } from 'vitest';
import { firstNamesBefore } from '../../../src/engine/overlap/conflicts-people.ts';
import { pronounAntecedent } from '../../../src/engine/overlap/pronoun-antecedent.ts';

/** Round 28n (decision 004): whom a `He`/`She` opening a sentence stands for, read once for every reader. Invented sentences. */
const LEAD = 'Marta Kowal won the Harbour Open on Sunday. Ines Varga lost in the final. ';
/** The antecedent of the `She` that opens the last sentence of `text`. */
const of = (text: string): string | undefined => pronounAntecedent(text, text.lastIndexOf('She '), firstNamesBefore(text));

describe('the subject of the sentence before', () => {
  it('is the surname of the name that opens it, a title before it left out', () => {
    expect(of(LEAD + 'Kowal, 24, had never reached a final before. She beat Lucia Ferrer.')).toBe('kowal');
    expect(of(LEAD + 'Coach Anna Berg praised Kowal. She said the team was pleased.')).toBe('berg');
    expect(of(LEAD + 'Kim Van Oorschot reached the final. She beat Lucia Ferrer.')).toBe('oorschot');
  });

  it('is read after a sentence that ends in a quotation', () => {
    expect(of(LEAD + 'Kowal told reporters: “I felt strong all week.” She beat Lucia Ferrer.')).toBe('kowal');
  });

  it('is read whole across a decimal figure, a courtesy title or an initial', () => {
    expect(of(LEAD + 'Kowal earned 2.4 million euros this season. She beat Lucia Ferrer.')).toBe('kowal');
    expect(of(LEAD + 'Kowal thanked Dr. Anna Berg for her help. She beat Lucia Ferrer.')).toBe('kowal');
  });

  it('is read after an opening phrase set off by a comma', () => {
    expect(of(LEAD + 'In Madrid, Kowal reached her first final. She beat Lucia Ferrer.')).toBe('kowal');
    expect(of(LEAD + 'On Saturday, Kowal was untroubled. She beat Lucia Ferrer.')).toBe('kowal');
  });

  it('is the speaker of a quotation that opens it', () => {
    expect(of(LEAD + '“I felt strong all week,” Kowal said. She beat Lucia Ferrer.')).toBe('kowal');
    expect(of(LEAD + '“It was a long week,” said Coach Anna Berg. She praised the crowd.')).toBe('berg');
  });

  it('is handed on by a sentence that opens with a pronoun too', () => {
    expect(of(LEAD + 'Kowal dropped one set all week. She saved four break points on Friday. She beat Lucia Ferrer.')).toBe('kowal');
  });
});

describe('no antecedent where the sentence before tells no one subject', () => {
  it('is none without a name, for two people, or after a phrase with no comma', () => {
    expect(of(LEAD + 'The match lasted three hours. She beat Lucia Ferrer.')).toBeUndefined();
    expect(of(LEAD + 'Kowal and Varga shared a court in the final. She beat Lucia Ferrer.')).toBeUndefined();
    expect(of(LEAD + 'In Madrid the final was played indoors. She beat Lucia Ferrer.')).toBeUndefined();
  });

  it('is none where no sentence ends right before the pronoun', () => {
    const text = LEAD + 'Kowal won, and She beat Lucia Ferrer.';
    expect(of(text)).toBeUndefined();
  });
});
