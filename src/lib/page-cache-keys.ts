import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { DATA_COLLECTIONS } from './collections';
import { getEveryGuide, type Guide } from './guides';
import { builtAssets, contentDataKey, guidePageKey } from './page-reuse';

/** The bytes of the images the guide's loader listed (src/lib/content-loader.ts), read beside its file. */
function imagesOf(guide: Guide): Uint8Array[] {
  const file = resolve(guide.entry.filePath ?? '');
  return (guide.entry.rendered?.metadata?.imagePaths ?? []).map((src) => readFileSync(join(dirname(file), src)));
}

let shared: Promise<{ content: string; assets: string }> | undefined;

/** What every guide's key shares, worked out once per build. */
function sharedParts(): Promise<{ content: string; assets: string }> {
  shared ??= (async () => {
    const guides = (await getEveryGuide()).map((guide) => ({ collection: guide.collection, id: guide.id, data: guide.data }));
    const data = (await Promise.all(DATA_COLLECTIONS.map(async (collection) => (await getCollection(collection)).map((entry) => ({ collection, id: entry.id, data: entry.data }))))).flat();
    return { content: contentDataKey([...guides, ...data]), assets: builtAssets() };
  })();
  return shared;
}

/** The `cacheKey` of a guide's page and of its Markdown copy (src/lib/page-reuse.ts says what it holds). */
export async function guideCacheKey(guide: Guide): Promise<string> {
  const { content, assets } = await sharedParts();
  return guidePageKey(content, assets, { collection: guide.collection, id: guide.id, body: guide.entry.body ?? '', data: guide.data, images: imagesOf(guide) });
}
