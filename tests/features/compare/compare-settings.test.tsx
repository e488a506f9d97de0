import { describe, expect, it } from 'vitest';
import { parseCompareSettings } from '../../../src/lib/compare-settings.ts';

// The stored comparison settings are read without zod (the compare page loads none on the main
// thread): each field is checked on its own, and a damaged one falls back alone.
describe('compare settings: reading what was stored', () => {
  it('keeps valid settings', () => {
    expect(parseCompareSettings({ minScore: 0.5, tintUnique: true })).toEqual({ minScore: 0.5, tintUnique: true });
    expect(parseCompareSettings({ minScore: 0, tintUnique: false })).toEqual({ minScore: 0, tintUnique: false });
    expect(parseCompareSettings({ minScore: 1, tintUnique: false })).toEqual({ minScore: 1, tintUnique: false });
  });

  it('falls back per field: a damaged threshold keeps the tint, and the other way round', () => {
    expect(parseCompareSettings({ minScore: 1.5, tintUnique: true })).toEqual({ minScore: 0, tintUnique: true });
    expect(parseCompareSettings({ minScore: -0.1, tintUnique: true })).toEqual({ minScore: 0, tintUnique: true });
    expect(parseCompareSettings({ minScore: '0.5', tintUnique: true })).toEqual({ minScore: 0, tintUnique: true });
    expect(parseCompareSettings({ minScore: 0.7, tintUnique: 'yes' })).toEqual({ minScore: 0.7, tintUnique: false });
  });

  it('reads anything that is not an object as the defaults', () => {
    for (const stored of [null, 42, 'minScore', [0.5, true]]) expect(parseCompareSettings(stored)).toEqual({ minScore: 0, tintUnique: false });
  });
});
