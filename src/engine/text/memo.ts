/**
 * Work that is a pure function of an article's text (its tokens, clauses, figures, dates), kept
 * for the article's next comparison: the app compares one article with each of the story's
 * others, and each comparison used to read both texts afresh. A small cache, keyed by the text
 * itself (equal texts share their entries), bounded to the last `TEXT_MEMO_LIMIT` texts used.
 *
 * What it keeps is shared by every comparison of the text: callers must never change it (the
 * types say `readonly`). `npm run bench` empties it before every timed comparison, so a timing
 * never skips this work.
 */
export const TEXT_MEMO_LIMIT = 16;

/** Per text, what was computed of it, by kind (`tokens`, `dates:2025-01-06`, …). */
const memo = new Map<string, Map<string, unknown>>();

/**
 * What `compute` gives for `text`, computed once per text and `kind` while the text is among the
 * last `TEXT_MEMO_LIMIT` used. `compute` must be a pure function of `text` (and of what `kind`
 * names): the kind tells apart two computations of one text.
 */
export function memoByText<T>(text: string, kind: string, compute: () => T): T {
  let entries = memo.get(text);
  if (entries === undefined) {
    if (memo.size >= TEXT_MEMO_LIMIT) {
      // The least recently used text goes: a Map iterates in insertion order, and a text used
      // again is moved to the end below.
      const oldest = memo.keys().next();
      if (oldest.done !== true) memo.delete(oldest.value);
    }
    entries = new Map();
  } else memo.delete(text);
  memo.set(text, entries);
  if (entries.has(kind)) return entries.get(kind) as T;
  const value = compute();
  entries.set(kind, value);
  return value;
}

/** Forget every text (the benchmark times each comparison from nothing). */
export function clearTextMemo(): void {
  memo.clear();
}

/** How many texts are kept (for tests). */
export function textMemoSize(): number {
  return memo.size;
}
