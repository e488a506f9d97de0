import { formatDigestCollection } from '../../engine/index.ts';
import { IMPORTED_PREFIX } from './ids.ts';
import { readLocalLibrary } from './library-store.ts';

export interface ImportsExport {
  text: string;
  storyCount: number;
  fileName: string;
}

/**
 * Every imported story as digest text (engine/digest/format-digest.ts), one file with a
 * separator line before each story. Importing the file again gives the same stories, under
 * the same ids (each digest is named after its story).
 */
export async function exportImportedDigests(now: Date = new Date()): Promise<ImportsExport> {
  const { stories } = await readLocalLibrary();
  const text =
    stories.length === 0
      ? ''
      : formatDigestCollection(
          stories.map(({ story, articles }) => ({
            file: `${story.id.startsWith(IMPORTED_PREFIX) ? story.id.slice(IMPORTED_PREFIX.length) : story.id}.txt`,
            articles,
            comments: story.comments,
          })),
        );
  return { text, storyCount: stories.length, fileName: `parallax-imports-${now.toISOString().slice(0, 10)}.txt` };
}
