import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-check';
import { checkGuidesLater } from '../../src/build/text-gates-later';
import { beforeRender, finishBeforeRender } from '../../src/build/before-render';
import { contentFixture } from '../support/fixture-content';

const TODAY = new Date('2026-12-04T10:00:00Z');
const storeDir = () => mkdtempSync(join(tmpdir(), 'mng-checks-'));
const LONG_SENTENCE = '\nA sentence that goes on and on and on and on and on and on and on and on and on and on and on and on and on and on and on without stopping for breath.\n';
const withLongSentence = { 'consultation/guide-1.mdx': (text: string) => `${text}${LONG_SENTENCE}` };

describe("the content check's gates, left for a thread while Astro bundles", () => {
  it('find in the thread exactly what the check finds itself, in its order, and keep it for the next build', async () => {
    const root = contentFixture(withLongSentence);
    const whole = checkContent(root, { today: TODAY });
    expect(whole.problems.length).toBeGreaterThan(0);

    const cacheDir = storeDir();
    const early = checkContent(root, { today: TODAY, cacheDir, laterFrom: 0 });
    expect(early.problems).toEqual([]);
    expect(early.later?.guides.map(({ guide }) => guide.file)).toEqual(whole.guides.map((guide) => guide.file));
    const progress: string[] = [];
    const found = await checkGuidesLater(early.later!, (done, total) => progress.push(`${done}/${total}`));
    expect(found).toEqual({ problems: whole.problems, warnings: whole.warnings });
    expect(progress.at(-1)).toBe(`${whole.guides.length}/${whole.guides.length}`);

    // What the thread found is kept: the next check has every guide's results and leaves nothing for later.
    const next = checkContent(root, { today: TODAY, cacheDir, laterFrom: 0 });
    expect(next.later).toBeUndefined();
    expect(next.guidesFromCache).toBe(whole.guides.length);
    expect({ problems: next.problems, warnings: next.warnings }).toEqual({ problems: whole.problems, warnings: whole.warnings });
  });

  it('run in the check itself when anything else has a problem, so that every problem is listed at once', () => {
    const root = contentFixture({ ...withLongSentence, 'consultation/guide-2.mdx': (text) => text.replace(/^title: .*$/m, 'title: ""') });
    const whole = checkContent(root, { today: TODAY });
    const early = checkContent(root, { today: TODAY, cacheDir: storeDir(), laterFrom: 0 });
    expect(early.later).toBeUndefined();
    expect(early.problems).toEqual(whole.problems);
    expect(early.problems.map((problem) => problem.file)).toEqual(expect.arrayContaining(['content/consultation/guide-1.mdx', 'content/consultation/guide-2.mdx']));
  });

  it('stay in the check when fewer guides than pay for a thread have no kept results: the one a rebuild changed', async () => {
    const root = contentFixture({});
    const guides = checkContent(root, { today: TODAY }).guides.length;
    const cacheDir = storeDir();
    expect(checkContent(root, { today: TODAY, cacheDir, laterFrom: guides + 1 }).later).toBeUndefined();
    const first = checkContent(root, { today: TODAY, cacheDir: storeDir(), laterFrom: 2 });
    expect(first.later?.guides).toHaveLength(guides);

    // The store of the first check holds every guide; one guide changes: one miss, below 2.
    writeFileSync(join(root, 'content', 'consultation', 'guide-2.mdx'), '\nOne more short line.\n', { flag: 'a' });
    const rebuilt = checkContent(root, { today: TODAY, cacheDir, laterFrom: 2 });
    expect(rebuilt.later).toBeUndefined();
    expect(rebuilt.guidesFromCache).toBe(guides - 1);
  });
});

describe('work that must pass before the render', () => {
  it('is awaited once, in the order it was registered, and its problem reaches the render', async () => {
    const seen: string[] = [];
    beforeRender(async () => void seen.push('first'));
    beforeRender(async () => {
      seen.push('second');
      throw new Error('a problem');
    });
    await expect(finishBeforeRender()).rejects.toThrow('a problem');
    await finishBeforeRender();
    expect(seen).toEqual(['first', 'second']);
  });
});
