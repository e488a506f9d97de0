import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/engine/overlap/clauses.ts';
import { tokenize } from '../../../src/engine/text/tokens.ts';

const clauses = (text: string): string[] => splitClauses(text, tokenize(text)).map((clause) => `${clause.quoted ? 'Q' : '-'} ${text.slice(clause.start, clause.end)}`);

describe('splitClauses', () => {
  it('separates a quotation from its attribution', () => {
    expect(clauses('“We believe it has the intent to share space and satellite technology with the DPRK,” Blinken said.')).toEqual([
      'Q We believe it has the intent to share space and satellite technology with the DPRK',
      '- Blinken said',
    ]);
  });

  it('splits at subordinators and at a comma before a conjunction, not at “that” after a speech verb', () => {
    expect(
      clauses(
        'Russia may be close to sharing satellite technology with North Korea after the isolated nation supplied troops, officials said. He said Monday that talks failed, and that a deal is off.',
      ),
    ).toEqual([
      '- Russia may be close to sharing satellite technology with North Korea',
      '- after the isolated nation supplied troops, officials said',
      '- He said Monday that talks failed',
      '- and that a deal is off',
    ]);
  });

  it('does not break a clock time at its colons', () => {
    expect(clauses('She beat the previous record, 2:09:56, by 38 seconds. The talks ended: there will be no deal.')).toEqual([
      '- She beat the previous record, 2:09:56, by 38 seconds',
      '- The talks ended',
      '- there will be no deal',
    ]);
  });

  it('does not take an apostrophe for a closing quotation mark', () => {
    expect(clauses('“It’s not going to be, in Putin’s mind, game over,” he said.')).toEqual(['Q It’s not going to be, in Putin’s mind, game over', '- he said']);
  });
});

describe('attribution clauses', () => {
  const attributions = (text: string): string[] =>
    splitClauses(text, tokenize(text))
      .filter((clause) => clause.attribution)
      .map((clause) => text.slice(clause.start, clause.end));

  it('marks who said it and according to whom, not what was said', () => {
    expect(attributions('Turnout was 61%, the board said, up from 55% four years ago.')).toEqual(['the board said']);
    expect(attributions('Santana had 46.2% of the vote, according to final results from the Central Electoral Board.')).toEqual([
      'according to final results from the Central Electoral Board',
    ]);
    expect(attributions('Blinken said North Korean supplies of artillery, ammunition and troops are giving Russia the backing it needs.')).toEqual([]);
  });

  it('reopens a quotation carried over a paragraph break: a straight mark that opens a paragraph opens, it does not close', () => {
    const text = 'The coach said: "It hurts a lot right now.\n"I had my chances, and I did not take them."\nThe final ends on Sunday.';
    expect(clauses(text)).toEqual(['- The coach said', 'Q It hurts a lot right now', 'Q I had my chances', 'Q and I did not take them', '- The final ends on Sunday']);
  });

  it('ends a quotation left open at the end of its paragraph when the next paragraph opens no quotation', () => {
    const text = 'She said: "We are done asking them nicely.\nThe law takes effect next year.';
    expect(clauses(text)).toEqual(['- She said', 'Q We are done asking them nicely', '- The law takes effect next year']);
  });
});
