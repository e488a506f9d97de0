import { z } from 'zod/mini';
import { ArticleSchema, ComparisonSchema } from '../engine/index.ts';

/**
 * The messages between the page and the comparison worker. Both ends validate what they
 * receive: a worker is another program, and its answers are data like any file we fetch.
 */
export const CompareRequestSchema = z.object({
  requestId: z.int().check(z.nonnegative()),
  a: ArticleSchema,
  b: ArticleSchema,
});
export type CompareRequest = z.infer<typeof CompareRequestSchema>;

export const CompareResponseSchema = z.discriminatedUnion('ok', [
  z.object({ requestId: z.int().check(z.nonnegative()), ok: z.literal(true), comparison: ComparisonSchema }),
  z.object({ requestId: z.int().check(z.nonnegative()), ok: z.literal(false), message: z.string() }),
]);
export type CompareResponse = z.infer<typeof CompareResponseSchema>;
