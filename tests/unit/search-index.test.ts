import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSearchIndexing } from '../../src/build/search-index';

const page = (title: string, words: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${words}</p></main></body></html>`;

function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'mng-search-'));
  mkdirSync(join(root, 'aftercare'));
  writeFileSync(join(root, 'index.html'), page('Home', 'Micro-needling, step by step.'));
  writeFileSync(join(root, 'aftercare', 'index.html'), page('Aftercare', 'Use a gentle cleanser on the first night.'));
  return root;
}

describe('the search index', () => {
  it('is written by Pagefind while the build’s own thread is busy, and counts the pages', async () => {
    const root = site();
    const out = join(root, 'pagefind');
    const indexing = startSearchIndexing();
    const pages = indexing.index(root, out);
    // The build's thread is busy after the render (the checks, the headers): this loop never lets its event
    // loop turn, so the index is only written if Pagefind is driven from elsewhere. Driven from here, each of
    // Pagefind's answers waited for the loop, and the index was written only after it.
    const deadline = Date.now() + 20_000;
    while (!existsSync(join(out, 'pagefind-entry.json')) && Date.now() < deadline);
    expect(existsSync(join(out, 'pagefind-entry.json'))).toBe(true);
    const { pages: indexed, ms } = await pages;
    expect(indexed).toBe(2);
    // How long Pagefind took, measured in its thread (this one may read the report much later).
    expect(ms).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')).languages).toHaveProperty('en');
  });

  it('fails, instead of waiting for ever, when Pagefind stops without answering', async () => {
    const root = site();
    // A file where the index folder should be: Pagefind panics, and its request is never answered.
    writeFileSync(join(root, 'pagefind'), 'not a folder');
    await expect(startSearchIndexing().index(root, join(root, 'pagefind'))).rejects.toThrow('Pagefind stopped before the index was written (its own message is above)');
  });

});
