import { INDEX_PART_PATTERN, ISO_DATE_PATTERN, SLUG_PATTERN } from '../../engine/schema-patterns.ts';

/**
 * A fast check of the library index (and its parts) for the common case, a sound file: plain
 * loops over the parsed JSON instead of zod. At 10,035 articles zod took ~250 ms of the data
 * worker's time on the index's 6.3 MiB against ~90 ms to parse it, and the first card waits for
 * the check (docs/decisions/009). This check is never the last word: it only says "certainly
 * valid" (every rule of `LibraryIndexSchema` / `LibraryIndexPartSchema` holds) or "not sure",
 * and on "not sure" the zod schema decides and names what is wrong and where. So it may be
 * stricter than the schema, never looser (tests/lib/data/index-check.test.ts mutates every field
 * of an index and checks that whatever zod refuses, this refuses too).
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const nonEmpty = (value: unknown): boolean => isString(value) && value.length > 0;
const nullOrNonEmpty = (value: unknown): boolean => value === null || nonEmpty(value);
const slug = (value: unknown): boolean => isString(value) && SLUG_PATTERN.test(value);
const isoDate = (value: unknown): boolean => isString(value) && ISO_DATE_PATTERN.test(value);
const count = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;

function outletOk(outlet: unknown): boolean {
  return isObject(outlet) && nonEmpty(outlet['name']) && nonEmpty(outlet['short']) && nonEmpty(outlet['label']) && typeof outlet['known'] === 'boolean';
}

function summaryOk(article: unknown): boolean {
  return (
    isObject(article) &&
    slug(article['id']) &&
    slug(article['storyId']) &&
    count(article['position']) &&
    outletOk(article['outlet']) &&
    isoDate(article['publishedAt']) &&
    nullOrNonEmpty(article['headline']) &&
    nullOrNonEmpty(article['headlineDerived']) &&
    count(article['wordCount']) &&
    isString(article['lede']) &&
    count(article['readingMinutes']) &&
    (article['readingMinutes'] as number) > 0
  );
}

function storyOk(story: unknown): boolean {
  if (!isObject(story)) return false;
  const { articleIds, articles } = story;
  if (!Array.isArray(articleIds) || articleIds.length === 0 || !Array.isArray(articles) || articles.length === 0) return false;
  for (const id of articleIds) if (!slug(id)) return false;
  for (const article of articles) if (!summaryOk(article)) return false;
  return (
    slug(story['id']) &&
    nullOrNonEmpty(story['file']) &&
    nonEmpty(story['title']) &&
    typeof story['titleDerived'] === 'boolean' &&
    isoDate(story['publishedAt']) &&
    (story['comments'] === null || count(story['comments']))
  );
}

/** Whether `value` is certainly a valid library index (`parts` allowed) or index part (no `parts` read). */
export function certainlyValidIndex(value: unknown, kind: 'library-index' | 'library-index-part'): boolean {
  if (!isObject(value) || value['version'] !== 1 || !Array.isArray(value['stories'])) return false;
  if (kind === 'library-index' && value['parts'] !== undefined) {
    const parts = value['parts'];
    if (!Array.isArray(parts)) return false;
    for (const part of parts) if (!isString(part) || !INDEX_PART_PATTERN.test(part)) return false;
  }
  for (const story of value['stories'] as unknown[]) if (!storyOk(story)) return false;
  return true;
}
