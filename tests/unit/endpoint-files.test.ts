import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COPY_CACHE_FOLDER, startEndpointFiles } from '../../src/build/endpoint-files';
import { hashOf } from '../../src/build/check-cache';
import { precompressionCacheFolder } from '../../src/build/precompression';
import { writeMarkdownCopy, type MarkdownCopyJob } from '../../src/lib/markdown-copy';
import { socialCardFile, socialCardPng } from '../../src/lib/render-card';
import { NEUTRAL_CARD_BRAND } from '../../src/lib/social-card';
import { PROJECT_ROOT } from '../support/paths';
import { siteFile } from '../../src/lib/routes';
import { TEST_CLINIC_IDENTITY } from '../support/identities';

/** A guide's copy job: a body with a care card, a checklist and a link, and the facts the copy states. */
const job = (n: number, body = `Read the [warning signs](/aftercare/warning-signs/). Day ${n}.\n\n<CareCard level="urgent">\n\n- A fever\n\n</CareCard>\n\n<Checklist />\n`): MarkdownCopyJob => ({
  body,
  facts: {
    title: `Guide ${n}`,
    description: 'What to do.',
    url: `https://clinic.example/aftercare/guide-${n}/`,
    section: 'Aftercare',
    summary: ['Keep your skin clean.'],
    lastReviewed: new Date('2026-11-22'),
    nextReview: new Date('2027-11-22'),
    reviewer: { name: 'Dr Alex Rowe', credentials: 'MBBS', role: 'Dermatologist' },
    sources: [],
    checklist: [{ daysBefore: n % 7, action: 'Stop retinoid creams.' }],
    planUrl: 'https://clinic.example/plan/',
    locale: 'en',
  },
  site: TEST_CLINIC_IDENTITY,
  siteUrl: 'https://clinic.example/',
});

const copies = (count: number) => Array.from({ length: count }, (_, n) => ({ file: `aftercare/guide-${n}.md`, job: job(n) }));
const folders = () => {
  const dir = mkdtempSync(join(tmpdir(), 'endpoint-files-'));
  return { out: join(dir, 'site'), cache: join(dir, 'cache') };
};

/** Where copies are written, by the `threadFrom` that puts three of them there. */
const WHERE_COPIES_ARE_WRITTEN = [
  ['in the build’s thread', 100],
  ['in a worker thread', 1],
] as const;

