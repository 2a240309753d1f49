import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import * as cheerio from 'cheerio';
import { parse as parseYaml } from 'yaml';
import { allHtmlFiles, gzipSize } from '../support/site-files';
import { findBrokenLinks } from '../../src/lib/link-check';
import { HOSTILE_CLINIC_NAME } from '../support/global-setup';
import { PROJECT_ROOT } from '../support/paths';
import type { Clinic } from '../../src/schemas/clinic';

const builds = inject('builds');

function clinicConfig(id: string): Clinic {
  return parseYaml(readFileSync(join(PROJECT_ROOT, 'content', 'clinics', id, 'clinic.yaml'), 'utf8')) as Clinic;
}

function page(dir: string, file: string) {
  return cheerio.load(readFileSync(join(dir, file), 'utf8'));
}

describe.each(Object.entries(builds.clinics))('the example clinic %s', (id, dir) => {
  const clinic = clinicConfig(id);

  it('carries its name, logo, phone, booking link and disclaimer on every page', () => {
    for (const file of allHtmlFiles(dir)) {
      const $ = page(dir, file);
      expect($('header .site-name').text(), file).toContain(clinic.name);
      expect($('header img.logo').attr('alt'), file).toBe(clinic.logo.alt);
      expect($('header a.book').attr('href'), file).toBe(clinic.bookingUrl);
      expect($(`footer a[href="tel:${clinic.contact.phone}"]`).text(), file).toBe(clinic.contact.phoneDisplay);
      expect($('footer').text(), file).toContain(clinic.legal.disclaimer);
      expect($('html').attr('lang'), file).toBe(clinic.locale);
    }
  });

  it('uses its own address for canonical URLs and the sitemap', () => {
    const $ = page(dir, 'index.html');
    expect($('link[rel="canonical"]').attr('href')).toBe(`${clinic.url}/`);
    expect(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${clinic.url}/`);
  });

  it('names the clinician its review: covers on the default guides, and the site’s editors otherwise', () => {
    const $ = page(dir, 'aftercare/warning-signs/index.html');
    const review = $('.review-info').text().replace(/\s+/g, ' ');
    if (clinic.review) {
      const reviewer = clinic.practitioners[clinic.review.by]!;
      expect(review).toContain(`Reviewed by ${reviewer.name}`);
      expect($('.review-info time').first().attr('datetime')).toBe(String(clinic.review.date));
      expect($('script[type="application/ld+json"]').text()).toContain(reviewer.name);
    } else {
      expect(review).toContain('Reviewed by Microneedling Guide editors');
    }
  });

  it('puts its phone and emergency number into the care cards', () => {
    const $ = page(dir, 'aftercare/warning-signs/index.html');
    expect($('.care-card.non-urgent a[href^="tel:"]').attr('href')).toBe(`tel:${clinic.contact.phone}`);
    expect($('.care-card.emergency .heading').text()).toBe(`Call ${clinic.emergency.number} now if:`);
    expect($('.care-card.urgent').text()).toContain(clinic.emergency.urgentCare);
  });

  it('links the booking sentences of the shared guides to its own booking page', () => {
    const $ = page(dir, 'maintenance/touch-ups-and-long-term-care/index.html');
    expect($('.prose a.booking-link').attr('href')).toBe(clinic.bookingUrl);
    expect($('.prose a.booking-link').text()).toBe('book your next session');
  });

  it('ships its brand colours in the stylesheet', () => {
    const $ = page(dir, 'index.html');
    const css = $('link[rel="stylesheet"]').toArray().map((link) => readFileSync(join(dir, $(link).attr('href')!), 'utf8')).join('');
    expect(css).toContain(`--brand-accent:${clinic.colours.accent}`);
  });

  it('has no broken links', () => {
    expect(findBrokenLinks(dir, clinic.url)).toEqual([]);
  });
});

describe('clinic content', () => {
  const harbour = builds.clinics['harbour-skin'];
  const maple = builds.clinics['maple-street'];

  it('replaces a default guide with the clinic’s own version', () => {
    expect(page(harbour, 'consultation/what-happens-at-consultation/index.html')('h1').text()).toBe('Your consultation at Harbour Skin Clinic');
    expect(page(maple, 'consultation/what-happens-at-consultation/index.html')('h1').text()).not.toContain('Harbour');
  });

  it('adds a guide to one clinic only, with its booking link', () => {
    const $ = page(maple, 'maintenance/booking-your-next-session/index.html');
    expect($('.prose a.booking-link').attr('href')).toBe(clinicConfig('maple-street').bookingUrl);
    expect(existsSync(join(harbour, 'maintenance/booking-your-next-session/index.html'))).toBe(false);
  });

  it('removes a hidden guide and every link to it', () => {
    const hidden = '/procedure/skin-straight-after/';
    expect(existsSync(join(harbour, hidden, 'index.html'))).toBe(false);
    for (const file of allHtmlFiles(harbour)) {
      expect(readFileSync(join(harbour, file), 'utf8'), file).not.toContain(`href="${hidden}`);
    }
    expect(existsSync(join(maple, hidden, 'index.html'))).toBe(true);
  });

  it('adds little weight per page for branding', () => {
    const defaultHome = gzipSize(readFileSync(join(builds.distDir, 'index.html')));
    const clinicHome = gzipSize(readFileSync(join(harbour, 'index.html')));
    // Logo, contact block and booking link: under 2 KB gzip per page.
    expect(clinicHome - defaultHome).toBeLessThan(2048);
  });
});

describe('a clinic name that tries to inject a script', () => {
  const dir = builds.hostileClinic;

  it('is escaped everywhere it is written, JSON-LD included', () => {
    for (const file of allHtmlFiles(dir)) {
      const $ = cheerio.load(readFileSync(join(dir, file), 'utf8'));
      // Every script is either our bundled module or a JSON-LD data block; none holds the injected code.
      const scripts = $('script').toArray();
      expect(scripts.filter((script) => !$(script).attr('src') && $(script).attr('type') !== 'application/ld+json'), file).toEqual([]);
      expect(scripts.map((script) => $(script).text()).join(''), file).not.toMatch(/alert\(1\)<\/script>/);
      for (const block of $('script[type="application/ld+json"]').toArray()) {
        expect(() => JSON.parse($(block).text()), file).not.toThrow();
      }
    }
    // Escaped for HTML, yet the data says exactly what the clinic wrote.
    const guide = page(dir, 'aftercare/guide-1/index.html');
    const data = guide('script[type="application/ld+json"]')
      .toArray()
      .map((block) => JSON.parse(guide(block).text()) as { '@type': string; publisher?: { name: string } });
    expect(data.find((item) => item['@type'] === 'MedicalWebPage')?.publisher?.name).toBe(HOSTILE_CLINIC_NAME);
    const $ = page(dir, 'index.html');
    expect($('header .site-name').text()).toContain(HOSTILE_CLINIC_NAME);
    expect($('title').text()).toContain(HOSTILE_CLINIC_NAME);
  });

  it('cannot appear unescaped in the OpenSearch description', () => {
    expect(readFileSync(join(dir, 'opensearch.xml'), 'utf8')).not.toContain('<script>');
  });
});

describe('clinics folder', () => {
  it('holds two example clinics, one UK and one US', () => {
    const ids = readdirSync(join(PROJECT_ROOT, 'content', 'clinics'));
    const regions = ids.map((id) => [clinicConfig(id).region, clinicConfig(id).emergency.number]);
    expect(regions).toEqual(expect.arrayContaining([['GB', '999'], ['US', '911']]));
  });
});
