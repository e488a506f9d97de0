import type { LibraryIndexPart, Outlet } from '../schema.ts';

/**
 * The compact encoding of a library index part (`data/index/<n>.json`, docs/decisions/009):
 * the same stories as a `LibraryIndexPart`, with half the bytes for the page to parse. Each
 * distinct outlet is written once in a table; stories and articles are tuples (no key names);
 * what the story already says is not repeated (an article's `storyId`, the story's
 * `articleIds`, the `<story id>--` every article id starts with). The page decodes it back to
 * a `LibraryIndexPart` right after parsing; the data worker decodes the same text and checks
 * the result against `LibraryIndexPartSchema`, so every rule of the schema still holds. A
 * damaged part is named where the fault is in the file, with the decoded field in words
 * (`stories.3.6.1.7 (lede)`, see `encodedPath`).
 */

/** [id after `<story id>--`, position, outlet (index in `outlets`), publishedAt, headline, headlineDerived, wordCount, lede, readingMinutes] */
export type CompactArticle = [string, number, number, string, string | null, string | null, number, string, number];
/** [id, file, title, titleDerived, publishedAt, comments, articles] */
export type CompactStory = [string, string | null, string, boolean, string, number | null, CompactArticle[]];

export interface CompactIndexPart {
  version: 2;
  outlets: Outlet[];
  stories: CompactStory[];
}

const ARTICLE_FIELDS = 9;
const STORY_FIELDS = 7;
/** Where each field of a decoded article or story sits in its tuple (see `CompactArticle`, `CompactStory`). */
const ARTICLE_SLOTS: Record<string, number> = { id: 0, position: 1, outlet: 2, publishedAt: 3, headline: 4, headlineDerived: 5, wordCount: 6, lede: 7, readingMinutes: 8 };
const STORY_SLOTS: Record<string, number> = { id: 0, file: 1, title: 2, titleDerived: 3, publishedAt: 4, comments: 5, articles: 6 };

/** Encodes a part (the build). Throws if the part breaks what the encoding leaves out. */
export function encodeIndexPart(part: LibraryIndexPart): CompactIndexPart {
  const outlets: Outlet[] = [];
  const outletNumbers = new Map<string, number>();
  const stories = part.stories.map((story): CompactStory => {
    const ids = story.articles.map((article) => article.id);
    if (ids.join('\n') !== story.articleIds.join('\n')) throw new Error(`index part: the story “${story.id}” lists other articles than it holds`);
    const articles = story.articles.map((article): CompactArticle => {
      const prefix = `${story.id}--`;
      if (article.storyId !== story.id || !article.id.startsWith(prefix)) throw new Error(`index part: the article “${article.id}” is not named after its story “${story.id}”`);
      const { name, short, label, known } = article.outlet;
      const key = JSON.stringify([name, short, label, known]);
      let outlet = outletNumbers.get(key);
      if (outlet === undefined) {
        outlet = outlets.length;
        outletNumbers.set(key, outlet);
        outlets.push({ name, short, label, known });
      }
      return [article.id.slice(prefix.length), article.position, outlet, article.publishedAt, article.headline, article.headlineDerived, article.wordCount, article.lede, article.readingMinutes];
    });
    return [story.id, story.file, story.title, story.titleDerived, story.publishedAt, story.comments, articles];
  });
  return { version: 2, outlets, stories };
}

