import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-check';
import { gateRulesVersion } from '../../src/checks/gate-cache';
import { contentFixture } from '../support/fixture-content';
import { PROJECT_ROOT } from '../support/paths';

const TODAY = new Date('2026-12-04T10:00:00Z');
const cacheFile = () => join(mkdtempSync(join(tmpdir(), 'mng-gates-')), 'content-check.json');
const findings = ({ problems, warnings }: ReturnType<typeof checkContent>) => ({ problems, warnings });

describe('gate results cached by content hash and rule version', () => {
  it('a warm cache gives the same problems and warnings, and re-checks only the guide that changed', () => {
    const root = contentFixture({ 'consultation/guide-1.mdx': (text) => `${text}\nA sentence that goes on and on and on and on and on and on and on and on and on and on and on and on and on and on and on without stopping for breath.\n` });
    const file = cacheFile();
    const cold = checkContent(root, { today: TODAY, cacheFile: file });
    expect(cold.guidesFromCache).toBe(0);
    expect(cold.problems.length).toBeGreaterThan(0);
    const warm = checkContent(root, { today: TODAY, cacheFile: file });
    expect(warm.guidesFromCache).toBe(cold.guides.length);
    expect(findings(warm)).toEqual(findings(cold));

    writeFileSync(join(root, 'content', 'consultation', 'guide-2.mdx'), '\nOne more short line.\n', { flag: 'a' });
    const changed = checkContent(root, { today: TODAY, cacheFile: file });
    expect(changed.guidesFromCache).toBe(cold.guides.length - 1);
    expect(findings(changed)).toEqual(findings(checkContent(root, { today: TODAY })));
  });

  it('parses only guides whose bytes it has not parsed before, and finds the same with the parse facts it kept', () => {
    // A heading other pages link to, a care card and a gate problem: what the kept facts stand in for.
    const root = contentFixture({ 'consultation/guide-1.mdx': (text) => `${text}\nA sentence that goes on and on and on and on and on and on and on and on and on and on and on and on and on and on and on without stopping for breath.\n` });
    const file = cacheFile();
    const cold = checkContent(root, { today: TODAY, cacheFile: file });
    expect(cold.guidesParsed).toBe(cold.guides.length);
    const warm = checkContent(root, { today: TODAY, cacheFile: file });
    expect(warm.guidesParsed).toBe(0);
    expect(findings(warm)).toEqual(findings(cold));
    expect(warm.guides.map((guide) => [guide.data, guide.careCards])).toEqual(cold.guides.map((guide) => [guide.data, guide.careCards]));
    // A gate that reads the tree still gets it, parsed on demand, when its result is not cached.
    const later = new Date('2031-01-01T10:00:00Z');
    expect(findings(checkContent(root, { today: later, cacheFile: file }))).toEqual(findings(checkContent(root, { today: later })));

    // A heading renamed in one guide: that guide is parsed again, and a link to its old heading is found broken.
    const guide = join(root, 'content', 'consultation', 'guide-2.mdx');
    writeFileSync(guide, readFileSync(guide, 'utf8').replace(/^## .*$/m, '## A heading with a new name'));
    const changed = checkContent(root, { today: TODAY, cacheFile: file });
    expect(changed.guidesParsed).toBe(1);
    expect(findings(changed)).toEqual(findings(checkContent(root, { today: TODAY })));
  });

  it('re-checks every guide when what they all read changes: here the review day', () => {
    const root = contentFixture();
    const file = cacheFile();
    checkContent(root, { today: TODAY, cacheFile: file });
    const later = new Date('2031-01-01T10:00:00Z');
    const result = checkContent(root, { today: later, cacheFile: file });
    expect(result.guidesFromCache).toBe(0);
    expect(findings(result)).toEqual(findings(checkContent(root, { today: later })));
    expect(result.problems.some((problem) => /overdue/.test(problem.message))).toBe(true);
  });

  it('changes its rule version when the code of a gate changes', () => {
    const copy = mkdtempSync(join(tmpdir(), 'mng-src-'));
    cpSync(join(PROJECT_ROOT, 'src'), join(copy, 'src'), { recursive: true });
    const before = gateRulesVersion(join(copy, 'src'), copy);
    expect(gateRulesVersion(join(copy, 'src'), copy)).toBe(before);
    writeFileSync(join(copy, 'src', 'checks', 'sentence-length.ts'), '// a stricter rule\n', { flag: 'a' });
    expect(gateRulesVersion(join(copy, 'src'), copy)).not.toBe(before);
  });
});
