import { describe, expect, it } from 'vitest';
import { marks } from './marked-pair.ts';

/**
 * Round 14t (decision 004): a highlight that runs on past its fact — a participle clause after
 * it, an aside inside it, a second statement coordinated before it (fact-span.ts). Small
 * invented reports, one event, a shared lead paragraph.
 */

describe('spans that run on (round 14t)', () => {
  it('leaves a lone word of a participle clause after a comma out of the highlight', () => {
    const [a] = marks(
      'The Orsund ferry capsized in heavy seas off the Brenvik coast at dawn, leaving the harbour closed.',
      'The Orsund ferry capsized in heavy seas off the Brenvik coast at dawn near the harbour.',
    );
    expect(a).toBe('The [[2:Orsund ferry capsized in heavy seas off the Brenvik coast at dawn]], leaving the harbour closed.');
  });

  it('leaves a lone word of a second verb joined by `and` out of the highlight', () => {
    const [a] = marks(
      'The Orsund ferry capsized in heavy seas off the Brenvik coast at dawn and blocked the harbour.',
      'The Orsund ferry capsized in heavy seas off the Brenvik coast at dawn near the harbour.',
    );
    expect(a).toBe('The [[2:Orsund ferry capsized in heavy seas off the Brenvik coast at dawn]] and blocked the harbour.');
  });

  it('leaves an aside between the fact’s words out of the highlight', () => {
    const [a] = marks(
      'The Veltra line between Oskar and Brenna, the main rail link between the two northern provinces, was closed indefinitely after the flooding.',
      'The Veltra line between Oskar and Brenna was closed indefinitely after the flooding.',
    );
    expect(a).toBe('The [[2:Veltra line between Oskar and Brenna]], the main rail link between the two northern provinces, was [[2:closed indefinitely]] after the flooding.');
  });

  it('leaves a statement coordinated before the fact out of the highlight', () => {
    const [a] = marks(
      'The combined airline would operate 212 aircraft and carry almost 48 million passengers a year.',
      'The combined airline would carry around 48 million passengers a year.',
    );
    expect(a).toBe('The [[2:combined airline]] would operate 212 aircraft and [[2:carry almost 48 million passengers a year]].');
  });
});
