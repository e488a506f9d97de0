const WORD = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu;

/** Count words the way a reader would: runs of letters and digits, with inner apostrophes. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** A lowercase ASCII slug: `Voice of America` → `voice-of-america`. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/g, '');
}
