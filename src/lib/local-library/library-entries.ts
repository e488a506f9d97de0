import { buildLibraryIndex, type StoryEntry } from '../../engine/index.ts';
import { LocalLibraryUnavailableError } from './database.ts';
import { readLocalLibrary, type DamagedRecord } from './library-store.ts';

export type LocalLibraryStatus =
  | { available: true; damaged: DamagedRecord[] }
  | { available: false; message: string };

export interface ImportedEntries {
  /** Built by the engine's own index builder, so they have exactly the bundled entries' shape. */
  entries: StoryEntry[];
  status: LocalLibraryStatus;
}

/** The imported stories as library entries; never throws (no local library: none, and why). */
export async function readImportedEntries(): Promise<ImportedEntries> {
  try {
    const { stories, damaged } = await readLocalLibrary();
    return { entries: buildLibraryIndex(stories).stories, status: { available: true, damaged } };
  } catch (error) {
    const message =
      error instanceof LocalLibraryUnavailableError
        ? error.message
        : `Imported stories could not be read (${error instanceof Error ? error.message : 'unknown error'}). The bundled library still works.`;
    return { entries: [], status: { available: false, message } };
  }
}
