import { useCallback, useSyncExternalStore } from 'react';
import { z } from 'zod/mini';

export const THEMES = ['light', 'dark', 'sepia'] as const;
export const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;

const ReadingSettingsSchema = z.object({
  theme: z.catch(z.enum(THEMES), 'light'),
  textSize: z.catch(z.enum(TEXT_SIZES), 'medium'),
});
export type ReadingSettings = z.infer<typeof ReadingSettingsSchema>;
export type Theme = ReadingSettings['theme'];
export type TextSize = ReadingSettings['textSize'];

const STORAGE_KEY = 'parallax:reading-settings:v1';
const DEFAULTS: ReadingSettings = { theme: 'light', textSize: 'medium' };
const listeners = new Set<() => void>();
let cached: { raw: string | null; value: ReadingSettings } | null = null;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: settings last for this page only
  }
}

function prefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** The saved settings; with nothing saved, the system's colour scheme decides the theme. */
export function loadReadingSettings(): ReadingSettings {
  const raw = readRaw();
  if (cached !== null && cached.raw === raw) return cached.value;
  let value: ReadingSettings = { ...DEFAULTS, theme: prefersDark() ? 'dark' : 'light' };
  if (raw !== null) {
    try {
      value = ReadingSettingsSchema.parse(JSON.parse(raw));
    } catch {
      // A damaged entry falls back to the defaults rather than breaking the page.
    }
  }
  cached = { raw, value };
  return value;
}

export function saveReadingSettings(patch: Partial<ReadingSettings>): void {
  const next = { ...loadReadingSettings(), ...patch };
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    cached = null;
  } catch {
    cached = { raw: readRaw(), value: next };
  }
  applyTheme(next.theme);
  for (const listener of listeners) listener();
}

/** The theme lives on the root element so every surface (and the scrollbar) follows it. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
  document.documentElement.style.colorScheme = theme === 'dark' ? 'dark' : 'light';
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent): void => {
    if (event.key === STORAGE_KEY) {
      applyTheme(loadReadingSettings().theme);
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useReadingSettings(): [ReadingSettings, (patch: Partial<ReadingSettings>) => void] {
  const settings = useSyncExternalStore(subscribe, loadReadingSettings, () => DEFAULTS);
  const update = useCallback((patch: Partial<ReadingSettings>) => saveReadingSettings(patch), []);
  return [settings, update];
}
