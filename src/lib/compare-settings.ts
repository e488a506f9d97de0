import { z } from 'zod/mini';
import { createStoredSettings } from './stored-settings.ts';

/** How strict the comparison view is, remembered across visits like the reading settings. */
const CompareSettingsSchema = z.object({
  /** Facts below this confidence (0..1) are not highlighted. */
  minScore: z.catch(z.number().check(z.gte(0), z.lte(1)), 0),
  /** Tint the sentences only one report has. */
  tintUnique: z.catch(z.boolean(), false),
});
export type CompareSettings = z.infer<typeof CompareSettingsSchema>;

const store = createStoredSettings<CompareSettings>({
  key: 'parallax:compare-settings:v1',
  parse: (stored) => CompareSettingsSchema.parse(stored),
  defaults: () => ({ minScore: 0, tintUnique: false }),
});

export const loadCompareSettings = store.load;
export const saveCompareSettings = store.save;
export const useCompareSettings = store.use;
