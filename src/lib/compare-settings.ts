import { useCallback, useSyncExternalStore } from 'react';
import { z } from 'zod/mini';

/** How strict the comparison view is, remembered across visits like the reading settings. */
const CompareSettingsSchema = z.object({
  /** Facts below this confidence (0..1) are not highlighted. */
  minScore: z.catch(z.number().check(z.gte(0), z.lte(1)), 0),
  /** Tint the sentences only one report has. */
  tintUnique: z.catch(z.boolean(), false),
});
export type CompareSettings = z.infer<typeof CompareSettingsSchema>;

const STORAGE_KEY = 'parallax:compare-settings:v1';
const DEFAULTS: CompareSettings = { minScore: 0, tintUnique: false };
const listeners = new Set<() => void>();
let cached: { raw: string | null; value: CompareSettings } | null = null;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function loadCompareSettings(): CompareSettings {
  const raw = readRaw();
  if (cached !== null && cached.raw === raw) return cached.value;
  let value = DEFAULTS;
  if (raw !== null) {
    try {
      value = CompareSettingsSchema.parse(JSON.parse(raw));
    } catch {
      // A damaged entry falls back to the defaults.
    }
  }
  cached = { raw, value };
  return value;
}

export function saveCompareSettings(patch: Partial<CompareSettings>): void {
  const next = { ...loadCompareSettings(), ...patch };
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    cached = null;
  } catch {
    cached = { raw: readRaw(), value: next };
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent): void => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useCompareSettings(): [CompareSettings, (patch: Partial<CompareSettings>) => void] {
  const settings = useSyncExternalStore(subscribe, loadCompareSettings, () => DEFAULTS);
  const update = useCallback((patch: Partial<CompareSettings>) => saveCompareSettings(patch), []);
  return [settings, update];
}
