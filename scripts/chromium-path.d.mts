/** The flags every headless Chromium here starts with. */
export declare const CHROMIUM_FLAGS: readonly string[];

/** Paths tried, in order, when CHROME_PATH is not set. */
export declare const CHROMIUM_CANDIDATES: readonly string[];

export interface FindChromiumOptions {
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
}

/**
 * Returns the path of a Chromium executable: $CHROME_PATH when set (throws if that file does
 * not exist), else the first of CHROMIUM_CANDIDATES that exists, else null.
 */
export declare function findChromium(options?: FindChromiumOptions): string | null;
