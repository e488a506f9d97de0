import { z } from 'zod/mini';
import { INDEX_PART_PATTERN, ISO_DATE_PATTERN, SLUG_PATTERN } from './schema-patterns.ts';

/**
 * The one data contract. Everything the app shows, the build ships and the command line prints
 * is validated against these schemas; the TypeScript types are inferred from them.
 */

/** The patterns, shared with the library index's fast check (src/lib/data/index-check.ts). */
export { INDEX_PART_PATTERN, ISO_DATE_PATTERN, SLUG_PATTERN };

const isoDate = z.string().check(z.regex(ISO_DATE_PATTERN, 'an ISO date (YYYY-MM-DD)'));
const nonEmpty = () => z.string().check(z.minLength(1));
const slug = z.string().check(z.regex(SLUG_PATTERN, 'a lowercase slug'));

export const OutletSchema = z.object({
  /** Proper name for display: `Voice of America`. */
  name: nonEmpty(),
  /** Short name for tight places: `VOA`. */
  short: nonEmpty(),
  /** The label exactly as the digest shouts it: `VOICE OF AMERICA`. */
  label: nonEmpty(),
  /** Whether the outlet came from the registry or was derived from the label. */
  known: z.boolean(),
});
export type Outlet = z.infer<typeof OutletSchema>;

export const DatelineSchema = z.object({
  /** `Published` or `Updated`, as the header says. */
  kind: z.enum(['published', 'updated']),
  /** The date part exactly as written: `Jan. 6, 2025`. */
  text: nonEmpty(),
  /** The time exactly as written (`3:05 PM ET`), or null when the header gives none. */
  time: z.nullable(nonEmpty()),
});

export const ArticleSchema = z.object({
  id: slug,
  storyId: slug,
  /** 0-based position in the digest. */
  position: z.int().check(z.nonnegative()),
  outlet: OutletSchema,
  /** The date only, ISO, whether the header said Published or Updated. */
  publishedAt: isoDate,
  dateline: DatelineSchema,
  /** The headline as the digest gives it (a `RELATED:` line), or null when it gives none. */
  headline: z.nullable(nonEmpty()),
  /** A title derived from the lede when the digest has no headline; null otherwise. */
  headlineDerived: z.nullable(nonEmpty()),
  caption: z.nullable(nonEmpty()),
  credit: z.nullable(nonEmpty()),
  /** The bare host as given by `SOURCE:`, e.g. `www.voanews.com`. */
  source: z.nullable(nonEmpty()),
  /** The source as a link: `https://www.voanews.com`. Only ever http(s). */
  sourceUrl: z.nullable(z.url({ protocol: /^https?$/ })),
  paragraphs: z.array(nonEmpty()).check(z.minLength(1)),
  /** The paragraphs joined by a blank line; every character offset points into this. */
  text: nonEmpty(),
  wordCount: z.int().check(z.nonnegative()),
  /** 1-based line of the article's header in the source digest. */
  headerLine: z.int().check(z.positive()),
});
export type Article = z.infer<typeof ArticleSchema>;

export const StorySchema = z.object({
  id: slug,
  /** The digest's file name, when it came from a file. */
  file: z.nullable(nonEmpty()),
  /** The first real headline among the articles, else the first derived title. */
  title: nonEmpty(),
  titleDerived: z.boolean(),
  /** The latest article date: when the story was last reported. */
  publishedAt: isoDate,
  articleIds: z.array(slug).check(z.minLength(1)),
  /** From the trailer: `Be the first to comment` is 0; no trailer is null (unknown). */
  comments: z.nullable(z.int().check(z.nonnegative())),
});
export type Story = z.infer<typeof StorySchema>;

export const ParsedDigestSchema = z.object({
  story: StorySchema,
  articles: z.array(ArticleSchema).check(z.minLength(1)),
});
export type ParsedDigest = z.infer<typeof ParsedDigestSchema>;

/** What the library needs about an article, without its body. */
export const ArticleSummarySchema = z.extend(
  z.pick(ArticleSchema, {
  id: true,
  storyId: true,
  position: true,
  outlet: true,
  publishedAt: true,
  headline: true,
  headlineDerived: true,
    wordCount: true,
  }),
  {
    /** The first paragraph, shortened at a word boundary when long. */
    lede: z.string(),
    readingMinutes: z.int().check(z.positive()),
  },
);
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

const StoryEntriesSchema = z.array(
  z.extend(StorySchema, {
    articles: z.array(ArticleSummarySchema).check(z.minLength(1)),
  }),
);

export const LibraryIndexSchema = z.object({
  version: z.literal(1),
  stories: StoryEntriesSchema,
  /**
   * A large library's further stories, in order, in files of their own (`index/<n>.json` under
   * the data folder): one file of 10,000 summaries would pass the precache's 2 MiB per file.
   * Absent when everything fits in this file (docs/decisions/009-search-and-scale.md).
   */
  parts: z.optional(z.array(z.string().check(z.regex(INDEX_PART_PATTERN, 'an index part path')))),
});
export type LibraryIndex = z.infer<typeof LibraryIndexSchema>;
export type StoryEntry = LibraryIndex['stories'][number];

/** One further part of a large library's index: stories, continuing the order of the first file. */
export const LibraryIndexPartSchema = z.object({ version: z.literal(1), stories: StoryEntriesSchema });
export type LibraryIndexPart = z.infer<typeof LibraryIndexPartSchema>;

const SpanSchema = z
  .object({ start: z.int().check(z.nonnegative()), end: z.int().check(z.nonnegative()) })
  .check(z.refine((span) => span.end > span.start, 'a span ends after it starts'));

export const ComparisonSchema = z.object({
  a: slug,
  b: slug,
  facts: z.array(
    z.object({
      id: nonEmpty(),
      a: z.array(SpanSchema).check(z.minLength(1)),
      b: z.array(SpanSchema).check(z.minLength(1)),
      kind: z.enum(['quote', 'number', 'paraphrase', 'entity', 'date']),
      score: z.number().check(z.gte(0), z.lte(1)),
    }),
  ),
  conflicts: z.array(
    z.object({
      id: nonEmpty(),
      a: z.array(SpanSchema).check(z.minLength(1)),
      b: z.array(SpanSchema).check(z.minLength(1)),
      kind: z.enum(['number', 'date', 'name']),
      subject: nonEmpty(),
      values: z.tuple([nonEmpty(), nonEmpty()]),
      note: nonEmpty(),
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
