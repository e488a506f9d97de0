import { describe, expect, it } from 'vitest';
import { factTexts, pair } from './conflict-pairs.ts';

/** Round 24r (decision 004): recall on text by a new hand. Invented sentences. */
describe('a word one sentence repeats goes to the occurrence among the words it is told with', () => {
  const A = 'Lawmakers in Wellmouth approved a levy on sweetened cereals on Tuesday, Health Minister Ana Ruiz said in Port Calder. ';
  const B = 'Wellmouth has become the first state to tax sweetened cereals, Health Minister Ana Ruiz told reporters in Port Calder on Tuesday. ';
  it('reads `30 cents a kilo on cereals with between 10 and 20 grams` against `A lower 30 cent rate covers cereals with between ten and twenty grams`', () => {
    const [a, b] = pair(
      A + 'Under the law, makers and importers pay 60 cents a kilo on cereals containing more than 20 grams of sugar per 100 grams, and 30 cents a kilo on cereals with between 10 and 20 grams.',
      B + 'The charge of 60 cents a kilo applies to cereals with more than twenty grams of sugar per 100 grams. A lower 30 cent rate covers cereals with between ten and twenty grams.',
    );
    const facts = factTexts(a, b);
    // Paired by place, `cents`, `cereals` and `grams` of the second sentence went to the first
    // clause's, and the lower rate was read as a restatement of the higher one.
    expect(facts).toContain('30 cents a kilo on cereals with between 10 and 20 grams | 30 cent rate covers cereals with between ten and twenty grams');
    expect(facts).toContain('60 cents a kilo on cereals containing more than 20 grams of sugar per 100 grams | 60 cents a kilo applies to cereals with more than twenty grams of sugar per 100 grams');
  });
});
