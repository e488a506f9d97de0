import type { SearchDoc, SearchFilters } from '../../../src/lib/search/search-protocol.ts';

/**
 * The filters as the engine documents them (search-protocol.ts), written out again for the
 * reference searches the tests compare the engine with.
 */
export function passesFilters(doc: SearchDoc, filters: SearchFilters): boolean {
  return (
    (filters.outlet === null || doc.outlet === filters.outlet) &&
    (filters.story === null || doc.storyId === filters.story) &&
    (filters.from === null || doc.publishedAt >= filters.from) &&
    (filters.to === null || doc.publishedAt <= filters.to)
  );
}
