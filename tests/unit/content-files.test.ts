import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-check';
import { assembleClinicContent, clinicDisplayPath } from '../../src/lib/clinic-content';
import { loadClinic } from '../../src/lib/clinic-config';
import { formatProblem } from '../../src/lib/friendly-errors';
import { contentFixture, type FileChange } from '../support/fixture-content';

const TODAY = new Date('2026-11-22T00:00:00Z');
const CLINIC_GUIDES = 'clinics/test-clinic/guides/aftercare';

function problems(root: string, options: Parameters<typeof checkContent>[1] = {}): string[] {
  return checkContent(root, { today: TODAY, ...options }).problems.map(formatProblem);
}

/** A file outside the content folder that a link could publish. */
function secretFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'mng-secret-')), 'secret.txt');
  writeFileSync(file, 'SECRET-TOKEN-123\n');
  return file;
}

describe('only expected files in content folders', () => {
  it('refuses code and other files anywhere under content/, clinic folders included', () => {
    const changes: Record<string, FileChange> = {
      [`${CLINIC_GUIDES}/w.astro`]: '<script>alert(1)</script>\n',
      'aftercare/helper.js': 'export default 1;\n',
      'faq/page.html': '<p>Hi</p>\n',
      'glossary/.DS_Store': 'x',
      'topics/notes.md': '# Notes\n',
    };
    expect(problems(contentFixture(changes))).toMatchInlineSnapshot(`
      [
        "content/aftercare/helper.js: is a .js file, which content folders may not hold (only guides, data and images: .mdx, .yaml, .yml, .png, .jpg, .jpeg, .webp, .avif, .gif, .svg). Remove it.",
        "content/clinics/test-clinic/guides/aftercare/w.astro: is a .astro file, which content folders may not hold (only guides, data and images: .mdx, .yaml, .yml, .png, .jpg, .jpeg, .webp, .avif, .gif, .svg). Remove it.",
        "content/faq/page.html: is a .html file, which content folders may not hold (only guides, data and images: .mdx, .yaml, .yml, .png, .jpg, .jpeg, .webp, .avif, .gif, .svg). Remove it.",
        "content/glossary/.DS_Store: is a file without an extension, which content folders may not hold (only guides, data and images: .mdx, .yaml, .yml, .png, .jpg, .jpeg, .webp, .avif, .gif, .svg). Remove it.",
        "content/topics/notes.md: is Markdown (.md). Rename it to .mdx so it is built as a guide.",
      ]
    `);
  });

  it('refuses symbolic links, to files and to folders, without reading through them', () => {
    const root = contentFixture();
    const secret = secretFile();
    symlinkSync(secret, join(root, 'content', 'aftercare', 'guide-3.mdx'));
    symlinkSync(secret, join(root, 'content', 'clinics', 'test-clinic', 'favicon.svg'));
    symlinkSync(join(secret, '..'), join(root, 'content', 'glossary', 'more'), 'dir');
    const found = problems(root);
    expect(found).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-3.mdx: is a symbolic link, which the build does not follow. Replace it with the file itself.",
        "content/clinics/test-clinic/favicon.svg: is a symbolic link, which the build does not follow. Replace it with the file itself.",
        "content/glossary/more: is a symbolic link, which the build does not follow. Replace it with the file itself.",
      ]
    `);
    expect(found.join('\n')).not.toContain('SECRET');
  });

  it('refuses links in a clinic build: in the clinic folder, and in its assembled copy, each once', async () => {
    const root = contentFixture();
    const clinicDir = join(root, 'content', 'clinics', 'test-clinic');
    const outsideLogo = join(mkdtempSync(join(tmpdir(), 'mng-logo-')), 'logo.svg');
    writeFileSync(outsideLogo, readFileSync(join(clinicDir, 'logo.svg')));
    rmSync(join(clinicDir, 'logo.svg'));
    symlinkSync(outsideLogo, join(clinicDir, 'logo.svg'));
    mkdirSync(join(root, 'content', CLINIC_GUIDES), { recursive: true });
    symlinkSync(secretFile(), join(root, 'content', CLINIC_GUIDES, 'guide-3.mdx'));
    // The logo link stops the clinic itself; its guides are still assembled and checked, as in a build.
    const { forContentCheck: clinic } = await loadClinic(root, 'test-clinic');
    const target = mkdtempSync(join(tmpdir(), 'mng-assembled-'));
    expect(assembleClinicContent(root, clinic!, target)).toEqual([]);
    // A link only the assembled copy holds (a stale cache, a copy step that follows links) is found too.
    symlinkSync(secretFile(), join(target, 'glossary', 'extra.yaml'));
    expect(problems(root, { contentDir: target, displayPath: clinicDisplayPath(root, 'test-clinic', target) })).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/guides/aftercare/guide-3.mdx: is a symbolic link, which the build does not follow. Replace it with the file itself.",
        "content/clinics/test-clinic/logo.svg: is a symbolic link, which the build does not follow. Replace it with the file itself.",
        "content/glossary/extra.yaml: is a symbolic link, which the build does not follow. Replace it with the file itself.",
      ]
    `);
  });
});

describe('content is read as UTF-8', () => {
  it('names a guide or a data file that is not UTF-8, with the line of the first bad byte', () => {
    const root = contentFixture();
    const guide = join(root, 'content', 'aftercare', 'guide-1.mdx');
    writeFileSync(guide, Buffer.concat([readFileSync(guide), Buffer.from('\nCaf\xe9 au lait.\n', 'latin1')]));
    const faq = join(root, 'content', 'faq', 'does-it-hurt.yaml');
    writeFileSync(faq, Buffer.concat([Buffer.from('# Caf\xe9\n', 'latin1'), readFileSync(faq)]));
    expect(problems(root)).toMatchInlineSnapshot(`
      [
        "content/faq/does-it-hurt.yaml:1: is not UTF-8 text. Save it as UTF-8 (in most editors: Save with encoding, UTF-8).",
        "content/aftercare/guide-1.mdx:37: is not UTF-8 text. Save it as UTF-8 (in most editors: Save with encoding, UTF-8).",
      ]
    `);
  });

  it('names a clinic guide that is not UTF-8 even when assembly rewrites links to hidden guides', async () => {
    const root = contentFixture({
      'clinics/test-clinic/clinic.yaml': (text) => `${text}hide:\n  - aftercare/guide-2\n`,
    });
    const guide = join(root, 'content', CLINIC_GUIDES, 'guide-1.mdx');
    mkdirSync(join(guide, '..'), { recursive: true });
    const source = readFileSync(join(root, 'content', 'aftercare', 'guide-1.mdx'), 'utf8');
    writeFileSync(guide, Buffer.from(`${source}\nSee [the second guide](/aftercare/guide-2/). Caf\u00e9.\n`, 'latin1'));
    const { clinic, problems: clinicProblems } = await loadClinic(root, 'test-clinic');
    expect(clinicProblems).toEqual([]);
    const target = mkdtempSync(join(tmpdir(), 'mng-assembled-'));
    expect(assembleClinicContent(root, clinic!, target)).toEqual([]);
    expect(problems(root, { contentDir: target, displayPath: clinicDisplayPath(root, 'test-clinic', target) })).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/guides/aftercare/guide-1.mdx:37: is not UTF-8 text. Save it as UTF-8 (in most editors: Save with encoding, UTF-8).",
      ]
    `);
  });
});
