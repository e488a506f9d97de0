/**
 * The largest inputs the engine accepts, in one place: the parser and the comparison both check
 * them and fail with a clear error above them. docs/limits.md gives the times measured at these
 * sizes (scripts/measure-limits.ts) and what a reader sees above them.
 */

/**
 * The longest digest text (UTF-16 code units) the parser reads: parsing one this long takes
 * well under a second on any shape of text. A digest is one story; a collection of stories is
 * split into digests before parsing.
 */
export const MAX_DIGEST_CHARS = 1_000_000;

/**
 * The longest article text (UTF-16 code units) the parser accepts and the comparison takes:
 * about 16,000 words, the largest size `npm run bench` measures. Comparing two articles this
 * long takes a few seconds.
 */
export const MAX_ARTICLE_CHARS = 100_000;

/**
 * The most articles one digest may hold (digests seen hold 1 to 6). Every pair is compared, so
 * the work grows with the square of this number.
 */
export const MAX_ARTICLES_PER_DIGEST = 20;

/**
 * The longest file the app imports (UTF-16 code units): a collection of digests, as the export
 * writes, each within MAX_DIGEST_CHARS. Checked before the file is split into digests.
 */
export const MAX_IMPORT_FILE_CHARS = 20 * MAX_DIGEST_CHARS;
