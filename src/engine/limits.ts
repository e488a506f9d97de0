/**
 * The largest inputs the engine accepts, in one place: the parser and the comparison both check
 * them and fail with a clear error above them. The README's "Limits" section gives the times
 * measured at these sizes.
 */

/** The longest digest text (UTF-16 code units) the parser reads. */
export const MAX_DIGEST_CHARS = 2_000_000;

/** The longest article text (UTF-16 code units) the comparison takes. */
export const MAX_ARTICLE_CHARS = 1_500_000;
