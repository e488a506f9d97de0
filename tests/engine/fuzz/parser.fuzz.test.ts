import fc from 'fast-check';
import { describe, it } from 'vitest';
import { tryParseDigest } from '../../../src/engine/index.ts';
import { anyInputArb, hostileDigestArb } from './generators.ts';
import { checkParse } from './properties.ts';

/**
 * The fuzzer's parser property on a fixed seed (tests/setup/fast-check.ts; FC_SEED overrides),
 * small enough for `npm test`. `npm run fuzz` runs the same property on many seeds and many
 * more cases (scripts/fuzz.ts).
 */
const RUNS = 240;

describe('parser on hostile digests (fixed-seed fuzz)', () => {
  it('never throws but a DigestError, loses no line, keeps ids stable and unique, and is deterministic', () => {
    fc.assert(fc.property(anyInputArb(), ({ text }) => void checkParse(text)), { numRuns: RUNS });
  }, 60_000);

  it('reads well-formed digests with hostile text in them (markup, emoji, bidi, entities, long runs)', () => {
    fc.assert(
      fc.property(hostileDigestArb({ notText: false, edits: false }), ({ text }) => {
        if (checkParse(text) !== null) return;
        const result = tryParseDigest(text, { file: 'fuzz.txt' });
        throw new Error(`a digest with hostile prose (no characters that are not text) was rejected: ${result.ok ? '' : result.error.message}`);
      }),
      { numRuns: RUNS / 4 },
    );
  }, 60_000);
});
