import { describe, expect, it } from 'vitest';
import { loadClinic } from '../../src/lib/clinic-config';
import { formatProblem } from '../../src/lib/friendly-errors';
import { contrastRatio, nearestPassing } from '../../src/lib/contrast';
import { brandColours, checkBrandContrast, NEUTRAL } from '../../src/lib/theme';
import { brandCss } from '../../src/lib/brand-css';
import { identityFromClinic } from '../../src/lib/identity';
import { unlinkHidden } from '../../src/lib/clinic-content';
import { contentFixture } from '../support/fixture-content';
import { readFileSync } from 'node:fs';
import { PROJECT_ROOT } from '../support/paths';
import { join } from 'node:path';

const CONFIG = 'clinics/test-clinic/clinic.yaml';

function clinicMessages(edit: (text: string) => string): string[] {
  const root = contentFixture({ [CONFIG]: edit });
  return loadClinic(root, 'test-clinic').problems.map(formatProblem);
}

describe('clinic config', () => {
  it('loads the fixture clinic', () => {
    const { clinic, problems } = loadClinic(contentFixture(), 'test-clinic');
    expect(problems).toEqual([]);
    expect(clinic?.clinic.name).toBe('Test Clinic');
    expect(clinic?.clinic.font).toBe('system');
    expect(clinic?.colours.accentDark).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('names a clinic that does not exist and how to create it', () => {
    expect(loadClinic(contentFixture(), 'nowhere').problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/clinics/nowhere/clinic.yaml: does not exist. Create the clinic with: npm run new-clinic -- nowhere --name "…" --url https://….",
      ]
    `);
  });

  it('requires the site URL', () => {
    expect(clinicMessages((text) => text.replace(/^url: .*\n/m, ''))).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: url is missing. Add the address the site is published at.",
      ]
    `);
  });

  it('refuses javascript: and http: links', () => {
    expect(
      clinicMessages((text) =>
        text.replace('https://test-clinic.example/book', 'javascript:alert(1)').replace('url: https://test-clinic.example', 'url: http://test-clinic.example'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: url must be the address the site is published at starting with https:// (found "http://test-clinic.example").",
        "content/clinics/test-clinic/clinic.yaml: bookingUrl must be the booking page address starting with https:// (found "javascript:alert(1)").",
      ]
    `);
  });

  it('rejects unknown keys, a phone not in E.164 and a colour no browser reads', () => {
    expect(
      clinicMessages((text) =>
        `${text.replace('"+441632960001"', '"01632 960001"').replace('"#1d4f91"', '"dark blue-ish"')}\ntwitter: "@test"\n`,
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: colours.accent is not a colour a browser can read (found "dark blue-ish"). Write it like "#0b6e69" or "rgb(11 110 105)".",
        "content/clinics/test-clinic/clinic.yaml: contact.phone must be in international (E.164) form: + then country code and number, no spaces, e.g. +441632960000 (found "01632 960001").",
        "content/clinics/test-clinic/clinic.yaml: twitter is not a field of clinic configs. Remove it or fix its spelling (clinic configs accept: name, shortName, url, locale, region, logo, favicon, colours, font, contact, bookingUrl, emergency, practitioners, legal, analytics, hide).",
      ]
    `);
  });

  it('stops on a brand colour that fails contrast, naming both colours, the ratio and a colour that passes', () => {
    expect(clinicMessages((text) => text.replace('"#1d4f91"', '"#7fb3ae"'))).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: colours.accent #7fb3ae on #ffffff (accent as link text on the light background) has contrast 2.34:1; WCAG AA needs 4.5:1. Try #4c7f7a.",
        "content/clinics/test-clinic/clinic.yaml: colours.accent #7fb3ae on #f3f5f6 (accent as link text on light panels) has contrast 2.14:1; WCAG AA needs 4.5:1. Try #467975.",
        "content/clinics/test-clinic/clinic.yaml: colours.accentText #ffffff on #7fb3ae (accent text on the accent (buttons)) has contrast 2.34:1; WCAG AA needs 4.5:1. Try #000000.",
      ]
    `);
  });

  it('checks the dark scheme too, naming the dark-mode colours and one that passes', () => {
    expect(
      clinicMessages((text) => text.replace('  accentText: "#ffffff"\n', '  accentText: "#ffffff"\n  accentDark: "#1d4f91"\n  accentTextDark: "#ffffff"\n')),
    ).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: colours.accentDark #1d4f91 on #14181b (dark-scheme accent as link text on the dark background) has contrast 2.19:1; WCAG AA needs 4.5:1. Try #4f82c8.",
        "content/clinics/test-clinic/clinic.yaml: colours.accentDark #1d4f91 on #1f2529 (dark-scheme accent as link text on dark panels) has contrast 1.90:1; WCAG AA needs 4.5:1. Try #598cd3.",
      ]
    `);
  });

  it('refuses a font from a font CDN, a logo without alt text, a bad emergency number and missing legal text', () => {
    expect(
      clinicMessages((text) =>
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

  it('requires the logo file to exist', () => {
    expect(clinicMessages((text) => text.replace('file: logo.svg', 'file: missing.svg'))).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: logo.file names missing.svg, which is not in content/clinics/test-clinic/. Add the file or fix the name.",
      ]
    `);
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
  });

  it('carries clinic facts into the identity pages use', () => {
    const { clinic } = loadClinic(contentFixture(), 'test-clinic');
    expect(identityFromClinic(clinic!.clinic)).toMatchObject({
      name: 'Test Clinic',
      clinicPhone: '+441632960001',
      emergencyNumber: '999',
      urgentCareAdvice: 'call NHS 111',
      bookingUrl: 'https://test-clinic.example/book',
    });
  });

  it('turns links to hidden guides into plain text and leaves others alone', () => {
    const source = '---\ntitle: x\n---\n\nSee [the first week](/aftercare/first-week/#day-1) and [sun care](/aftercare/sun/).\n';
    expect(unlinkHidden(source, new Set(['/aftercare/first-week/']))).toBe(
      '---\ntitle: x\n---\n\nSee the first week and [sun care](/aftercare/sun/).\n',
    );
  });
});
