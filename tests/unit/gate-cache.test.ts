import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCheckStore } from '../../src/build/check-cache';
import { writeWhole } from '../../src/lib/files';
import { checkContent } from '../../src/checks/content-check';
import { gateRulesVersion } from '../../src/checks/gate-cache';
import { contentFixture } from '../support/fixture-content';
import { PROJECT_ROOT } from '../support/paths';

const TODAY = new Date('2026-12-04T10:00:00Z');
const LATER = new Date('2031-01-01T10:00:00Z');
const storeDir = () => mkdtempSync(join(tmpdir(), 'mng-checks-'));
const findings = ({ problems, warnings }: ReturnType<typeof checkContent>) => ({ problems, warnings });

const LONG_SENTENCE = '\nA sentence that goes on and on and on and on and on and on and on and on and on and on and on and on and on and on and on without stopping for breath.\n';
const LINK_TO_MAINTENANCE_2 = '\nRead [the second maintenance guide](/maintenance/guide-2/) next.\n';

describe('check results kept by content hash and rule version', () => {
  it('a warm store gives the same problems and warnings, and re-checks only the guide that changed', () => {
    const root = contentFixture({ 'consultation/guide-1.mdx': (text) => `${text}${LONG_SENTENCE}` });
    const cacheDir = storeDir();
    const cold = checkContent(root, { today: TODAY, cacheDir });
    expect(cold.guidesFromCache).toBe(0);
    expect(cold.problems.length).toBeGreaterThan(0);
    const warm = checkContent(root, { today: TODAY, cacheDir });
    expect(warm.guidesFromCache).toBe(cold.guides.length);
    expect(warm.guidesParsed).toBe(0);
    expect(findings(warm)).toEqual(findings(cold));
    expect(warm.guides.map((guide) => [guide.data, guide.careCards, guide.references])).toEqual(cold.guides.map((guide) => [guide.data, guide.careCards, guide.references]));

    writeFileSync(join(root, 'content', 'consultation', 'guide-2.mdx'), '\nOne more short line.\n', { flag: 'a' });
    const changed = checkContent(root, { today: TODAY, cacheDir });
    expect(changed.guidesFromCache).toBe(cold.guides.length - 1);
    expect(changed.guidesParsed).toBe(1);
    expect(findings(changed)).toEqual(findings(checkContent(root, { today: TODAY })));
  });

  it('checks kept results against what the whole site is now: the review day, a removed page, a renamed heading', () => {
    const root = contentFixture({ 'consultation/guide-1.mdx': (text) => `${text}${LINK_TO_MAINTENANCE_2}Go to [its first part](/consultation/guide-2/#first-part).\n` });
    const cacheDir = storeDir();
    expect((checkContent(root, { today: TODAY, cacheDir })).problems).toEqual([]);

    // Another day: every text gate result is reused, and the overdue reviews are found all the same.
    const later = checkContent(root, { today: LATER, cacheDir });
    expect(later.guidesFromCache).toBe(later.guides.length);
    expect(later.problems.some((problem) => /overdue/.test(problem.message))).toBe(true);
    expect(findings(later)).toEqual(findings(checkContent(root, { today: LATER })));

    // The linked page is gone and the linked section renamed: the link from the unchanged guide is broken now.
    renameSync(join(root, 'content', 'maintenance', 'guide-2.mdx'), join(tmpdir(), `mng-moved-${process.pid}.mdx`));
    const guide = join(root, 'content', 'consultation', 'guide-2.mdx');
    writeFileSync(guide, readFileSync(guide, 'utf8').replace('## First part', '## Opening part'));
    const changed = checkContent(root, { today: TODAY, cacheDir });
    expect(changed.guidesParsed).toBe(1);
    expect(changed.problems.map((problem) => problem.message).join('\n')).toMatch(/links to \/maintenance\/guide-2\/, which is not a page[\s\S]*links to \/consultation\/guide-2\/#first-part, but that page has no section #first-part/);
    expect(findings(changed)).toEqual(findings(checkContent(root, { today: TODAY })));
  });

  it('a guide kept under another name is not parsed for its facts, and its text gates run on a tree parsed when they ask', () => {
    const root = contentFixture({ 'consultation/guide-1.mdx': (text) => `${text}${LONG_SENTENCE}` });
    const cacheDir = storeDir();
    checkContent(root, { today: TODAY, cacheDir });
    const folder = join(root, 'content', 'consultation');
    renameSync(join(folder, 'guide-1.mdx'), join(folder, 'guide-one.mdx'));
    const renamed = checkContent(root, { today: TODAY, cacheDir });
    expect(renamed.guidesParsed).toBe(0);
    expect(renamed.guidesFromCache).toBe(renamed.guides.length - 1);
    expect(renamed.problems.some((problem) => problem.file.endsWith('guide-one.mdx') && /a sentence has \d+ words/.test(problem.message))).toBe(true);
    expect(findings(renamed)).toEqual(findings(checkContent(root, { today: TODAY })));
  });

  it('two sites built from the same guides share one store: the second reads none of them again, and finds what is wrong on its own site', () => {
    const withLink = { 'consultation/guide-1.mdx': (text: string) => `${text}${LINK_TO_MAINTENANCE_2}` };
    const fullSite = contentFixture(withLink);
    // A clinic's site without one of the default guides: the link to it breaks there, and only there.
    const clinicSite = contentFixture({ ...withLink, 'maintenance/guide-2.mdx': null });
    const cacheDir = storeDir();
    expect((checkContent(fullSite, { today: TODAY, cacheDir })).problems).toEqual([]);
    const clinic = checkContent(clinicSite, { today: TODAY, cacheDir });
    expect(clinic.guidesParsed).toBe(0);
    expect(clinic.guidesFromCache).toBe(clinic.guides.length);
    expect(clinic.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/^links to \/maintenance\/guide-2\/, which is not a page of this site/)]);
    expect(findings(clinic)).toEqual(findings(checkContent(clinicSite, { today: TODAY })));
  });

  it('changes its rule version when the code of a gate changes', () => {
    const copy = mkdtempSync(join(tmpdir(), 'mng-src-'));
    cpSync(join(PROJECT_ROOT, 'src'), join(copy, 'src'), { recursive: true });
    const before = gateRulesVersion(join(copy, 'src'), copy);
    expect(gateRulesVersion(join(copy, 'src'), copy)).toBe(before);
    writeFileSync(join(copy, 'src', 'checks', 'sentence-length.ts'), '// a stricter rule\n', { flag: 'a' });
    expect(gateRulesVersion(join(copy, 'src'), copy)).not.toBe(before);
  });

  it('changes its rule version when the installed packages change', () => {
    const copy = mkdtempSync(join(tmpdir(), 'mng-src-'));
    cpSync(join(PROJECT_ROOT, 'src'), join(copy, 'src'), { recursive: true });
    const installed = join(copy, 'node_modules', '.package-lock.json');
    mkdirSync(join(copy, 'node_modules'));
    writeFileSync(installed, '{"packages":{"node_modules/retext-english":{"version":"5.0.0"}}}');
    const before = gateRulesVersion(join(copy, 'src'), copy);
    writeFileSync(installed, '{"packages":{"node_modules/retext-english":{"version":"5.1.0"}}}');
    expect(gateRulesVersion(join(copy, 'src'), copy)).not.toBe(before);
  });
});

