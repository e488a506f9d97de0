import { z } from 'zod/mini';
import type { SearchResponse } from './search-protocol.ts';

const requestId = z.int().check(z.nonnegative());
const text = z.string();

const SearchHitSchema = z.object({
  id: text,
  storyId: text,
  outlet: text,
  publishedAt: text,
  title: text,
  snippet: text,
  terms: z.array(text),
  imported: z.boolean(),
});

/**
 * What the search worker may answer. The page checks every answer like any other data that
 * crosses into it (issue #7): a worker is another program, and a broken one must fail clearly.
 */
export const SearchResponseSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('results'),
    requestId,
    results: z.object({ query: text, total: z.int().check(z.nonnegative()), hits: z.array(SearchHitSchema), indexed: z.int().check(z.nonnegative()), tookMs: z.number() }),
  }),
  z.object({ type: z.literal('error'), requestId, message: text }),
  z.object({ type: z.literal('superseded'), requestId }),
]);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails the type check if the schema and the protocol's type stop describing the same messages. */
export const SCHEMA_MATCHES_PROTOCOL: Same<z.output<typeof SearchResponseSchema>, SearchResponse> = true;
