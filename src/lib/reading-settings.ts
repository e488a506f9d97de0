import { z } from 'zod/mini';
import { createStoredSettings } from './stored-settings.ts';

export const THEMES = ['light', 'dark', 'sepia'] as const;
export const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;

const ReadingSettingsSchema = z.object({
  theme: z.catch(z.enum(THEMES), 'light'),
  textSize: z.catch(z.enum(TEXT_SIZES), 'medium'),
});
export type ReadingSettings = z.infer<typeof ReadingSettingsSchema>;
export type Theme = ReadingSettings['theme'];
export type TextSize = ReadingSettings['textSize'];

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
  parse: (stored) => ReadingSettingsSchema.parse(stored),
  defaults: () => ({ theme: prefersDark() ? 'dark' : 'light', textSize: 'medium' }),
  onChange: (settings) => applyTheme(settings.theme),
});

export const loadReadingSettings = store.load;
export const saveReadingSettings = store.save;
export const useReadingSettings = store.use;
