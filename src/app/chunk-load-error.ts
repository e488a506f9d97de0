/**
 * A piece of Parallax's code (a lazy chunk) could not be downloaded: offline before the app was
 * cached, or a new release removed the old file. Browsers reject the dynamic import with a
 * TypeError in their own words (Chromium, Firefox, Safari).
 */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof TypeError && /dynamically imported module|importing a module script failed|module script/i.test(error.message);
}
