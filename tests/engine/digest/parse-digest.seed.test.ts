import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ParsedDigestSchema, parseDigest } from '../../../src/engine/index.ts';
import { addWindowsNoise, readFixture } from '../fixtures.ts';

const SEED = 'blinken-seoul-2025-01-06.txt';

const GoldSchema = z.object({
  digest: z.string(),
  articles: z.array(
    z.object({
      outlet: z.string(),
      outletLabel: z.string(),
      publishedAt: z.string(),
      headline: z.string().nullable(),
      caption: z.string().nullable(),
      credit: z.string().nullable(),
      source: z.string().nullable(),
      paragraphs: z.number().int(),
      firstParagraphStartsWith: z.string(),
      lastParagraphStartsWith: z.string(),
    }),
  ),
  comments: z.number().int().nullable(),
  facts: z.array(z.object({ id: z.string(), spans: z.record(z.string(), z.array(z.string())) })),
});

const gold = GoldSchema.parse(JSON.parse(readFixture('blinken-seoul-2025-01-06.gold.json')));
const seedText = readFixture(SEED);
const digest = parseDigest(seedText, { file: SEED });

describe('the seed digest', () => {
  it('is the digest the gold describes', () => {
    expect(gold.digest).toBe(SEED);
  });

  it('validates against the data contract', () => {
    expect(ParsedDigestSchema.safeParse(digest).success).toBe(true);
  });

  it('has the gold’s articles, in digest order', () => {
    expect(digest.articles.map((article) => article.outlet.label)).toEqual(gold.articles.map((article) => article.outletLabel));
  });

  describe.each(gold.articles.map((expected, index) => ({ expected, index, label: expected.outletLabel })))('article $index ($label)', ({ expected, index }) => {
    const article = () => {
      const found = digest.articles[index];
      if (found === undefined) throw new Error(`no article at position ${index}`);
      return found;
    };

    it('has the gold’s outlet, date, headline, caption, credit and source', () => {
      const actual = article();
      expect({
        outlet: actual.outlet.name,
        outletLabel: actual.outlet.label,
        publishedAt: actual.publishedAt,
        headline: actual.headline,
        caption: actual.caption,
        credit: actual.credit,
        source: actual.source,
      }).toEqual({
        outlet: expected.outlet,
        outletLabel: expected.outletLabel,
        publishedAt: expected.publishedAt,
        headline: expected.headline,
        caption: expected.caption,
        credit: expected.credit,
        source: expected.source,
      });
    });

    it('has the gold’s paragraphs', () => {
      const { paragraphs } = article();
      expect(paragraphs).toHaveLength(expected.paragraphs);
      expect(paragraphs[0]?.startsWith(expected.firstParagraphStartsWith)).toBe(true);
      expect(paragraphs.at(-1)?.startsWith(expected.lastParagraphStartsWith)).toBe(true);
    });

    it('marks a title derived from the lede exactly when the digest gives no headline', () => {
      const actual = article();
      if (expected.headline === null) {
        expect(actual.headlineDerived).toEqual(expect.any(String));
        expect(actual.paragraphs[0]).toContain((actual.headlineDerived ?? '').replace(/…$/u, ''));
      } else {
        expect(actual.headlineDerived).toBeNull();
      }
    });

    it('keeps the text as the paragraphs joined by a blank line, characters exactly as in the digest', () => {
      const actual = article();
      expect(actual.text).toBe(actual.paragraphs.join('\n\n'));
      for (const paragraph of actual.paragraphs) expect(seedText.split('\n')).toContain(paragraph);
    });
  });

  it('has the gold’s comment count', () => {
    expect(digest.story.comments).toBe(gold.comments);
  });

  it('has stable, readable ids', () => {
    expect(digest.story.id).toBe('blinken-seoul-2025-01-06');
    expect(digest.articles.map((article) => article.id)).toEqual(['blinken-seoul-2025-01-06--voa', 'blinken-seoul-2025-01-06--cnn']);
    expect(parseDigest(seedText, { file: SEED }).articles.map((article) => article.id)).toEqual(digest.articles.map((article) => article.id));
  });

  it('links each source', () => {
    expect(digest.articles.map((article) => article.sourceUrl)).toEqual(gold.articles.map((article) => (article.source === null ? null : `https://${article.source}`)));
  });

  describe.each(gold.facts.map((fact) => ({ fact, id: fact.id })))('fact $id', ({ fact }) => {
    it('has every span inside the right article’s text', () => {
      const entries = Object.entries(fact.spans);
      expect(entries.length).toBeGreaterThan(0);
      for (const [label, spans] of entries) {
        const article = digest.articles.find((candidate) => candidate.outlet.label === label);
        expect(article, `an article labelled ${label}`).toBeDefined();
        for (const span of spans) expect(article?.text, `${label}: “${span}”`).toContain(span);
      }
    });
  });

  it('parses the same with Windows line endings, a byte-order mark and trailing (non-breaking) spaces', () => {
    expect(parseDigest(addWindowsNoise(seedText), { file: SEED })).toEqual(digest);
  });
});
