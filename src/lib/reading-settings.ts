import { createStoredSettings } from './stored-settings.ts';

export const THEMES = ['light', 'dark', 'sepia'] as const;
export const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;

export type Theme = (typeof THEMES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];
export interface ReadingSettings {
  theme: Theme;
  textSize: TextSize;
}

/** The stored value if it is one of the allowed ones, else the fallback. */
function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.find((option) => option === value) ?? fallback;
}

/**
 * Two fields, each one of a few words: checked by membership rather than with zod, which the
 * first page then does not have to load (docs/decisions/006). Anything else falls back per field.
 */
function parseReadingSettings(stored: unknown): ReadingSettings {
  const fields: Record<string, unknown> = typeof stored === 'object' && stored !== null ? { ...stored } : {};
  return { theme: oneOf(THEMES, fields['theme'], 'light'), textSize: oneOf(TEXT_SIZES, fields['textSize'], 'medium') };
}

function prefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** The theme lives on the root element so every surface (and the scrollbar) follows it. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
  document.documentElement.style.colorScheme = theme === 'dark' ? 'dark' : 'light';
}

/** With nothing saved, the system's colour scheme decides the theme. */
const store = createStoredSettings<ReadingSettings>({
  key: 'parallax:reading-settings:v1',
  parse: parseReadingSettings,
  defaults: () => ({ theme: prefersDark() ? 'dark' : 'light', textSize: 'medium' }),
  onChange: (settings) => applyTheme(settings.theme),
});

export const loadReadingSettings = store.load;
export const saveReadingSettings = store.save;
export const useReadingSettings = store.use;
