import { z } from 'zod/mini';
import { ArticleSchema, LibraryIndexPartSchema, LibraryIndexSchema, StoryComparisonsSchema } from '../../engine/index.ts';
import { encodedPath } from '../../engine/library/compact-index.ts';
import { decodePart, validateQuickly, type SchemaName } from './quick-validate.ts';

/**
 * Every kind of file the app fetches, by name. The names are what crosses to the data worker:
 * the schemas (and zod) stay on its side, so the library's first page does not carry them
 * (docs/decisions/006), and even there they load only when a file needs them
 * (./quick-validate.ts).
 */
export const SCHEMAS = {
  'library-index': LibraryIndexSchema,
  'library-index-part': LibraryIndexPartSchema,
  article: ArticleSchema,
  'story-comparisons': StoryComparisonsSchema,
} as const satisfies Record<SchemaName, unknown>;

export type { SchemaName };
export type Validated<Name extends SchemaName> = z.output<(typeof SCHEMAS)[Name]>;

/** Why a payload was refused: not JSON at all, or JSON of the wrong shape (and where). */
export type ValidationFailure = { ok: false; reason: 'not-json' } | { ok: false; reason: 'shape'; where: string } | { ok: false; reason: 'unknown-schema'; schema: string };
export type ValidationResult<T = unknown> = { ok: true; data: T } | ValidationFailure;

/**
 * Checks a payload against the named schema. A string is JSON text (a fetched file) and is
 * parsed first; anything else is an already-parsed value. The library index and its parts go
 * through a fast check first (./quick-validate.ts): what it passes is valid as it is; anything
 * else is judged, and named, by zod (`judgeBySchema`).
 */
export function validatePayload(name: unknown, payload: unknown): ValidationResult {
  const verdict = validateQuickly(name, payload);
  return verdict.ok === 'unsure' ? judgeBySchema(verdict.name, verdict.value) : verdict;
}

/**
 * Judges an already-parsed value by the named schema alone, naming the first fault and where it
 * is. A library index part is decoded from its compact encoding (src/engine/library/compact-index.ts)
 * before it is checked, and a fault in it is named at its place in the encoded file.
 */
export function judgeBySchema(name: SchemaName, value: unknown): ValidationResult {
  const decoded = name === 'library-index-part' ? decodePart(value) : { ok: true as const, value };
  if (!decoded.ok) return decoded;
  const parsed = z.safeParse(SCHEMAS[name], decoded.value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const first = parsed.error.issues[0];
  if (first === undefined) return { ok: false, reason: 'shape', where: '' };
  const path = name === 'library-index-part' ? encodedPath(value, first.path) : first.path.map(String).join('.');
  return { ok: false, reason: 'shape', where: ` at ${path || 'the top level'}: ${first.message}` };
}
