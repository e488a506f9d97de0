import { z } from 'zod/mini';
import { ArticleSchema, LibraryIndexPartSchema, LibraryIndexSchema, StoryComparisonsSchema } from '../../engine/index.ts';
import { CompactIndexShapeError, decodeIndexPart, encodedPath } from '../../engine/library/compact-index.ts';
import { certainlyValidIndex } from './index-check.ts';

/**
 * Every kind of file the app fetches, by name. The names are what crosses to the data worker:
 * the schemas (and zod) stay on its side, so the library's first page does not carry them
 * (docs/decisions/006).
 */
export const SCHEMAS = {
  'library-index': LibraryIndexSchema,
  'library-index-part': LibraryIndexPartSchema,
  article: ArticleSchema,
  'story-comparisons': StoryComparisonsSchema,
} as const;

export type SchemaName = keyof typeof SCHEMAS;
export type Validated<Name extends SchemaName> = z.output<(typeof SCHEMAS)[Name]>;

/** Why a payload was refused: not JSON at all, or JSON of the wrong shape (and where). */
export type ValidationFailure = { ok: false; reason: 'not-json' } | { ok: false; reason: 'shape'; where: string } | { ok: false; reason: 'unknown-schema'; schema: string };
export type ValidationResult<T = unknown> = { ok: true; data: T } | ValidationFailure;

function isSchemaName(name: unknown): name is SchemaName {
  return typeof name === 'string' && Object.hasOwn(SCHEMAS, name);
}

/**
 * Checks a payload against the named schema. A string is JSON text (a fetched file) and is
 * parsed first; anything else is an already-parsed value. A library index part is decoded
 * from its compact encoding (src/engine/library/compact-index.ts) before it is checked, and a
 * fault in it is named at its place in the encoded file. The library index and its parts go
 * through a fast check first (src/lib/data/index-check.ts): what it passes is valid as it is
 * (the schemas have no defaults or transforms); anything else is judged, and named, by zod.
 */
export function validatePayload(name: unknown, payload: unknown): ValidationResult {
  if (!isSchemaName(name)) return { ok: false, reason: 'unknown-schema', schema: String(name) };
  let value = payload;
  if (typeof payload === 'string') {
    try {
      value = JSON.parse(payload);
    } catch {
      return { ok: false, reason: 'not-json' };
    }
  }
  // An index part comes in the compact encoding: checked as the part it decodes to, which is what
  // the page shows, and a fault is named where it is in the file (`stories.0.6.0.7 (lede)`).
  const encoded = value;
  if (name === 'library-index-part') {
    try {
      value = decodeIndexPart(value);
    } catch (error) {
      if (error instanceof CompactIndexShapeError) return { ok: false, reason: 'shape', where: error.where };
      throw error;
    }
  }
  if ((name === 'library-index' || name === 'library-index-part') && certainlyValidIndex(value, name)) return { ok: true, data: value };
  const parsed = z.safeParse(SCHEMAS[name], value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const first = parsed.error.issues[0];
  if (first === undefined) return { ok: false, reason: 'shape', where: '' };
  const path = name === 'library-index-part' ? encodedPath(encoded, first.path) : first.path.map(String).join('.');
  return { ok: false, reason: 'shape', where: ` at ${path || 'the top level'}: ${first.message}` };
}
