import { describe, expect, it } from 'vitest';
import { loadClinic } from '../../src/lib/clinic-config';
import { formatProblem } from '../../src/lib/friendly-errors';
import { contrastRatio, nearestPassing } from '../../src/lib/contrast';
import { brandColours, checkBrandContrast, NEUTRAL } from '../../src/lib/theme';
import { brandCss } from '../../src/lib/brand-css';
import { identityFromClinic } from '../../src/lib/identity';
import { assembleClinicContent, unlinkHidden } from '../../src/lib/clinic-content';
import { contentFixture, type FileChange } from '../support/fixture-content';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PROJECT_ROOT } from '../support/paths';
import { join } from 'node:path';

const CONFIG = 'clinics/test-clinic/clinic.yaml';

async function clinicMessages(edit: (text: string) => string, changes: Record<string, FileChange> = {}): Promise<string[]> {
  const root = contentFixture({ [CONFIG]: edit, ...changes });
  return (await loadClinic(root, 'test-clinic')).problems.map(formatProblem);
}

describe('clinic config', () => {
  it('loads the fixture clinic', async () => {
    const { clinic, problems } = await loadClinic(contentFixture(), 'test-clinic');
    expect(problems).toEqual([]);
    expect(clinic?.clinic.name).toBe('Test Clinic');
    expect(clinic?.clinic.font).toBe('system');
    expect(clinic?.colours.accentDark).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('names a clinic.yaml that is not UTF-8, with the line of its first bad byte, instead of reading it lossily', async () => {
    const root = contentFixture();
    const file = join(root, 'content', CONFIG);
    writeFileSync(file, Buffer.from(readFileSync(file, 'utf8').replace('name: Test Clinic', 'name: Test Clinic Caf\u00e9'), 'latin1'));
    expect((await loadClinic(root, 'test-clinic')).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml:1: is not UTF-8 text. Save it as UTF-8 (in most editors: Save with encoding, UTF-8).",
      ]
    `);
  });

  it('names a clinic that does not exist and how to create it', async () => {
    expect((await loadClinic(contentFixture(), 'nowhere')).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/clinics/nowhere/clinic.yaml: does not exist. Create the clinic with: npm run new-clinic -- nowhere --name "…" --url https://….",
      ]
    `);
  });

  it('requires the site URL', async () => {
    expect(await clinicMessages((text) => text.replace(/^url: .*\n/m, ''))).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: url is missing. Add the address the site is published at.",
      ]
    `);
  });

  it('refuses javascript: and http: links', async () => {
    expect(
      await clinicMessages((text) =>
        text.replace('https://test-clinic.example/book', 'javascript:alert(1)').replace('url: https://test-clinic.example', 'url: http://test-clinic.example'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: url must be the address the site is published at starting with https:// (found "http://test-clinic.example").",
        "content/clinics/test-clinic/clinic.yaml: bookingUrl must be the booking page address starting with https:// (found "javascript:alert(1)").",
      ]
    `);
  });

  it('rejects unknown keys, a phone not in E.164 and a colour no browser reads', async () => {
    expect(
      await clinicMessages((text) =>
        `${text.replace('"+441632960001"', '"01632 960001"').replace('"#1d4f91"', '"dark blue-ish"')}\ntwitter: "@test"\n`,
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: colours.accent is not a colour a browser can read (found "dark blue-ish"). Write it like "#0b6e69" or "rgb(11 110 105)".",
        "content/clinics/test-clinic/clinic.yaml: contact.phone must be in international (E.164) form: + then country code and number, no spaces, e.g. +441632960000 (found "01632 960001").",
        "content/clinics/test-clinic/clinic.yaml: twitter is not a field of clinic configs. Remove it or fix its spelling (clinic configs accept: name, shortName, url, locale, locales, region, logo, favicon, colours, font, contact, bookingUrl, emergency, practitioners, legal, analytics, review, hide).",
      ]
    `);
  });

  it('stops on a brand colour that fails contrast, naming both colours, the ratio and a colour that passes', async () => {
    expect(await clinicMessages((text) => text.replace('"#1d4f91"', '"#7fb3ae"'))).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: colours.accent #7fb3ae on #ffffff (accent as link text on the light background) has contrast 2.34:1; WCAG AA needs 4.5:1. Try #4c7f7a.",
        "content/clinics/test-clinic/clinic.yaml: colours.accent #7fb3ae on #f3f5f6 (accent as link text on light panels) has contrast 2.14:1; WCAG AA needs 4.5:1. Try #467975.",
        "content/clinics/test-clinic/clinic.yaml: colours.accentText #ffffff on #7fb3ae (accent text on the accent (buttons)) has contrast 2.34:1; WCAG AA needs 4.5:1. Try #000000.",
      ]
    `);
  });

  it('checks the dark scheme too, naming the dark-mode colours and one that passes', async () => {
    expect(
      await clinicMessages((text) => text.replace('  accentText: "#ffffff"\n', '  accentText: "#ffffff"\n  accentDark: "#1d4f91"\n  accentTextDark: "#ffffff"\n')),
    ).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: colours.accentDark #1d4f91 on #14181b (dark-scheme accent as link text on the dark background) has contrast 2.19:1; WCAG AA needs 4.5:1. Try #4f82c8.",
        "content/clinics/test-clinic/clinic.yaml: colours.accentDark #1d4f91 on #1f2529 (dark-scheme accent as link text on dark panels) has contrast 1.90:1; WCAG AA needs 4.5:1. Try #598cd3.",
      ]
    `);
  });

  it('refuses a font from a font CDN, a logo without alt text, a bad emergency number and missing legal text', async () => {
    expect(
      await clinicMessages((text) =>
        text
          .replace('  alt: Test Clinic\n', '')
          .replace('number: "999"', 'number: "nine nine nine"')
          .replace(/  privacyNotice: .*\n/, '')
          .concat('font:\n  package: "https://fonts.googleapis.com/css2?family=Inter"\n  family: Inter\n'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: logo.alt is missing. Add a text alternative for the logo, usually the clinic’s name.",
        "content/clinics/test-clinic/clinic.yaml: font.package must be an @fontsource package name, for example "@fontsource/atkinson-hyperlegible" (found "https://fonts.googleapis.com/css2?family…").",
        "content/clinics/test-clinic/clinic.yaml: emergency.number must be the emergency number, e.g. 999, 911 or 112 (found "nine nine nine").",
        "content/clinics/test-clinic/clinic.yaml: legal.privacyNotice is missing. Add what the site does with personal data.",
      ]
    `);
  });

  it('requires the logo file to exist', async () => {
    expect(await clinicMessages((text) => text.replace('file: logo.svg', 'file: missing.svg'))).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: logo.file names missing.svg, which is not in content/clinics/test-clinic/. Add the file or fix the name.",
      ]
    `);
  });
});

describe('clinic config: all problems in one run, with suggestions', () => {
  it('reports a misspelt group, a hidden guide that does not exist and a missing file together, suggesting near misses', async () => {
    expect(
      await clinicMessages((text) =>
        text
          .replace('colours:', 'colors:')
          .replace('file: logo.svg', 'file: logo-new.svg')
          .replace('  phoneDisplay:', '  phoneDispaly:')
          .concat('hide:\n  - aftercare/guide-3\n  - aftercare/guide-1\n  - procedure/gone-for-good\n  - Aftercare/Guide 2\n'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: contact.phoneDispaly is not a known field here. Did you mean "phoneDisplay"? Remove it or fix its spelling (contact accepts: phone, phoneDisplay, email, address, openingHours).",
        "content/clinics/test-clinic/clinic.yaml: hide[4] must name a guide as <stage>/<id>, for example aftercare/first-week (found "Aftercare/Guide 2").",
        "content/clinics/test-clinic/clinic.yaml: colors is not a field of clinic configs. Did you mean "colours"? Remove it or fix its spelling (clinic configs accept: name, shortName, url, locale, locales, region, logo, favicon, colours, font, contact, bookingUrl, emergency, practitioners, legal, analytics, review, hide).",
        "content/clinics/test-clinic/clinic.yaml: hide[1] names "aftercare/guide-3", which is not a guide. Did you mean "aftercare/guide-1"? Use <stage>/<id> of an existing guide.",
        "content/clinics/test-clinic/clinic.yaml: hide[3] names "procedure/gone-for-good", which is not a guide. Use <stage>/<id> of an existing guide.",
        "content/clinics/test-clinic/clinic.yaml: logo.file names logo-new.svg, which is not in content/clinics/test-clinic/. Add the file or fix the name.",
      ]
    `);
  });

  it('refuses a practitioner who takes the id of the site’s own reviewer', async () => {
    expect(
      await clinicMessages((text) => `${text}practitioners:\n  editorial-team:\n    name: Dr Claims Everything\n    credentials: MD\n    role: Reviewer\n`),
    ).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: practitioners.editorial-team has the id of the site's own reviewer (content/reviewers/editorial-team.yaml), so it would claim the review of every default guide. Give your practitioner their own id, e.g. dr-<surname>.",
      ]
    `);
  });

  it('limits every text field to a length that fits its use, and says the limit', async () => {
    expect(
      await clinicMessages((text) =>
        text
          .replace('name: Test Clinic', `name: ${'Long Name '.repeat(11)}`)
          .replace('disclaimer: Test disclaimer, not medical advice.', `disclaimer: ${'Not advice. '.repeat(100)}`)
          .replace('    - Monday to Friday, 9am to 5pm', `    - ${'Monday '.repeat(12)}`),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: name is too long: 109 characters, at most 100. Shorten it.",
        "content/clinics/test-clinic/clinic.yaml: contact.openingHours[1] is too long: 83 characters, at most 80. Shorten it.",
        "content/clinics/test-clinic/clinic.yaml: legal.disclaimer is too long: 1199 characters, at most 1000. Shorten it.",
      ]
    `);
  });

  it('names a carriage return or line break in a text field instead of letting it reach the CSS or the page', async () => {
    expect(
      await clinicMessages((text) =>
        text
          .replace('name: Test Clinic', 'name: "Test\\nClinic"')
          .concat('font:\n  package: "@fontsource/inter"\n  family: "Inter\\r} body { color: red"\n'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: name contains a line break at character 5. Remove it: this field is one line of plain text.",
        "content/clinics/test-clinic/clinic.yaml: font.family contains a carriage return at character 6. Remove it: this field is one line of plain text.",
      ]
    `);
  });

  it('accepts only a plain host name in addresses, so nothing can reach the security policy', async () => {
    expect(
      await clinicMessages((text) => `${text}analytics:\n  scriptUrl: "https://stats.example;script-src/x.js"\n`),
    ).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: analytics.scriptUrl has the host "stats.example;script-src", which is not a plain host name. Use letters, digits, dashes and dots only.",
      ]
    `);
  });
});

