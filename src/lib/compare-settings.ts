import { createStoredSettings } from './stored-settings.ts';

/** How strict the comparison view is, remembered across visits like the reading settings. */
export interface CompareSettings {
  /** Facts below this confidence (0..1) are not highlighted. */
  minScore: number;
  /** Tint the sentences only one report has. */
  tintUnique: boolean;
}

/**
 * Two fields, a number and a flag: checked by hand rather than with zod, so the compare page
 * evaluates no zod on the main thread (docs/decisions/006). A missing or damaged field falls
 * back to its default, the others are kept.
 */
export function parseCompareSettings(stored: unknown): CompareSettings {
  const fields: Record<string, unknown> = typeof stored === 'object' && stored !== null ? { ...stored } : {};
  const minScore = fields['minScore'];
  const tintUnique = fields['tintUnique'];
  return {
    minScore: typeof minScore === 'number' && minScore >= 0 && minScore <= 1 ? minScore : 0,
    tintUnique: typeof tintUnique === 'boolean' ? tintUnique : false,
  };
}

const store = createStoredSettings<CompareSettings>({
  key: 'parallax:compare-settings:v1',
  parse: parseCompareSettings,
  defaults: () => ({ minScore: 0, tintUnique: false }),
});

export const loadCompareSettings = store.load;
export const saveCompareSettings = store.save;
export const useCompareSettings = store.use;
