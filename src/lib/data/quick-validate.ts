import { CompactIndexShapeError, decodeIndexPart } from '../../engine/library/compact-index.ts';
import { certainlyValidIndex } from './index-check.ts';
import type { ValidationFailure, ValidationResult } from './validators.ts';

/**
 * What the data worker can say of a payload without zod and the schemas (./validators.ts), so
 * its first module is small and the library's first answers do not wait for the schemas to be
 * fetched and evaluated (docs/decisions/009, session 10). Only "certainly valid" and faults found
 * while reading are said here; anything else is left to the schemas, which name what is wrong.
 */

/** Every kind of file the app fetches (`SCHEMAS` in ./validators.ts has a schema for each, and no other). */
export const SCHEMA_NAMES = ['library-index', 'library-index-part', 'article', 'story-comparisons'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

function isSchemaName(name: unknown): name is SchemaName {
  return typeof name === 'string' && (SCHEMA_NAMES as readonly string[]).includes(name);
}

/** A payload as a value: a string is JSON text (a fetched file) and is parsed; anything else is already a value. */
function parsePayload(payload: unknown): { ok: true; value: unknown } | ValidationFailure {
  if (typeof payload !== 'string') return { ok: true, value: payload };
  try {
    return { ok: true, value: JSON.parse(payload) };
  } catch {
    return { ok: false, reason: 'not-json' };
  }
}

/**
 * An index part decoded from its compact encoding (what the page shows, and what is checked), or
 * the fault that stops it, named where it is in the file (`stories.0.6.0.7 (lede)`).
 */
export function decodePart(value: unknown): { ok: true; value: unknown } | ValidationFailure {
  try {
    return { ok: true, value: decodeIndexPart(value) };
  } catch (error) {
    if (error instanceof CompactIndexShapeError) return { ok: false, reason: 'shape', where: error.where };
    throw error;
  }
}

/**
 * A library index or index part that the fast check passes (./index-check.ts) is valid as it is
 * (the schemas have no defaults or transforms); a part that cannot be decoded is refused. Null
 * for everything else: the schemas decide.
 */
function quickValidate(name: SchemaName, value: unknown): ValidationResult | null {
  if (name !== 'library-index' && name !== 'library-index-part') return null;
  const decoded = name === 'library-index-part' ? decodePart(value) : { ok: true as const, value };
  if (!decoded.ok) return decoded;
  return certainlyValidIndex(decoded.value, name) ? { ok: true, data: decoded.value } : null;
}

/** A payload the schemas must judge: its kind, parsed. */
export interface NeedsSchema {
  ok: 'unsure';
  name: SchemaName;
  value: unknown;
}

/**
 * The first steps of every check, in the page's fallback (`validatePayload`) and in the data
 * worker alike: the schema's name, the JSON, and the fast check. Answers a verdict, or what the
 * schemas must judge (`judgeBySchema` in ./validators.ts, which the worker loads only then).
 */
export function validateQuickly(name: unknown, payload: unknown): ValidationResult | NeedsSchema {
  if (!isSchemaName(name)) return { ok: false, reason: 'unknown-schema', schema: String(name) };
  const parsed = parsePayload(payload);
  if (!parsed.ok) return parsed;
  return quickValidate(name, parsed.value) ?? { ok: 'unsure', name, value: parsed.value };
}
