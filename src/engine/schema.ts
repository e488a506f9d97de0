import { z } from 'zod';

/**
 * The one data contract. Everything the app shows, the build ships and the command line prints
 * is validated against these schemas; the TypeScript types are inferred from them.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date (YYYY-MM-DD)');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:--[a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'a lowercase slug');

export const OutletSchema = z.object({
  /** Proper name for display: `Voice of America`. */
  name: z.string().min(1),
  /** Short name for tight places: `VOA`. */
  short: z.string().min(1),
  /** The label exactly as the digest shouts it: `VOICE OF AMERICA`. */
  label: z.string().min(1),
  /** Whether the outlet came from the registry or was derived from the label. */
  known: z.boolean(),
});
export type Outlet = z.infer<typeof OutletSchema>;

export const DatelineSchema = z.object({
  /** `Published` or `Updated`, as the header says. */
  kind: z.enum(['published', 'updated']),
  /** The date part exactly as written: `Jan. 6, 2025`. */
  text: z.string().min(1),
  /** The time exactly as written (`3:05 PM ET`), or null when the header gives none. */
  time: z.string().min(1).nullable(),
});

export const ArticleSchema = z.object({
  id: slug,
  storyId: slug,
  /** 0-based position in the digest. */
  position: z.number().int().nonnegative(),
  outlet: OutletSchema,
  /** The date only, ISO, whether the header said Published or Updated. */
  publishedAt: isoDate,
  dateline: DatelineSchema,
  /** The headline as the digest gives it (a `RELATED:` line), or null when it gives none. */
  headline: z.string().min(1).nullable(),
  /** A title derived from the lede when the digest has no headline; null otherwise. */
  headlineDerived: z.string().min(1).nullable(),
  caption: z.string().min(1).nullable(),
  credit: z.string().min(1).nullable(),
  /** The bare host as given by `SOURCE:`, e.g. `www.voanews.com`. */
  source: z.string().min(1).nullable(),
  /** The source as a link: `https://www.voanews.com`. Only ever http(s). */
  sourceUrl: z.url({ protocol: /^https?$/ }).nullable(),
  paragraphs: z.array(z.string().min(1)).min(1),
  /** The paragraphs joined by a blank line; every character offset points into this. */
  text: z.string().min(1),
  wordCount: z.number().int().nonnegative(),
  /** 1-based line of the article's header in the source digest. */
  headerLine: z.number().int().positive(),
});
export type Article = z.infer<typeof ArticleSchema>;

export const StorySchema = z.object({
  id: slug,
  /** The digest's file name, when it came from a file. */
  file: z.string().min(1).nullable(),
  /** The first real headline among the articles, else the first derived title. */
  title: z.string().min(1),
  titleDerived: z.boolean(),
  /** The latest article date: when the story was last reported. */
  publishedAt: isoDate,
  articleIds: z.array(slug).min(1),
  /** From the trailer: `Be the first to comment` is 0; no trailer is null (unknown). */
  comments: z.number().int().nonnegative().nullable(),
});
export type Story = z.infer<typeof StorySchema>;

export const ParsedDigestSchema = z.object({
  story: StorySchema,
  articles: z.array(ArticleSchema).min(1),
});
export type ParsedDigest = z.infer<typeof ParsedDigestSchema>;

/** What the library needs about an article, without its body. */
export const ArticleSummarySchema = ArticleSchema.pick({
  id: true,
  storyId: true,
  position: true,
  outlet: true,
  publishedAt: true,
  headline: true,
  headlineDerived: true,
  wordCount: true,
}).extend({
  /** The first paragraph, shortened at a word boundary when long. */
  lede: z.string(),
  readingMinutes: z.number().int().positive(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const LibraryIndexSchema = z.object({
  version: z.literal(1),
  stories: z.array(
    StorySchema.extend({
      articles: z.array(ArticleSummarySchema).min(1),
    }),
  ),
});
export type LibraryIndex = z.infer<typeof LibraryIndexSchema>;
export type StoryEntry = LibraryIndex['stories'][number];

const SpanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((span) => span.end > span.start, 'a span ends after it starts');

export const ComparisonSchema = z.object({
  a: slug,
  b: slug,
  facts: z.array(
    z.object({
      id: z.string().min(1),
      a: z.array(SpanSchema).min(1),
      b: z.array(SpanSchema).min(1),
      kind: z.enum(['quote', 'number', 'paraphrase', 'entity', 'date']),
      score: z.number().min(0).max(1),
    }),
  ),
  conflicts: z.array(
    z.object({
      id: z.string().min(1),
      a: z.array(SpanSchema).min(1),
      b: z.array(SpanSchema).min(1),
      kind: z.enum(['number', 'date', 'name']),
      subject: z.string().min(1),
      values: z.tuple([z.string().min(1), z.string().min(1)]),
      note: z.string().min(1),
    }),
  ),
});
export type ComparisonData = z.infer<typeof ComparisonSchema>;

/** Every pair of one story's articles, computed at build time. */
export const StoryComparisonsSchema = z.object({
  storyId: slug,
  comparisons: z.array(ComparisonSchema),
});
export type StoryComparisons = z.infer<typeof StoryComparisonsSchema>;