describe('files written beside the render', () => {
  it.each(WHERE_COPIES_ARE_WRITTEN)('writes each Markdown copy %s as the route does, keeps it, and compresses it ahead', async (_where, threadFrom) => {
    const { out, cache } = folders();
    const run = startEndpointFiles(out, cache, { threadFrom });
    run.markdownCopies(copies(3));
    const written = await run.finish();
    expect(written).toMatchObject({ copies: 3, keptCopies: 0, cards: 0 });
    for (const [n, copy] of copies(3).entries()) {
      const markdown = readFileSync(join(out, copy.file), 'utf8');
      expect(markdown).toBe(writeMarkdownCopy(job(n)));
      const compressed = readdirSync(precompressionCacheFolder(cache)).filter((name) => name.startsWith(`${hashOf(markdown)}-`));
      expect(compressed).toHaveLength(1);
      expect(gunzipSync(readFileSync(join(precompressionCacheFolder(cache), compressed[0]!))).toString()).toBe(markdown);
    }
    expect(readdirSync(join(cache, COPY_CACHE_FOLDER))).toHaveLength(3);
  });

  it('copies what the last build kept, writes only what changed, and forgets what nobody asked for', async () => {
    const { out, cache } = folders();
    const first = startEndpointFiles(out, cache);
    first.markdownCopies(copies(3));
    await first.finish();
    const changed = copies(2);
    changed[1]!.job.facts.title = 'A new title';
    const again = join(out, '..', 'again');
    const second = startEndpointFiles(again, cache);
    second.markdownCopies(changed);
    expect(await second.finish()).toMatchObject({ copies: 2, keptCopies: 1 });
    expect(readFileSync(join(again, changed[0]!.file), 'utf8')).toBe(readFileSync(join(out, changed[0]!.file), 'utf8'));
    expect(readFileSync(join(again, changed[1]!.file), 'utf8')).toBe(writeMarkdownCopy(changed[1]!.job));
    expect(readFileSync(join(again, changed[1]!.file), 'utf8')).toContain('A new title');
    // The copy of the guide that is gone and the old copy of the changed one are no longer kept.
    expect(readdirSync(join(cache, COPY_CACHE_FOLDER))).toHaveLength(2);
  });

  it('puts each card from the card cache into its folder', async () => {
    const { out, cache } = folders();
    mkdirSync(cache);
    const kept = (bytes: number[]) => {
      const file = join(cache, `card-${bytes.join('-')}.png`);
      writeFileSync(file, new Uint8Array(bytes));
      return async () => file;
    };
    const run = startEndpointFiles(out, cache);
    run.socialCards([
      { file: 'social/site.png', kept: kept([1, 2]) },
      { file: 'social/es/aftercare/guia-1.png', kept: kept([3]) },
    ]);
    expect(await run.finish()).toMatchObject({ cards: 2 });
    expect([...readFileSync(join(out, 'social', 'es', 'aftercare', 'guia-1.png'))]).toEqual([3]);
  });

  it.each(WHERE_COPIES_ARE_WRITTEN)('fails the build with the file of a copy that could not be written %s', async (_where, threadFrom) => {
    const { out, cache } = folders();
    const run = startEndpointFiles(out, cache, { threadFrom });
    run.markdownCopies([...copies(1), { file: 'aftercare/broken.md', job: job(9, 'A tag that never ends <CareCard level="urgent">\n') }]);
    await expect(run.finish()).rejects.toThrow(/The Markdown copy aftercare\/broken\.md could not be written: /);
    expect(existsSync(join(out, 'aftercare', 'guide-0.md'))).toBe(true);
  });

  it('refuses a file whose path would leave the site', async () => {
    const { out, cache } = folders();
    const copiesRun = startEndpointFiles(out, cache);
    copiesRun.markdownCopies([{ file: '../outside.md', job: job(1) }]);
    await expect(copiesRun.finish()).rejects.toThrow('The Markdown copy ../outside.md could not be written: its path is outside the site');
    const cardsRun = startEndpointFiles(out, cache);
    cardsRun.socialCards([{ file: '../../outside.png', kept: async () => join(cache, 'never-read.png') }]);
    await expect(cardsRun.finish()).rejects.toThrow('../../outside.png could not be written: its path is outside the site');
    expect(existsSync(join(out, '..', 'outside.md'))).toBe(false);
  });

  it('fails the build with the file of a card that could not be made', async () => {
    const { out, cache } = folders();
    const run = startEndpointFiles(out, cache);
    run.socialCards([{ file: 'social/site.png', kept: () => Promise.reject(new Error('no font')) }]);
    await expect(run.finish()).rejects.toThrow('social/site.png could not be written: no font');
  });
});

describe('siteFile', () => {
  it('is a route’s path in the built site, without the base', () => {
    expect(siteFile('/aftercare/first-week.md', '/')).toBe('aftercare/first-week.md');
    expect(siteFile('/guide/aftercare/first-week.md', '/guide/')).toBe('aftercare/first-week.md');
    expect(siteFile('/guide/social/site.png', '/guide')).toBe('social/site.png');
  });
});

describe('kept files shared with a site', () => {
  it('are never reused once edited in place in a site', async () => {
    const { out, cache } = folders();
    const first = startEndpointFiles(out, cache);
    first.markdownCopies(copies(2));
    await first.finish();
    // Someone edits the built copy in place: the kept copy shares its bytes.
    const edited = join(out, copies(2)[0]!.file);
    writeFileSync(edited, 'Edited by hand.', { flag: 'r+' });
    const again = join(out, '..', 'again');
    const second = startEndpointFiles(again, cache);
    second.markdownCopies(copies(2));
    expect(await second.finish()).toMatchObject({ copies: 2, keptCopies: 1 });
    expect(readFileSync(join(again, copies(2)[0]!.file), 'utf8')).toBe(writeMarkdownCopy(job(0)));
    // The first site keeps what was written into it.
    expect(readFileSync(edited, 'utf8')).toMatch(/^Edited by hand\./);
  });

  it('never hands on a card edited in place in a site', async () => {
    const { out, cache } = folders();
    const paths = { root: PROJECT_ROOT, cacheDir: cache };
    const text = { title: 'Your first week', kicker: 'Aftercare', siteName: 'A clinic' };
    const drawn = await socialCardPng(text, NEUTRAL_CARD_BRAND, paths);
    const first = startEndpointFiles(out, cache);
    first.socialCards([{ file: 'social/site.png', kept: () => socialCardFile(text, NEUTRAL_CARD_BRAND, paths) }]);
    await first.finish();
    writeFileSync(join(out, 'social', 'site.png'), 'Edited by hand.', { flag: 'r+' });
    expect((await socialCardPng(text, NEUTRAL_CARD_BRAND, paths)).equals(drawn)).toBe(true);
  });
});
