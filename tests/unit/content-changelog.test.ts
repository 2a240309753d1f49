import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths';
import { contentChangelog, guideOf, readClinicChanges } from '../../src/build/content-changelog';

/**
 * A git repository with an upstream history: a guide tagged v1, then a content review on 2026-12-04 that
 * changes it, adds a guide and a sign, and commits that must not be listed (code only, a clinic's folder).
 */
function upstream(): string {
  const root = mkdtempSync(join(tmpdir(), 'changelog-'));
  const git = (args: string[], date = '2026-11-01T10:00:00') =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: root, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@example.org', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@example.org' } });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const commit = (message: string, date: string) => {
    git(['add', '-A'], date);
    git(['commit', '-q', '-m', message], date);
  };
  git(['init', '-q', '-b', 'main']);
  write('content/aftercare/first-week.mdx', 'first\n');
  write('content/procedure/skin-straight-after.mdx', 'first\n');
  write('content/clinics/harbour-skin/clinic.yaml', 'name: Harbour Skin\nhide:\n  - procedure/skin-straight-after\n');
  write('content/clinics/harbour-skin/guides/aftercare/first-week.mdx', 'our own\n');
  commit('First guides', '2026-11-01T10:00:00');
  git(['tag', 'v1']);
  write('src/page.ts', 'code\n');
  commit('Code only', '2026-11-20T10:00:00');
  write('content/aftercare/first-week.mdx', 'corrected RF date\n');
  write('content/procedure/skin-straight-after.mdx', 'new signs\n');
  write('content/consultation/choosing-a-provider.mdx', 'new guide\n');
  write('content/signs.yaml', '- fever\n');
  commit('Content review 2026-12-04: new signs, corrected RF date, new guide Choosing a provider and paying', '2026-12-04T00:30:00');
  write('content/clinics/harbour-skin/guides/aftercare/first-week.mdx', 'our own, edited\n');
  commit('Harbour Skin edits its copy', '2026-12-04T11:00:00');
  rmSync(join(root, 'content/signs.yaml'));
  commit('Signs move elsewhere', '2026-12-05T09:00:00');
  return root;
}

describe('content changelog', () => {
  let root: string;
  beforeAll(() => {
    root = upstream();
  });

  it('lists per guide the commits since a tag that changed upstream content, and nothing else', () => {
    expect(contentChangelog(root, 'v1')).toMatchInlineSnapshot(`
      "# Content changes since v1 (2 commits)

      ## aftercare/first-week

      - 2026-12-04 3a8ef8f Content review 2026-12-04: new signs, corrected RF date, new guide Choosing a provider and paying

      ## consultation/choosing-a-provider (new)

      - 2026-12-04 3a8ef8f Content review 2026-12-04: new signs, corrected RF date, new guide Choosing a provider and paying

      ## content/signs.yaml (removed)

      - 2026-12-05 87d7309 Signs move elsewhere
      - 2026-12-04 3a8ef8f Content review 2026-12-04: new signs, corrected RF date, new guide Choosing a provider and paying

      ## procedure/skin-straight-after

      - 2026-12-04 3a8ef8f Content review 2026-12-04: new signs, corrected RF date, new guide Choosing a provider and paying
      "
    `);
  });

  it('since a day, counts from the start of that day (not this time of day, as git would); a clinic’s replaced and hidden guides come first, marked', () => {
    const headings = contentChangelog(root, '2026-12-04', 'harbour-skin').split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toMatchInlineSnapshot(`
      [
        "# Content changes since 2026-12-04 (2 commits)",
        "## aftercare/first-week — harbour-skin replaces this guide: compare its copy with these changes",
        "## procedure/skin-straight-after — harbour-skin hides this guide: check it still should",
        "## consultation/choosing-a-provider (new)",
        "## content/signs.yaml (removed)",
      ]
    `);
  });

  it('reads what a clinic replaces and hides', () => {
    const changes = readClinicChanges(root, 'harbour-skin');
    expect([...changes.replaced]).toEqual(['aftercare/first-week']);
    expect([...changes.hidden]).toEqual(['procedure/skin-straight-after']);
  });

  it('says what to give when the tag or the clinic does not exist', () => {
    expect(() => contentChangelog(root, 'v9')).toThrowErrorMatchingInlineSnapshot(`[Error: --since v9: no such tag or commit here. Give a tag (git tag lists them), a commit or a day as YYYY-MM-DD; after a fresh clone, git fetch --tags.]`);
    expect(() => contentChangelog(root, 'v1', 'nobody')).toThrowErrorMatchingInlineSnapshot(`[Error: content/clinics/nobody/clinic.yaml: no such clinic. Give the id of a folder in content/clinics/.]`);
  });

  it('knows a guide by its stage folder and file name, and nothing else as a guide', () => {
    expect(guideOf('content/topics/skin-of-colour.mdx')).toBe('topics/skin-of-colour');
    expect(guideOf('content/faq/cost.yaml')).toBeUndefined();
    expect(guideOf('content/clinics/x/guides/aftercare/first-week.mdx')).toBeUndefined();
  });

  it('npm run content-changelog needs --since and says so', () => {
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'content-changelog.mjs')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "content-changelog: needs --since <tag|commit|YYYY-MM-DD>, e.g. npm run content-changelog -- --since 2026-12-01
      "
    `);
  });
});
