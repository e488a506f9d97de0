import { describe, expect, it } from 'vitest';
import * as lexicon from '../../../src/engine/lexicon/index.ts';
import { lemmasRelated, relationKeys } from '../../../src/engine/overlap/conflicts-common.ts';

// Round 20d: the relation of two words by lemma, sense or frame has a pairwise form
// (`lemmasRelated`) and the keys an index finds it by (`relationKeys`, conflicts-people.ts
// `RelatedRoles`): the two must agree on every pair.
describe('lemmasRelated and relationKeys are one relation', () => {
  const words = ['minister', 'ministers', 'secretary', 'president', 'chairman', 'chair', 'head', 'leader', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'manager', 'director', 'officer', 'official', 'police', 'strike', 'walkout', 'said', 'told', 'killed', 'died', 'mayor', 'governor', 'senator', 'lawmaker', 'judge', 'attorney', 'lawyer', ''];
  it('relates two words exactly when their keys meet', () => {
    for (const a of words) {
      const keys = new Set(relationKeys(a, lexicon));
      for (const b of words) expect([a, b, relationKeys(b, lexicon).some((key) => keys.has(key))]).toEqual([a, b, lemmasRelated(a, b, lexicon)]);
    }
  });
  it('relates some pairs by sense or frame and leaves others apart', () => {
    expect(lemmasRelated('ministers', 'minister', lexicon)).toBe(true);
    expect(words.some((a) => words.some((b) => lexicon.lemmatize(a) !== lexicon.lemmatize(b) && lemmasRelated(a, b, lexicon)))).toBe(true);
    expect(lemmasRelated('judge', 'walkout', lexicon)).toBe(false);
  });
});
