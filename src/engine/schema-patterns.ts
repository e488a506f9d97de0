/**
 * The text patterns of the data contract (src/engine/schema.ts), in a module of their own with no
 * zod: the library index's fast check (src/lib/data/index-check.ts) uses them in the data
 * worker's first module, which must not evaluate the schemas (docs/decisions/009).
 */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:--[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
export const INDEX_PART_PATTERN = /^index\/\d+\.json$/;