describe('clinic config for production', () => {
  it('refuses a locale, phone or emergency number of another country than the region, naming each field', async () => {
    const root = contentFixture({
      [CONFIG]: (text) => text.replace('locale: en-GB', 'locale: en-US').replace('"+441632960001"', '"+12025550143"').replace('number: "999"', 'number: "911"'),
    });
    expect((await loadClinic(root, 'test-clinic')).problems).toEqual([]);
    expect((await loadClinic(root, 'test-clinic', { production: true })).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: locale en-US is the language as written in the US, but region is GB. Make them agree (e.g. en-US with US).",
        "content/clinics/test-clinic/clinic.yaml: contact.phone +12025550143 is not a number in the UK (+44), which region GB says. Fix the number or the region.",
        "content/clinics/test-clinic/clinic.yaml: emergency.number 911 is not an emergency number in the UK. Use 999 or 112.",
      ]
    `);
  });

  it('refuses UK urgent-care advice outside the UK', async () => {
    const root = contentFixture({
      [CONFIG]: (text) => text.replace('locale: en-GB', 'locale: en-US').replace('region: GB', 'region: US').replace('"+441632960001"', '"+12025550143"').replace('number: "999"', 'number: "911"'),
    });
    expect((await loadClinic(root, 'test-clinic', { production: true })).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: emergency.urgentCare is still "call NHS 111", a UK service. Write the urgent-care advice for the US.",
      ]
    `);
  });
});

