import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPage as page, htmlSite as site } from '../support/html-site';
import { hashOf, openCheckCache } from '../../src/build/check-cache';
import { checkSite, startPageCheckThread } from '../../src/build/site-check';
import { AHEAD_FROM, startPageChecksAhead } from '../../src/build/page-checks-ahead';
import { checkPage } from '../../src/build/page-check';
import type { PageCheckWorkerData } from '../../src/build/page-check-worker';


/**
 * For the tests that start page-check threads: each loads html-validate (about 0.45 s of a core), and one
 * that starts three took 5 s beside a suite run three files at a time.
 */
const THREADS_TIMEOUT = 30_000;

/** A small site with one problem of each kind: a missing page, a missing id, invalid HTML. */
const FILES = {
  'index.html': page('<a href="/a/#part">part</a> <a href="/gone/">gone</a>'),
  'a/index.html': page('<h1 id="part">Part</h1><p id="x">1</p><p id="x">2</p>'),
  ...Object.fromEntries(Array.from({ length: 6 }, (_, n) => [`p${n}/index.html`, page(`<p>Page ${n}</p><a href="/a/">a</a>`)])),
};

describe('the built-site check', () => {
  it('finds the same problems in worker threads as in one thread, in page order', async () => {
    const dir = site(FILES);
    const alone = await checkSite(dir, 'https://example.org', { workers: 0 });
    expect(alone.broken).toEqual([{ page: 'index.html', href: '/gone/', reason: 'points to no file in the site' }]);
    expect(alone.invalid.map(({ page, rule }) => `${page} ${rule}`)).toEqual(['a/index.html no-dup-id']);
    expect(await checkSite(dir, 'https://example.org', { workers: 2 })).toEqual(alone);
  }, THREADS_TIMEOUT);

  it('compresses each page it validates in a thread into the precompression cache, the bytes of the page', async () => {
    const dir = site(FILES);
    const compressInto = mkdtempSync(join(tmpdir(), 'mng-gz-'));
    await checkSite(dir, 'https://example.org', { workers: 2, compressInto });
    const compressed = readdirSync(compressInto).map((name) => gunzipSync(readFileSync(join(compressInto, name))).toString());
    expect(compressed.sort()).toEqual(Object.values(FILES).sort());
  }, THREADS_TIMEOUT);

  it('reuses each unchanged page\'s result from the cache, finds the same, and re-checks links into a changed page', async () => {
    const dir = site(FILES);
    const cacheFile = join(mkdtempSync(join(tmpdir(), 'mng-cache-')), 'site-integrity.json');
    const cold = await checkSite(dir, 'https://example.org', { cacheFile });
    expect(cold.fromCache).toBe(0);
    const warm = await checkSite(dir, 'https://example.org', { cacheFile });
    expect(warm).toEqual({ ...cold, fromCache: cold.pages });

    // The heading index.html links to goes away: index.html is unchanged (cached), its link is still checked.
    writeFileSync(join(dir, 'a/index.html'), page('<h1 id="whole">Part</h1>'));
    const changed = await checkSite(dir, 'https://example.org', { cacheFile });
    expect(changed.fromCache).toBe(cold.pages - 1);
    expect(changed.invalid).toEqual([]);
    expect(changed.broken).toEqual([
      { page: 'index.html', href: '/a/#part', reason: 'points to #part, which is not an id on that page' },
      { page: 'index.html', href: '/gone/', reason: 'points to no file in the site' },
    ]);
  });

  it('reports progress after each page, cached or checked', async () => {
    const dir = site(FILES);
    const seen: string[] = [];
    await checkSite(dir, 'https://example.org', { onProgress: (done, total) => seen.push(`${done}/${total}`) });
    expect(seen).toEqual(Array.from({ length: 8 }, (_, n) => `${n + 1}/8`));
  });
});

