import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from '../../src/build/precompression';

describe('precompression', () => {
  it('writes a .gz beside every text file, in subfolders too, and none beside images', () => {
    const site = mkdtempSync(join(tmpdir(), 'mng-gz-'));
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>Home</title>');
    writeFileSync(join(site, 'card.png'), 'not text');
    mkdirSync(join(site, 'pagefind'));
    writeFileSync(join(site, 'pagefind', 'pagefind.js'), 'export {}');
    expect(precompress(site)).toBe(2);
    expect(gunzipSync(readFileSync(join(site, 'pagefind', 'pagefind.js.gz'))).toString()).toBe('export {}');
    expect(() => readFileSync(join(site, 'card.png.gz'))).toThrow();
  });

  it('writes the same bytes on every build: gzip without a timestamp', () => {
    const [a, b] = [0, 1].map(() => {
      const site = mkdtempSync(join(tmpdir(), 'mng-gz-'));
      writeFileSync(join(site, 'guide.md'), '# A guide\n');
      precompress(site);
      return readFileSync(join(site, 'guide.md.gz'));
    });
    expect(a).toEqual(b);
  });
});