const LOGO = 'clinics/test-clinic/logo.svg';
/** A 1×1 PNG, the smallest real raster logo. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('clinic logos and favicons', () => {
  it('refuses a logo that is a symbolic link, even to a file that exists, and never reads its target', async () => {
    const secret = join(mkdtempSync(join(tmpdir(), 'mng-secret-')), 'id_rsa');
    writeFileSync(secret, 'SECRET KEY');
    const root = contentFixture({ [LOGO]: null });
    symlinkSync(secret, join(root, 'content', LOGO));
    symlinkSync(join(root, 'content', 'nowhere.svg'), join(root, 'content', 'clinics/test-clinic/favicon.svg'));
    writeFileSync(join(root, 'content', CONFIG), `${readFileSync(join(root, 'content', CONFIG), 'utf8')}favicon: favicon.svg\n`);
    const { clinic, problems } = await loadClinic(root, 'test-clinic');
    expect(clinic).toBeUndefined();
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/logo.svg: is a symbolic link; the build publishes only files kept in the clinic folder itself. Replace the link with the logo file.",
        "content/clinics/test-clinic/favicon.svg: is a symbolic link; the build publishes only files kept in the clinic folder itself. Replace the link with the favicon file.",
      ]
    `);
  });

  it('refuses a clinic folder linked from outside the project', async () => {
    const root = contentFixture();
    const outside = join(mkdtempSync(join(tmpdir(), 'mng-outside-')), 'test-clinic');
    renameSync(join(root, 'content', 'clinics', 'test-clinic'), outside);
    symlinkSync(outside, join(root, 'content', 'clinics', 'test-clinic'));
    expect((await loadClinic(root, 'test-clinic')).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/logo.svg: leads outside the project through a linked folder. Keep the logo file in content/clinics/test-clinic/ itself, not behind a link.",
      ]
    `);
  });

  it('refuses an SVG logo with a script, an event handler or a remote reference, naming file, element and line', async () => {
    const logo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n<rect width="10" height="10" onload="alert(1)"/>\n<script>alert(document.cookie)</script>\n<use href="https://evil.example/x.svg#a"/>\n</svg>\n';
    expect(await clinicMessages((text) => text, { [LOGO]: logo })).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/logo.svg:2: <rect onload> is an event handler, which runs code. Remove it.",
        "content/clinics/test-clinic/logo.svg:3: <script> runs code. Remove it, or save the logo as plain SVG.",
        "content/clinics/test-clinic/logo.svg:4: <use href> points to "https://evil.example/x.svg#a"; a logo may only refer to its own parts (#id). Put everything the logo shows inside the file.",
      ]
    `);
  });

  it('checks raster logos and favicons by their bytes, not their names', async () => {
    const root = contentFixture({ [LOGO]: null });
    const dir = join(root, 'content', 'clinics', 'test-clinic');
    writeFileSync(join(dir, 'logo.png'), PNG);
    writeFileSync(join(dir, 'favicon.ico'), PNG);
    writeFileSync(join(dir, CONFIG.split('/').pop()!), `${readFileSync(join(dir, 'clinic.yaml'), 'utf8').replace('file: logo.svg', 'file: logo.png')}favicon: favicon.ico\n`);
    expect((await loadClinic(root, 'test-clinic')).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/favicon.ico: is named .ico but is a PNG file inside. Export the favicon again as ICO, or give the file its real extension.",
      ]
    `);
    writeFileSync(join(dir, 'logo.png'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    writeFileSync(join(dir, 'favicon.ico'), Buffer.alloc(300 * 1024, 1));
    expect((await loadClinic(root, 'test-clinic')).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/logo.png: is named .png but is not a known image type inside. Export the logo again as PNG, or give the file its real extension.",
        "content/clinics/test-clinic/favicon.ico: is 300 KB; a favicon may be at most 256 KB. Export it smaller.",
      ]
    `);
  });

  it('accepts a real PNG logo', async () => {
    const root = contentFixture({ [CONFIG]: (text) => text.replace('file: logo.svg', 'file: logo.png') });
    writeFileSync(join(root, 'content', 'clinics', 'test-clinic', 'logo.png'), PNG);
    expect((await loadClinic(root, 'test-clinic')).problems).toEqual([]);
  });
});

describe('contrast', () => {
  it('measures WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('suggests the nearest passing colour in both directions', () => {
    const onLight = nearestPassing('#7fb3ae', '#ffffff', 4.5);
    expect(contrastRatio(onLight, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    const onDark = nearestPassing('#1d4f91', NEUTRAL.dark.background, 4.5);
    expect(contrastRatio(onDark, NEUTRAL.dark.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('derives a dark-scheme accent that passes, so a clinic gives only two colours', () => {
    for (const accent of ['#1d4f91', '#7a2e8e', '#0b6e69', '#b3261e']) {
      expect(checkBrandContrast(brandColours({ accent, accentText: '#ffffff' })), accent).toEqual([]);
    }
  });

  it('keeps the default palette in tokens.css in step with the one the checks use', () => {
    const tokens = readFileSync(join(PROJECT_ROOT, 'src', 'styles', 'tokens.css'), 'utf8');
    for (const value of [NEUTRAL.light.background, NEUTRAL.light.surface, NEUTRAL.dark.background, NEUTRAL.dark.surface]) {
      expect(tokens).toContain(value);
    }
    const accent = /--brand-accent: (#[0-9a-f]{6})/.exec(tokens)![1]!;
    const accentDark = /--brand-accent-dark: (#[0-9a-f]{6})/.exec(tokens)![1]!;
    expect(checkBrandContrast({ accent, accentText: '#ffffff', accentDark, accentTextDark: '#062a28' })).toEqual([]);
  });
});

describe('brand output', () => {
  it('writes the brand tokens in their own cascade layer, and a self-hosted font', () => {
    const css = brandCss(brandColours({ accent: '#1d4f91', accentText: '#ffffff' }), { family: 'Atkinson "Hyperlegible"', files: ['/x/400.css'] });
    expect(css).toContain('@import "/x/400.css";');
    expect(css).toContain('@layer brand {');
    expect(css).toContain('--brand-accent: #1d4f91;');
    expect(css).toContain('--font-body: "Atkinson \\22 Hyperlegible\\22 ", system-ui');
    expect(brandCss(undefined, undefined)).toBe('');
    expect(brandCss(undefined, { family: 'Inter\r} body { color: red', files: [] })).toContain('--font-body: "Inter\\d } body { color: red", system-ui');
  });

  it('carries clinic facts into the identity pages use', async () => {
    const { clinic } = await loadClinic(contentFixture(), 'test-clinic');
    expect(identityFromClinic(clinic!.clinic)).toMatchObject({
      name: 'Test Clinic',
      clinicPhone: '+441632960001',
      emergencyNumber: '999',
      urgentCareAdvice: 'call NHS 111',
      bookingUrl: 'https://test-clinic.example/book',
    });
  });

  it('logs each change it makes for hidden guides, so nothing changes silently', async () => {
    const root = contentFixture({
      [CONFIG]: (text) => `${text}hide:\n  - aftercare/guide-1\n`,
      'aftercare/guide-2.mdx': (text) => `${text}\nSee [the first guide](/aftercare/guide-1/).\n`,
      'faq/first.yaml': 'question: What first?\nanswer: The first guide.\norder: 2\nguide: aftercare/guide-1\n',
    });
    const { clinic } = await loadClinic(root, 'test-clinic');
    const lines: string[] = [];
    expect(assembleClinicContent(root, clinic!, join(root, 'assembled'), (line) => lines.push(line))).toEqual([]);
    expect(lines).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx: left out, as it translates the hidden guide aftercare/guide-1",
        "content/aftercare/guide-2.mdx: links to hidden guides became plain text",
        "content/faq/first.yaml: left out, as it points to the hidden guide aftercare/guide-1",
      ]
    `);
  });

  it('publishes English only unless locales says otherwise, and refuses a code it does not know or a list without en', async () => {
    const { clinic } = await loadClinic(contentFixture({ [CONFIG]: (text) => text.replace(/^locales: .*\n/m, '') }), 'test-clinic');
    expect(clinic?.clinic.locales).toEqual(['en']);
    expect(identityFromClinic(clinic!.clinic).locales).toEqual(['en']);
    expect(await clinicMessages((text) => text.replace(/^locales: .*$/m, 'locales: [en, sp, es-MX, Spanish, fr]'))).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: locales[2] is not a language of this site. Did you mean "es"? Use en or es (found "sp").",
        "content/clinics/test-clinic/clinic.yaml: locales[3] is not a language of this site. Did you mean "es"? Use en or es (found "es-MX").",
        "content/clinics/test-clinic/clinic.yaml: locales[4] is not a language of this site. Did you mean "es"? Use en or es (found "Spanish").",
        "content/clinics/test-clinic/clinic.yaml: locales[5] is not a language of this site. Use en or es (found "fr").",
      ]
    `);
    expect(await clinicMessages((text) => text.replace(/^locales: .*$/m, 'locales: [es]'))).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: locales must include en: English pages are the site's root (a site without them is not supported yet). Add en.",
      ]
    `);
    expect(await clinicMessages((text) => text.replace(/^locales: .*$/m, 'locales: es'))).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: locales must be a list of language codes, e.g. [en, es] (found "es").",
      ]
    `);
  });

  it('leaves out the content of languages the clinic does not publish, and says so', async () => {
    const root = contentFixture({ [CONFIG]: (text) => text.replace(/^locales: .*$/m, 'locales: [en]') });
    const { clinic } = await loadClinic(root, 'test-clinic');
    const lines: string[] = [];
    const target = join(root, 'assembled');
    expect(assembleClinicContent(root, clinic!, target, (line) => lines.push(line))).toEqual([]);
    expect(existsSync(join(target, 'aftercare', 'es'))).toBe(false);
    expect(existsSync(join(target, 'glossary', 'es'))).toBe(false);
    expect(existsSync(join(target, 'aftercare', 'guide-1.mdx'))).toBe(true);
    expect(lines).toMatchInlineSnapshot(`
      [
        "content/*/es/: left out, as locales in clinic.yaml does not include es",
      ]
    `);
  });

  it('hides a guide in every language: its translations go too, and links to them become text', async () => {
    const root = contentFixture({
      [CONFIG]: (text) => `${text}hide:\n  - aftercare/guide-1\n`,
      'aftercare/es/guia-2.mdx': '---\ntitle: x\ntranslationOf: guide-2\n---\n\nVea [la guía 1](/es/aftercare/guia-1/).\n',
    });
    const { clinic } = await loadClinic(root, 'test-clinic');
    const lines: string[] = [];
    const target = join(root, 'assembled');
    expect(assembleClinicContent(root, clinic!, target, (line) => lines.push(line))).toEqual([]);
    expect(readdirSync(join(target, 'aftercare', 'es'))).toEqual(['guia-2.mdx']);
    expect(readFileSync(join(target, 'aftercare', 'es', 'guia-2.mdx'), 'utf8')).toContain('Vea la guía 1.');
    expect(lines).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx: left out, as it translates the hidden guide aftercare/guide-1",
        "content/aftercare/es/guia-2.mdx: links to hidden guides became plain text",
      ]
    `);
  });

  it('keeps a clinic’s own Spanish guide, beside the default ones, when it publishes Spanish', async () => {
    const root = contentFixture({ 'clinics/test-clinic/guides/aftercare/es/guia-propia.mdx': '---\ntitle: x\n---\n' });
    const { clinic } = await loadClinic(root, 'test-clinic');
    const target = join(root, 'assembled');
    expect(assembleClinicContent(root, clinic!, target)).toEqual([]);
    expect(readdirSync(join(target, 'aftercare', 'es')).sort()).toEqual(['guia-1.mdx', 'guia-propia.mdx']);
  });

  it('turns links to hidden guides into plain text and leaves others alone', () => {
    const source = '---\ntitle: x\n---\n\nSee [the first week](/aftercare/first-week/#day-1) and [sun care](/aftercare/sun/).\n';
    expect(unlinkHidden(source, new Set(['/aftercare/first-week/']))).toBe(
      '---\ntitle: x\n---\n\nSee the first week and [sun care](/aftercare/sun/).\n',
    );
  });
});
