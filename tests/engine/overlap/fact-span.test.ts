import { describe, expect, it } from 'vitest';
import { marks } from './marked-pair.ts';

/**
 * Round 12h (decision 004): a fact highlights the phrase that carries it, not a reporting frame
 * before it nor a lone word of a neighbouring clause (fact-span.ts). Small invented reports.
 */

describe('the phrase that carries a fact', () => {
  it('leaves a reporting frame whose speaker both name out of the highlight', () => {
    const [a, b] = marks(
      'The regional water authority said tests taken overnight had found no harmful bacteria in the reservoir.',
      'The water authority said its tests had found no harmful bacteria in the reservoir after the flood.',
    );
    expect(a).toBe('The regional water authority said [[2:tests taken overnight had found no harmful bacteria in the reservoir]].');
    expect(b).toBe('The water authority said its [[2:tests had found no harmful bacteria in the reservoir]] after the flood.');
  });

  it('keeps the speaker when more of what both report stands in the frame than after it', () => {
    const [a] = marks(
      'In a joint statement, the two foreign ministers said the talks would resume.',
      'In their joint statement, both foreign ministers said they were ready to meet again.',
    );
    expect(a).toBe('In a [[2:joint statement, the two foreign ministers said]] the talks would resume.');
  });

  it('leaves a lone word of a neighbouring clause out of the highlight', () => {
    const [a, b] = marks(
      'The breakaway riders were caught with 20 kilometres left, before a crash on the final descent split the peloton.',
      'Riders kept up a fast pace, while a crash on the final descent split the peloton into pieces.',
    );
    expect(a).toBe('The breakaway riders were caught with 20 kilometres left, before a [[2:crash on the final descent split the peloton]].');
    expect(b).toBe('Riders kept up a fast pace, while a [[2:crash on the final descent split the peloton]] into pieces.');
  });

  it('adds a restatement as the phrase that carries its words, not the stretch between them', () => {
    const [a, b] = marks(
      'Health officials linked the company’s products to a salmonella outbreak.',
      'Health authorities tied the products to a salmonella outbreak. Its products have been sold in Europe since 2009, when a salmonella outbreak hit the region.',
    );
    expect(a).toBe('[[2:Health officials linked the company’s products to a salmonella outbreak]].');
    expect(b).toBe('[[2:Health authorities tied the products to a salmonella outbreak]]. Its products have been sold in Europe since 2009, when a [[2:salmonella outbreak]] hit the region.');
  });
});
