import type { ManifestOptions } from 'vite-plugin-pwa';

/** The light and dark surfaces the app opens on (src/app/styles.css, index.html's theme-color). */
export const APP_COLOURS = {
  light: { theme: '#fbfbf9', background: '#fbfbf9' },
  dark: { theme: '#15171a', background: '#15171a' },
} as const;

/**
 * Parallax's web app manifest (vite-plugin-pwa writes it to dist/manifest.webmanifest). The icons
 * and screenshots are made by scripts/generate-pwa-assets.ts and committed under public/.
 *
 * A manifest has one theme and one background colour; the dark pair is given as the proposed
 * `user_preferences.color_scheme.dark` member (ignored where unsupported), and index.html's
 * theme-color meta tags carry both schemes for browsers that read those instead.
 */
export const webAppManifest: Partial<ManifestOptions> & { user_preferences: unknown } = {
  id: '/',
  name: 'Parallax',
  short_name: 'Parallax',
  description: 'Read one news story as several outlets told it, side by side. Works offline once visited.',
  lang: 'en',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  categories: ['news', 'books'],
  theme_color: APP_COLOURS.light.theme,
  background_color: APP_COLOURS.light.background,
  user_preferences: {
    color_scheme: {
      dark: { theme_color: APP_COLOURS.dark.theme, background_color: APP_COLOURS.dark.background },
    },
  },
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
  screenshots: [
    {
      src: '/screenshots/library-wide.png',
      sizes: '1280x800',
      type: 'image/png',
      form_factor: 'wide',
      label: 'The library: each story with every outlet’s report',
    },
    {
      src: '/screenshots/reader-narrow.png',
      sizes: '412x915',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'The reader: one report, set for long reading',
    },
  ],
};
