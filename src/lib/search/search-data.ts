import { SearchManifestSchema, SearchShardSchema } from '../../engine/index.ts';
import type { SearchDoc } from './search-protocol.ts';

/** Where the build puts the search files (src/cli/build-data.ts), relative to the app's base URL. */
export const searchDataUrl = (path: string): string => `${import.meta.env.BASE_URL}data/${path}`;

async function fetchChecked(url: string): Promise<unknown> {
  const response = await fetch(url);
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || !type.includes('json')) throw new Error(`The search data is missing (${url}: ${response.status}).`);
  return response.json();
}

/** The bundled documents: the manifest, then every shard at once, each checked against its schema. */
export async function loadBundledDocs(): Promise<SearchDoc[]> {
  const manifest = SearchManifestSchema.parse(await fetchChecked(searchDataUrl('search/manifest.json')));
  const shards = await Promise.all(manifest.shards.map(async (path) => SearchShardSchema.parse(await fetchChecked(searchDataUrl(path)))));
  return shards.flatMap((shard) =>
    shard.docs.map(([id, storyId, outlet, publishedAt, title, body]) => ({ id, storyId, outlet, publishedAt, title, body, imported: false })),
  );
}
