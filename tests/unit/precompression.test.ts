import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressAhead, precompress, precompressionCacheFolder } from '../../src/build/precompression';

const folder = () => mkdtempSync(join(tmpdir(), 'mng-gz-'));

describe('precompression', () => {
  it('writes a .gz beside every text file, in subfolders too, and none beside images', async () => {
    const site = folder();
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>Home</title>');
    writeFileSync(join(site, 'card.png'), 'not text');
    mkdirSync(join(site, 'pagefind'));
    writeFileSync(join(site, 'pagefind', 'pagefind.js'), 'export {}');
    expect(await precompress(site)).toEqual({ files: 2, fromCache: 0 });
    expect(gunzipSync(readFileSync(join(site, 'pagefind', 'pagefind.js.gz'))).toString()).toBe('export {}');
    expect(gunzipSync(readFileSync(join(site, 'index.html.gz'))).toString()).toBe('<!doctype html><title>Home</title>');
    expect(() => readFileSync(join(site, 'card.png.gz'))).toThrow();
  });

  it('compresses a folder still being written once it is ready, after the rest, and fails with it', async () => {
    const site = folder();
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>Home</title>');
    mkdirSync(join(site, 'pagefind'));
    writeFileSync(join(site, 'pagefind', 'half-written.js'), 'export {');
    const seenWhenReady: string[] = [];
    const ready = async () => {
      seenWhenReady.push(...readdirSync(site));
      writeFileSync(join(site, 'pagefind', 'half-written.js'), 'export {}');
      writeFileSync(join(site, 'pagefind', 'pagefind-entry.json'), '{}');
    };
    expect(await precompress(site, folder(), { later: { folder: 'pagefind', ready } })).toEqual({ files: 3, fromCache: 0 });
    expect(seenWhenReady).toContain('index.html.gz');
    expect(gunzipSync(readFileSync(join(site, 'pagefind', 'half-written.js.gz'))).toString()).toBe('export {}');
    expect(gunzipSync(readFileSync(join(site, 'pagefind', 'pagefind-entry.json.gz'))).toString()).toBe('{}');

    const failing = async () => {
      throw new Error('Search index failed: Pagefind could not start');
    };
    await expect(precompress(folder(), undefined, { later: { folder: 'pagefind', ready: failing } })).rejects.toThrow('Search index failed');
  });

  it('writes the same bytes on every build: gzip without a timestamp', async () => {
    const [a, b] = await Promise.all(
      [0, 1].map(async () => {
        const site = folder();
        writeFileSync(join(site, 'guide.md'), '# A guide\n');
        await precompress(site);
        return readFileSync(join(site, 'guide.md.gz'));
      }),
    );
    expect(a).toEqual(b);
  });

  it('takes an unchanged file from the last build, compresses a changed one, and keeps only what this build used', async () => {
    const cacheDir = folder();
    const build = async (pages: Record<string, string>) => {
      const site = folder();
      for (const [name, text] of Object.entries(pages)) writeFileSync(join(site, name), text);
      return { site, result: await precompress(site, cacheDir) };
    };
    const clean = await build({ 'a.html': '<p>A</p>', 'b.html': '<p>B</p>' });
    expect(clean.result).toEqual({ files: 2, fromCache: 0 });
    const warm = await build({ 'a.html': '<p>A</p>', 'b.html': '<p>B, changed</p>' });
    expect(warm.result).toEqual({ files: 2, fromCache: 1 });
    expect(readFileSync(join(warm.site, 'a.html.gz'))).toEqual(readFileSync(join(clean.site, 'a.html.gz')));
    expect(gunzipSync(readFileSync(join(warm.site, 'b.html.gz'))).toString()).toBe('<p>B, changed</p>');
    // The old b.html's entry is gone: the cache holds this build's two files.
    expect(readdirSync(precompressionCacheFolder(cacheDir))).toHaveLength(2);
  });

  it('takes a page compressed ahead (while Astro rendered) when the file has those very bytes', async () => {
    const cacheDir = folder();
    compressAhead(precompressionCacheFolder(cacheDir), '<p>As rendered</p>');
    compressAhead(precompressionCacheFolder(cacheDir), '<p>Before the draft mark</p>');
    const site = folder();
    writeFileSync(join(site, 'a.html'), '<p>As rendered</p>');
    writeFileSync(join(site, 'b.html'), '<p>After the draft mark</p>');
    expect(await precompress(site, cacheDir)).toEqual({ files: 2, fromCache: 1 });
    expect(gunzipSync(readFileSync(join(site, 'a.html.gz'))).toString()).toBe('<p>As rendered</p>');
    expect(gunzipSync(readFileSync(join(site, 'b.html.gz'))).toString()).toBe('<p>After the draft mark</p>');
  });

  it('never hands on a kept file edited in place in a site that shared it', async () => {
    const cacheDir = folder();
    const first = folder();
    writeFileSync(join(first, 'a.html'), '<p>A</p>');
    await precompress(first, cacheDir);
    // The .gz in the first site and the kept file are one file: an edit in place changes both.
    writeFileSync(join(first, 'a.html.gz'), gzipSync('<p>Edited by hand</p>'), { flag: 'r+' });
    const second = folder();
    writeFileSync(join(second, 'a.html'), '<p>A</p>');
    expect(await precompress(second, cacheDir)).toEqual({ files: 1, fromCache: 0 });
    expect(gunzipSync(readFileSync(join(second, 'a.html.gz'))).toString()).toBe('<p>A</p>');
    const third = folder();
    writeFileSync(join(third, 'a.html'), '<p>A</p>');
    expect(await precompress(third, cacheDir)).toEqual({ files: 1, fromCache: 1 });
  });
});