describe('the check cache', () => {
  it('keeps results by key for the same rule version only, and drops what a run did not use', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mng-cache-')), 'checks.json');
    const first = openCheckCache<string[]>(file, 'rules 1');
    first.set('a', ['found in a']);
    first.set('b', []);
    first.save();
    const again = openCheckCache<string[]>(file, 'rules 1');
    expect(again.get('a')).toEqual(['found in a']);
    expect(again.hits).toBe(1);
    again.save();
    expect(openCheckCache<string[]>(file, 'rules 1').get('b')).toBeUndefined();
    expect(openCheckCache<string[]>(file, 'rules 2').get('a')).toBeUndefined();
  });

  it('starts empty from a damaged file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mng-cache-')), 'checks.json');
    writeFileSync(file, '{"version": "rules 1", "entr');
    expect(openCheckCache(file, 'rules 1').get('a')).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toContain('entr');
  });

  it('hashes parts so that moving a boundary changes the key', () => {
    expect(hashOf('ab', 'c')).not.toBe(hashOf('a', 'bc'));
    expect(hashOf('ab', 'c')).toBe(hashOf('ab', 'c'));
  });
});

describe('pages checked while Astro renders', () => {
  it('takes the results of pages checked while Astro rendered them, which the same check gave for the same bytes', async () => {
    const dir = site(FILES);
    const invalid = readFileSync(join(dir, 'a/index.html'), 'utf8');
    const compressInto = mkdtempSync(join(tmpdir(), 'mng-gz-'));
    const ahead = startPageChecksAhead({ compressInto });
    // The thread starts before the first page and takes it; the rest still wait when the render ends, and are dropped.
    ahead.expect(AHEAD_FROM + 2);
    ahead.submit(Buffer.from(invalid));
    ahead.submit(Buffer.from(invalid));
    for (let n = 0; n < 3; n++) ahead.submit(Buffer.from(page(`<p>Filler ${n}</p>`)));
    const { results: checkedAhead, thread } = await ahead.finish();
    await thread?.terminate();
    expect([...checkedAhead.keys()]).toEqual([hashOf(invalid)]);
    // The page it checked is compressed too, for the build's last step to take.
    expect(readdirSync(compressInto).map((name) => gunzipSync(readFileSync(join(compressInto, name))).toString())).toEqual([invalid]);
    expect(checkedAhead.get(hashOf(invalid))).toEqual(await checkPage(invalid, 'a/index.html'));
    const plain = await checkSite(dir, 'https://example.org', { workers: 0 });
    expect(await checkSite(dir, 'https://example.org', { workers: 0, checkedAhead })).toEqual({ ...plain, checkedAhead: 1 });
  }, THREADS_TIMEOUT);

  it('starts no thread for a small site: its pages are checked after the render', async () => {
    const ahead = startPageChecksAhead();
    ahead.expect(AHEAD_FROM - 1);
    for (let n = 0; n < AHEAD_FROM - 1; n++) ahead.submit(Buffer.from(page(`<p>Page ${n}</p>`)));
    expect(await ahead.finish()).toEqual({ results: new Map() });
  });

  it('hands its thread to the check after the render, which validates in it before starting any, and ends it', async () => {
    const dir = site(FILES);
    const plain = await checkSite(dir, 'https://example.org', { workers: 0 });
    const ahead = startPageChecksAhead();
    ahead.expect(AHEAD_FROM);
    const { thread } = await ahead.finish();
    expect(thread).toBeDefined();
    const ended = new Promise((resolve) => thread!.once('exit', resolve));
    const started: PageCheckWorkerData[] = [];
    const startThread = (workerData: PageCheckWorkerData) => {
      started.push(workerData);
      return startPageCheckThread(workerData);
    };
    // Few pages: this thread would validate them itself, but the idle thread is there.
    expect(await checkSite(dir, 'https://example.org', { idleThreads: [thread!], startThread })).toEqual(plain);
    expect(started).toEqual([]);
    await ended;
    // Two threads wanted: the idle one, and one started, which yields the cores from its start.
    const again = startPageChecksAhead();
    again.expect(AHEAD_FROM);
    const second = (await again.finish()).thread!;
    expect(await checkSite(dir, 'https://example.org', { workers: 2, idleThreads: [second], startThread })).toEqual(plain);
    expect(started).toEqual([{ yielding: true }]);
  }, THREADS_TIMEOUT);

  it('ends an idle thread it was given and did not need', async () => {
    const ahead = startPageChecksAhead();
    ahead.expect(AHEAD_FROM);
    const { thread } = await ahead.finish();
    const ended = new Promise((resolve) => thread!.once('exit', resolve));
    expect((await checkSite(site({}), 'https://example.org', { idleThreads: [thread!] })).pages).toBe(0);
    await ended;
  });
});
