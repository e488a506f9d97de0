import { z } from 'zod/mini';
import { ComparisonSchema, ParsedDigestSchema } from '../engine/index.ts';

/**
 * The messages between the import page and the import worker, validated at both ends like the
 * comparison worker's (compare-worker-protocol.ts).
 */
const requestId = z.int().check(z.nonnegative());

export const ImportRequestSchema = z.object({
  requestId,
  /** A file's name, or null for pasted text (the story id then comes from its date and title). */
  files: z.array(
    z.object({
      /** The file's name (story ids come from it), or null: the story id then comes from its date and title. */
      name: z.nullable(z.string()),
      /** What error messages call it: the file name, “pasted text”, “the article form”. */
      label: z.string(),
      text: z.string(),
    }),
  ),
});
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

const ProblemSchema = z.object({
  line: z.int().check(z.nonnegative()),
  problem: z.string(),
  expected: z.string(),
  excerpt: z.nullable(z.string()),
});

/** One digest read from a file (a file may hold several, see splitDigestCollection). */
export const ParsedPartSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    /** The file it came from, or null for pasted text. */
    file: z.nullable(z.string()),
    digest: ParsedDigestSchema,
    comparisons: z.array(ComparisonSchema),
  }),
  z.object({
    ok: z.literal(false),
    /** What the error names: the file (and the digest inside it), or “pasted text”. */
    file: z.string(),
    /** Lines count from the top of the file. */
    problems: z.array(ProblemSchema).check(z.minLength(1)),
  }),
]);
export type ParsedPart = z.infer<typeof ParsedPartSchema>;

export const ImportResponseSchema = z.discriminatedUnion('ok', [
  z.object({ requestId, ok: z.literal(true), parts: z.array(ParsedPartSchema) }),
  z.object({ requestId, ok: z.literal(false), message: z.string() }),
]);
export type ImportResponse = z.infer<typeof ImportResponseSchema>;
