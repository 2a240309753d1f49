import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Precompression } from '../../src/build/precompression';

describe('precompression in passes', () => {
  it('compresses each text file once, and in a later pass only the files written since', () => {
    const site = mkdtempSync(join(tmpdir(), 'mng-gz-'));
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>Home</title>');
    writeFileSync(join(site, 'card.png'), 'not text');
    const precompression = new Precompression();
    expect(precompression.compress(site)).toBe(1);
    // The search index comes after the first pass; the page's .gz is not written again.
    mkdirSync(join(site, 'pagefind'));
    writeFileSync(join(site, 'pagefind', 'pagefind.js'), 'export {}');
    writeFileSync(join(site, 'index.html.gz'), 'left alone');
    expect(precompression.compress(site)).toBe(1);
    expect(precompression.count).toBe(2);
    expect(gunzipSync(readFileSync(join(site, 'pagefind', 'pagefind.js.gz'))).toString()).toBe('export {}');
    expect(readFileSync(join(site, 'index.html.gz'), 'utf8')).toBe('left alone');
  });

  it('writes the same bytes on every build: gzip without a timestamp', () => {
    const [a, b] = [0, 1].map(() => {
      const site = mkdtempSync(join(tmpdir(), 'mng-gz-'));
      writeFileSync(join(site, 'guide.md'), '# A guide\n');
      new Precompression().compress(site);
      return readFileSync(join(site, 'guide.md.gz'));
    });
    expect(a).toEqual(b);
  });
});
