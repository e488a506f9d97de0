import type { ComparisonData, ParsedDigest } from '../../engine/index.ts';
import { freeStoryId, importedStoryId, renameStory } from './ids.ts';
import type { ImportedStory } from './library-store.ts';

/** A digest that parsed, as the preview shows it before anything is saved. */
export interface ImportCandidate {
  /** Stable within one preview. */
  key: string;
  file: string | null;
  /** As the parser gave it (its own ids). */
  digest: ParsedDigest;
  comparisons: ComparisonData[];
  /** `imported-<parser's story id>`. */
  storyId: string;
  /** An imported story already has this id: a re-import, which asks to replace it or keep both. */
  duplicate: boolean;
}

export type DuplicateChoice = 'replace' | 'keep-both';

export function toCandidates(parsed: readonly { file: string | null; digest: ParsedDigest; comparisons: ComparisonData[] }[], importedIds: ReadonlySet<string>): ImportCandidate[] {
  return parsed.map(({ file, digest, comparisons }, index) => {
    const storyId = importedStoryId(digest.story.id);
    return { key: `${index}:${storyId}`, file, digest, comparisons, storyId, duplicate: importedIds.has(storyId) };
  });
}

/**
 * The stories to save, with ids that collide with nothing: not a bundled story, not an imported
 * one (unless it replaces it), not another in the same batch. Returns which stored stories
 * they replace.
 */
export function planImport(
  candidates: readonly ImportCandidate[],
  choices: Readonly<Record<string, DuplicateChoice>>,
  taken: ReadonlySet<string>,
  now: Date = new Date(),
): { stories: ImportedStory[]; replacing: string[] } {
  const used = new Set(taken);
  const replacing: string[] = [];
  const stories = candidates.map((candidate): ImportedStory => {
    const replace = candidate.duplicate && choices[candidate.key] === 'replace' && !replacing.includes(candidate.storyId);
    let storyId = candidate.storyId;
    if (replace) replacing.push(storyId);
    else storyId = freeStoryId(candidate.storyId, used);
    used.add(storyId);
    const renamed = renameStory(candidate.digest, candidate.comparisons, storyId);
    return { ...renamed.digest, comparisons: renamed.comparisons, importedAt: now.toISOString() };
  });
  return { stories, replacing };
}
