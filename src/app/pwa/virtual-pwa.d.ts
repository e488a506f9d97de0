/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  /** Whether this build precaches every article or caches them as read (vite.config.ts, src/app/pwa/offline-cache-policy.ts). */
  readonly PARALLAX_OFFLINE_ARTICLES?: 'precached' | 'when-read';
}