/** The encoding's own shape is wrong (before any field is checked): where, in the encoded file. */
export class CompactIndexShapeError extends Error {
  override readonly name = 'CompactIndexShapeError';
  constructor(readonly where: string) {
    super(`not a compact index part${where}`);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Decodes a parsed part. Checks only the encoding's own shape (tuples of the right length, outlet
 * numbers in the table); the values are copied as they are, unchecked: check the result against
 * `LibraryIndexPartSchema` (the data worker does) before trusting it.
 */
export function decodeIndexPart(value: unknown): LibraryIndexPart {
  if (!isRecord(value)) throw new CompactIndexShapeError(' at the top level: expected an object');
  if (value['version'] !== 2) throw new CompactIndexShapeError(' at version: expected 2 (the compact encoding)');
  const { outlets, stories } = value;
  if (!Array.isArray(outlets)) throw new CompactIndexShapeError(' at outlets: expected an array');
  if (!Array.isArray(stories)) throw new CompactIndexShapeError(' at stories: expected an array');
  return {
    version: 1,
    stories: stories.map((story: unknown, s) => {
      if (!Array.isArray(story) || story.length !== STORY_FIELDS || !Array.isArray(story[6])) throw new CompactIndexShapeError(` at stories.${s}: expected a story of ${STORY_FIELDS} fields ending with its articles`);
      const [id, file, title, titleDerived, publishedAt, comments, encoded] = story as unknown[];
      const articles = (encoded as unknown[]).map((article: unknown, a) => {
        if (!Array.isArray(article) || article.length !== ARTICLE_FIELDS) throw new CompactIndexShapeError(` at stories.${s}.6.${a}: expected an article of ${ARTICLE_FIELDS} fields`);
        const [suffix, position, outletNumber, articleDate, headline, headlineDerived, wordCount, lede, readingMinutes] = article as unknown[];
        const outlet: unknown = typeof outletNumber === 'number' && Object.hasOwn(outlets, outletNumber) ? outlets[outletNumber] : undefined;
        if (outlet === undefined) throw new CompactIndexShapeError(` at stories.${s}.6.${a}.2: expected the number of an outlet in the table`);
        if (typeof id !== 'string' || typeof suffix !== 'string') throw new CompactIndexShapeError(` at stories.${s}.6.${a}.0: expected the article's name within its story`);
        return { id: `${id}--${suffix}`, storyId: id, position, outlet, publishedAt: articleDate, headline, headlineDerived, wordCount, lede, readingMinutes };
      });
      return { id, file, title, titleDerived, publishedAt, articleIds: articles.map((article) => article.id), comments, articles };
    }) as LibraryIndexPart['stories'],
  };
}

/**
 * Where a path in the decoded part (a zod issue's, such as `stories.0.articles.1.lede`) is in the
 * compact file it was decoded from: `stories.0.6.1.7 (lede)`, the decoded field kept in words.
 * Fields the decoder builds point at the article's name they are built from (an article's `id`
 * and `storyId`, a story's `articleIds.1` → `stories.0.6.1.0`); an outlet's fields at its entry
 * in the table (`outlets.2.name (outlet.name of stories.0.6.1)`). `encoded` is the parsed file,
 * already accepted by `decodeIndexPart`. A path it does not know is given as it is.
 */
export function encodedPath(encoded: unknown, path: readonly PropertyKey[]): string {
  const plain = path.map(String).join('.');
  const [top, s, field, a, ...rest] = path.map(String);
  if (top !== 'stories' || s === undefined || field === undefined) return plain;
  const story = `stories.${s}`;
  if (field === 'articleIds') return a === undefined ? `${story}.6 (articleIds, built from the articles)` : `${story}.6.${a}.0 (articleIds.${a}, built from the article's name)`;
  if (field !== 'articles' || a === undefined) return Object.hasOwn(STORY_SLOTS, field) ? `${story}.${STORY_SLOTS[field]} (${[field, a, ...rest].filter((key) => key !== undefined).join('.')})` : plain;
  const article = `${story}.6.${a}`;
  const [key, ...inner] = rest;
  if (key === undefined) return `${article} (article)`;
  if (key === 'id' || key === 'storyId') return `${article}.0 (${key}, built from the article's name)`;
  if (key === 'outlet' && inner.length > 0) {
    const tuple: unknown = isRecord(encoded) && Array.isArray(encoded['stories']) ? (encoded['stories'][Number(s)] as unknown[] | undefined)?.[6] : undefined;
    const outletNumber: unknown = Array.isArray(tuple) ? (tuple[Number(a)] as unknown[] | undefined)?.[2] : undefined;
    if (typeof outletNumber === 'number') return `outlets.${outletNumber}.${inner.join('.')} (outlet.${inner.join('.')} of ${article})`;
  }
  return Object.hasOwn(ARTICLE_SLOTS, key) ? `${article}.${ARTICLE_SLOTS[key]}${inner.map((k) => `.${k}`).join('')} (${[key, ...inner].join('.')})` : plain;
}
