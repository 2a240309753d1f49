import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markDraft } from '../../src/build/draft-mark';
import { t } from '../../src/i18n/t';
import { PLACEHOLDER_SITE_URL, isDraftBuild, siteUrl, siteUrlProblem } from '../../src/build/site-setting';
import { PROJECT_ROOT } from '../support/paths';

/** What an English draft page says about itself. */
const DRAFT_NOTE = t('en', 'draft.note');

const withSettings = (text: string) => {
  const root = mkdtempSync(join(tmpdir(), 'site-'));
  writeFileSync(join(root, 'site.yaml'), text);
  return root;
};

describe('siteUrl', () => {
  it('reads url from site.yaml; SITE_URL overrides it; without either it is the placeholder', () => {
    const root = withSettings('url: https://guide.my-clinic.com/\n');
    expect(siteUrl(root, {})).toEqual({ url: 'https://guide.my-clinic.com/', from: 'site.yaml: url' });
    expect(siteUrl(root, { SITE_URL: ' https://staging.my-clinic.com ' })).toEqual({ url: 'https://staging.my-clinic.com', from: 'SITE_URL' });
    expect(siteUrl(mkdtempSync(join(tmpdir(), 'site-')), {}).url).toBe(PLACEHOLDER_SITE_URL);
  });

  it('ships as the placeholder, so a fresh clone builds only as a draft', () => {
    expect(siteUrl(PROJECT_ROOT, {}).url).toBe(PLACEHOLDER_SITE_URL);
  });
});

describe('siteUrlProblem', () => {
  it('refuses placeholders and non-https addresses in a production build, naming the setting', () => {
    const problems = [
      { url: 'https://example.org', from: 'site.yaml: url' },
      { url: 'https://www.example.com/guide/', from: 'SITE_URL' },
      { url: 'http://guide.my-clinic.com', from: 'site.yaml: url' },
      { url: 'guide.my-clinic.com', from: 'SITE_URL' },
    ].map(siteUrlProblem);
    expect(problems).toMatchInlineSnapshot(`
      [
        "site.yaml: url is https://example.org, a placeholder: canonical links, the sitemap, robots.txt and calendar files would point there. Set the address the site is published at, or build a local preview with npm run build -- --draft",
        "SITE_URL is https://www.example.com/guide/, a placeholder: canonical links, the sitemap, robots.txt and calendar files would point there. Set the address the site is published at, or build a local preview with npm run build -- --draft",
        "site.yaml: url is http://guide.my-clinic.com: it must start with https://. Write the address the site is published at",
        "SITE_URL is "guide.my-clinic.com", which is not an address. Write the full address the site is published at, e.g. https://guide.my-clinic.com/",
      ]
    `);
    expect(siteUrlProblem({ url: 'https://guide.my-clinic.com/', from: 'site.yaml: url' })).toBeUndefined();
    expect(siteUrlProblem({ url: 'https://example.org.my-clinic.com/', from: 'site.yaml: url' })).toBeUndefined();
  });
});

describe('draft builds', () => {
  it('are asked for by the build script only', () => {
    expect([isDraftBuild({ MICRONEEDLING_GUIDE_DRAFT: '1' }), isDraftBuild({ MICRONEEDLING_GUIDE_DRAFT: '0' }), isDraftBuild({})]).toEqual([true, false, false]);
  });

  it('mark a page for readers and search engines, without a style the CSP would block', () => {
    const page = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body class="guide"><main>Text</main></body></html>';
    expect(markDraft(page)).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta name="robots" content="noindex"><meta charset="utf-8"></head><body class="guide">' +
        `<aside class="draft-mark" aria-label="Draft" data-pagefind-ignore><p>${DRAFT_NOTE}</p></aside><main>Text</main></body></html>`,
    );
  });

  it("say so in the page's language", () => {
    const spanish = markDraft('<!DOCTYPE html><html lang="es"><head></head><body><main>Texto</main></body></html>');
    expect(spanish).toContain('<aside class="draft-mark" aria-label="Borrador" data-pagefind-ignore><p>Borrador: una vista previa local, no para publicar.');
    expect(markDraft('<html lang="en-US"><head></head><body></body></html>')).toContain(DRAFT_NOTE);
  });
});
