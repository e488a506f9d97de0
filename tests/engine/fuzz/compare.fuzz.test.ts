import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tryParseDigest } from '../../../src/engine/index.ts';
import { comparedDigestArb, hostileDigestArb } from './generators.ts';
import { checkCompare, checkParse } from './properties.ts';

/**
 * The fuzzer's comparison properties on a fixed seed, small enough for `npm test`; `npm run
 * fuzz` runs them on many seeds and many more cases (scripts/fuzz.ts) and also times each pair
 * (5 s by default). Here no pair is timed: a shared, busy machine makes any timing flaky, and the
 * test's own time limit still stops a pair that runs away.
 */
const BUDGET = {};

describe('comparison of hostile articles (fixed-seed fuzz)', () => {
  it('reports sharing the same facts: spans inside the text, on character boundaries, mirrored, deterministic', () => {
    fc.assert(
      fc.property(comparedDigestArb(), ({ text }) => {
        const result = tryParseDigest(text, { file: 'fuzz.txt' });
        if (!result.ok) throw result.error;
        checkCompare(result.value.articles, BUDGET);
      }),
      { numRuns: 15 },
    );
  }, 120_000);

  it('every pair of a hostile digest that parses', () => {
    let compared = 0;
    fc.assert(
      fc.property(hostileDigestArb({ notText: false, edits: false }), ({ text }) => {
        const digest = checkParse(text);
        if (digest !== null) compared += checkCompare(digest.articles, BUDGET).pairs;
      }),
      { numRuns: 15 },
    );
    expect(compared).toBeGreaterThan(0);
  }, 120_000);
});
