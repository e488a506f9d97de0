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

  it('splits at subordinators, at “that” after a speech verb, and at a comma before a conjunction', () => {
    expect(
      clauses(
        'Russia may be close to sharing satellite technology with North Korea after the isolated nation supplied troops, officials said. He said Monday that talks failed, and that a deal is off.',
      ),
    ).toEqual([
      '- Russia may be close to sharing satellite technology with North Korea',
      '- after the isolated nation supplied troops, officials said',
      '- He said Monday',
      '- that talks failed',
      '- and that a deal is off',
    ]);
  });

  it('does not take an apostrophe for a closing quotation mark', () => {
    expect(clauses('“It’s not going to be, in Putin’s mind, game over,” he said.')).toEqual(['Q It’s not going to be, in Putin’s mind, game over', '- he said']);
  });
});
