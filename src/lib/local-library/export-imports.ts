import { formatDigestCollection } from '../../engine/index.ts';
import { IMPORTED_PREFIX } from './ids.ts';
import { readLocalLibrary, type DamagedRecord } from './library-store.ts';

export interface ImportsExport {
  text: string;
  storyCount: number;
  fileName: string;
  /** Records that could not be read, so are not in the file: the page says so. */
  damaged: DamagedRecord[];
}

/**
 * Every imported story as digest text (engine/digest/format-digest.ts), one file with a
 * separator line before each story. Importing the file again gives the same stories, under
 * the same ids (each digest is named after its story). Damaged records cannot be written out:
 * they are returned, named, for the page to report.
 */
export async function exportImportedDigests(now: Date = new Date()): Promise<ImportsExport> {
  const { stories, damaged } = await readLocalLibrary();
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
  return { text, storyCount: stories.length, damaged, fileName: `parallax-imports-${now.toISOString().slice(0, 10)}.txt` };
}
