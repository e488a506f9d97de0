import { z } from 'zod/mini';
import { ArticleSchema, LibraryIndexSchema, StoryComparisonsSchema } from '../../engine/index.ts';

/**
 * Every kind of data the app reads from outside its own code (bundled files, stored imports),
 * by name. The names are what crosses to the validation worker: the schemas (and zod) stay on
 * its side, so the library's first page does not carry them (docs/decisions/006).
 */
export const SCHEMAS = {
  'library-index': LibraryIndexSchema,
  article: ArticleSchema,
  'story-comparisons': StoryComparisonsSchema,
} as const;

export type SchemaName = keyof typeof SCHEMAS;
export type Validated<Name extends SchemaName> = z.output<(typeof SCHEMAS)[Name]>;

export type ValidationResult<T = unknown> = { ok: true; data: T } | { ok: false; message: string };

function isSchemaName(name: unknown): name is SchemaName {
  return typeof name === 'string' && Object.hasOwn(SCHEMAS, name);
}

/**
 * Checks a payload against the named schema. A string is JSON text (a fetched file) and is
 * parsed first; anything else is an already-decoded value (a stored record). The message says
 * what is wrong and where, for the error the route shows.
 */
export function validatePayload(name: unknown, payload: unknown): ValidationResult {
  if (!isSchemaName(name)) return { ok: false, message: `There is no data schema called ${JSON.stringify(name)}.` };
  let value = payload;
  if (typeof payload === 'string') {
    try {
      value = JSON.parse(payload);
    } catch {
      return { ok: false, message: 'The data file is damaged (not valid JSON).' };
    }
  }
  const parsed = z.safeParse(SCHEMAS[name], value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const first = parsed.error.issues[0];
  const where = first === undefined ? '' : ` at ${first.path.join('.') || 'the top level'}: ${first.message}`;
  return { ok: false, message: `The data is not in the expected shape${where}.` };
}
