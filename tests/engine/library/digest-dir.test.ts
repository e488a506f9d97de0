import { describe, expect, it } from 'vitest';
import { resolveBuildOptions, resolveDigestDir } from '../../../src/cli/vite-plugin-digests.ts';

describe('which digests the build reads', () => {
  it('reads PARALLAX_DIGESTS when set, else the bundled folder', () => {
    expect(resolveDigestDir('/bundled', {})).toBe('/bundled');
    expect(resolveDigestDir('/bundled', { PARALLAX_DIGESTS: '' })).toBe('/bundled');
    expect(resolveDigestDir('/bundled', { PARALLAX_DIGESTS: '/tmp/corpus' })).toBe('/tmp/corpus');
  });

  it('takes PARALLAX_COMPARISONS=build|browser|auto and refuses anything else', () => {
    expect(resolveBuildOptions({})).toEqual({});
    expect(resolveBuildOptions({ PARALLAX_COMPARISONS: 'browser' })).toEqual({ comparisons: 'browser' });
    expect(() => resolveBuildOptions({ PARALLAX_COMPARISONS: 'later' })).toThrow(/build, browser or auto/);
  });
});