describe('check store', () => {
  const packs = (dir: string) => readdirSync(join(dir, 'rules-1')).sort();

  it('keeps what each build found for every later opener, and drops the folders of other rule versions', () => {
    const dir = storeDir();
    mkdirSync(join(dir, 'old-rules'));
    writeFileSync(join(dir, 'old-rules', 'text-gates.1.json'), '{}');
    const first = openCheckStore<{ found: number }>(dir, 'rules-1', 'text-gates');
    expect(existsSync(join(dir, 'old-rules'))).toBe(false);
    expect(first.get('abc')).toBeUndefined();
    first.set('abc', { found: 2 });
    first.save();
    // Another build opening the same store (another clinic's, side by side) reads what the first kept.
    const second = openCheckStore<{ found: number }>(dir, 'rules-1', 'text-gates');
    expect(second.get('abc')).toEqual({ found: 2 });
    expect(second.hits).toBe(1);
    // Kinds do not mix, nothing is left half written, and a build that found nothing new writes nothing.
    expect(openCheckStore(dir, 'rules-1', 'parse').get('abc')).toBeUndefined();
    second.save();
    expect(packs(dir)).toEqual([expect.stringMatching(/^text-gates\.[\w-]+\.json$/)]);
  });

  it('merges its packs into one once there are many, keeping every result, and reads past a damaged pack', () => {
    const dir = storeDir();
    for (let build = 1; build <= 7; build++) {
      const store = openCheckStore<number>(dir, 'rules-1', 'parse');
      store.set(`key-${build}`, build);
      store.save();
    }
    expect(packs(dir)).toHaveLength(7);
    const eighth = openCheckStore<number>(dir, 'rules-1', 'parse');
    eighth.set('key-8', 8);
    eighth.save();
    expect(packs(dir)).toHaveLength(1);
    const later = openCheckStore<number>(dir, 'rules-1', 'parse');
    expect(Array.from({ length: 8 }, (_, index) => later.get(`key-${index + 1}`))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

    writeFileSync(join(dir, 'rules-1', 'parse.damaged.json'), '{"key-9": ');
    expect(openCheckStore<number>(dir, 'rules-1', 'parse').get('key-1')).toBe(1);
  });
});

describe('writeWhole', () => {
  it('leaves no partial file behind when the file cannot be named, and says why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mng-whole-'));
    // A folder that is not empty where the file should go: the rename fails.
    mkdirSync(join(dir, 'taken', 'inside'), { recursive: true });
    expect(() => writeWhole(join(dir, 'taken'), 'results')).toThrow(/ENOTEMPTY|EISDIR/);
    expect(readdirSync(dir)).toEqual(['taken']);
    writeWhole(join(dir, 'kept.json'), 'results');
    expect([readdirSync(dir).sort(), readFileSync(join(dir, 'kept.json'), 'utf8')]).toEqual([['kept.json', 'taken'], 'results']);
  });
});
