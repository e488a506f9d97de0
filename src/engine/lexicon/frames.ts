export interface FramePhraseMatch {
  readonly frames: readonly string[];
  readonly length: number;
}

export interface FrameIndex {
  /** Frames a single lemma belongs to ('kill' → ['death']). */
  readonly frameIds: (lemma: string) => readonly string[];
  /** Frames of a multi-word phrase of lemmas starting at lemmas[i] ('lay off' → ['layoff']). */
  readonly matchFramePhrase: (lemmas: readonly string[], i: number) => FramePhraseMatch | null;
}

const NONE: readonly string[] = Object.freeze([]);

/** Index frames given as frame → members; a member joins its lemmas with '_' when multi-word. */
export function createFrameIndex(frames: ReadonlyMap<string, readonly string[]>): FrameIndex {
  const byLemma = new Map<string, string[]>();
  const byPhrase = new Map<string, string[]>();
  /** The first lemma of every phrase: most words start none, and need no joined lookups. */
  const phraseStarts = new Set<string>();
  let longest = 0;
  for (const [frame, members] of frames) {
    for (const member of members) {
      const parts = member.split('_');
      longest = Math.max(longest, parts.length);
      if (parts.length > 1) phraseStarts.add(parts[0] ?? '');
      const index = parts.length > 1 ? byPhrase : byLemma;
      const key = parts.join(' ');
      const list = index.get(key) ?? [];
      if (!list.includes(frame)) list.push(frame);
      index.set(key, list);
    }
  }
  return {
    frameIds: (lemma) => byLemma.get(lemma) ?? NONE,
    matchFramePhrase: (lemmas, i) => {
      if (!phraseStarts.has(lemmas[i] ?? '')) return null;
      for (let length = Math.min(longest, lemmas.length - i); length >= 2; length -= 1) {
        const found = byPhrase.get(lemmas.slice(i, i + length).join(' '));
        if (found !== undefined) return { frames: found, length };
      }
      return null;
    },
  };
}
