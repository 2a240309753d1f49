import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import * as cheerio from 'cheerio';
import { isStageId, STAGES } from '../../src/lib/stages';
import { routes } from '../../src/lib/routes';
import { sortGuides } from '../../src/lib/journey';
import { allHtmlFiles, fileLocale, guideRoute, gzipSize, htmlFile, loadPage, publishedGuidesIn } from '../support/site-files';
import type { CheckedGuide } from '../../src/checks/content-check';
import { headingIds } from '../../src/checks/headings';
import { DEFAULT_LOCALE } from '../../src/i18n/locales';
import { t } from '../../src/i18n/t';
import { filesEndingWith } from '../../src/lib/files';
import { COMPRESSIBLE } from '../../src/build/precompression';
import { checkPage } from '../../src/build/page-check';
import { validateHtml } from '../../src/lib/html-check';
import { readPage } from '../../src/lib/page-parts';
import { WORKSPACES_DIR } from '../../src/build/workspace';
import { PROJECT_ROOT } from '../support/paths';
import { GUIDE_IMAGE } from '../support/global-setup';

const distDir = inject('distDir');
let guides: CheckedGuide[];
let journey: CheckedGuide[];

beforeAll(() => {
  guides = publishedGuidesIn('en');
  const refs = guides.map((guide) => ({ ...guide, title: guide.data.title, description: guide.data.description, order: guide.data.order }));
  journey = sortGuides(refs).filter((guide) => isStageId(guide.collection));
});

describe('guide pages', () => {
  it('exist for every published guide, with one h1, its title and meta description', () => {
    expect(guides.length).toBeGreaterThanOrEqual(4);
    for (const guide of guides) {
      const $ = loadPage(distDir, guideRoute(guide));
      expect($('h1'), guide.file).toHaveLength(1);
      expect($('h1').text()).toBe(guide.data.title);
      expect($('meta[name="description"]').attr('content')).toBe(guide.data.description);
      expect($('link[rel="canonical"]').attr('href')).toMatch(new RegExp(`${guideRoute(guide)}$`));
    }
  });

  it('render each guide from its data: Astro compiles no guide into a module for Vite to bundle', () => {
    // Astro lists here every content file it imports as code (an MDX guide, before guides became data).
    const modules = readFileSync(join(PROJECT_ROOT, WORKSPACES_DIR, 'default', '.astro', 'content-modules.mjs'), 'utf8');
    expect(modules).not.toContain('.mdx');
    expect(modules.trim()).toBe('export default new Map();');
    // …and the components inside them still render: a care card, and a term with its definition.
    const $ = loadPage(distDir, guideRoute(guides.find((guide) => guide.file.endsWith('first-24-hours.mdx'))!));
    expect($('.prose section.care-card h2').length).toBeGreaterThan(0);
    expect($('.prose .term [role="tooltip"]').first().text()).toMatch(/^\S.*: \S/);
  });

  it('show an image saved beside the guide through Astro\'s image service: converted, sized and lazy', () => {
    const site = inject('builds').hostileClinic;
    const img = loadPage(site, GUIDE_IMAGE.route)(`.prose img[alt="${GUIDE_IMAGE.alt}"]`);
    expect(img).toHaveLength(1);
    expect(img.attr('src')).toMatch(/^\/_astro\/skin-layers\.[\w-]+\.webp$/);
    expect([img.attr('width'), img.attr('height'), img.attr('loading')]).toEqual([String(GUIDE_IMAGE.width), String(GUIDE_IMAGE.height), 'lazy']);
    expect(existsSync(join(site, img.attr('src')!))).toBe(true);
  });

  it('show the reviewer, the review date and the next review date', () => {
    for (const guide of guides) {
      const text = loadPage(distDir, guideRoute(guide))('.review-info').text().replace(/\s+/g, ' ');
      expect(text, guide.file).toMatch(/Page last reviewed: \d{1,2} \w+ \d{4}/);
      expect(text, guide.file).toMatch(/Next review due: \d{1,2} \w+ \d{4}/);
      expect(text, guide.file).toContain('Reviewed by');
    }
  });

  it('say who checked the page in words for patients, not instructions for clinics', () => {
    const $ = loadPage(distDir, routes.guide({ collection: 'aftercare', id: 'warning-signs' }));
    expect($('.review-info p').last().text().replace(/\s+/g, ' ').trim()).toBe(
      'Reviewed by Microneedling Guide editors (not doctors). They check every page against the sources listed on it. For advice about your own skin, ask your clinic or a doctor.',
    );
  });

  it('list their sources and summary', () => {
    for (const guide of guides) {
      const $ = loadPage(distDir, guideRoute(guide));
      expect($('.sources li'), guide.file).toHaveLength(guide.data.sources.length);
      expect($('.summary li'), guide.file).toHaveLength(guide.data.summary.length);
    }
  });

  it('carry breadcrumbs that end at the page', () => {
    for (const guide of guides) {
      const $ = loadPage(distDir, guideRoute(guide));
      const crumbs = $('nav[aria-label="Breadcrumb"] li');
      expect(crumbs.first().find('a').attr('href')).toBe(routes.home());
      expect(crumbs.last().attr('aria-current')).toBe('page');
    }
  });

  it('have a table of contents exactly when they have three or more sections', () => {
    for (const guide of guides) {
      const $ = loadPage(distDir, guideRoute(guide));
      // Markdown sections only: care cards carry their own h2, which the contents leave out.
      const sections = $('.prose > h2').length;
      const toc = $('nav.toc a');
      expect(toc.length, guide.file).toBe(sections >= 3 ? sections : 0);
      toc.each((_, link) => expect($(`[id="${$(link).attr('href')!.slice(1)}"]`).length).toBe(1));
    }
  });
});

describe('booking sentences on the neutral site', () => {
  it('stay plain text pointing to a licensed clinic, since there is no booking page to link to', () => {
    const $ = loadPage(distDir, routes.guide({ collection: 'maintenance', id: 'touch-ups-and-long-term-care' }));
    expect($('.prose a.booking-link')).toHaveLength(0);
    expect($('.prose').text()).toContain('When it is time, book your next session with a licensed clinic.');
  });
});

describe('heading ids', () => {
  it('are the ones the content check expects, so #section links are checked before the build', () => {
    for (const guide of guides) {
      const $ = loadPage(distDir, guideRoute(guide));
      for (const id of headingIds(guide.parsed.tree)) expect($(`[id="${id}"]`).length, `${guide.file} #${id}`).toBe(1);
    }
  });
});

describe('the journey', () => {
  it('is walked by next links that visit every journey guide exactly once, in stage order', () => {
    const visited: string[] = [];
    let route: string | undefined = guideRoute(journey[0]!);
    while (route && visited.length <= journey.length) {
      visited.push(route);
      route = loadPage(distDir, route)('a[rel="next"]').attr('href');
    }
    expect(visited).toEqual(journey.map(guideRoute));
  });

  it('starts from every topic guide, which sits outside the walk', () => {
    const topics = guides.filter((guide) => !isStageId(guide.collection));
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      const $ = loadPage(distDir, guideRoute(topic));
      expect($('a[rel="next"]').attr('href'), topic.file).toBe(guideRoute(journey[0]!));
      expect($('a[rel="prev"]'), topic.file).toHaveLength(0);
    }
  });

  it('is walked back by previous links', () => {
    const last = journey.at(-1)!;
    const visited: string[] = [];
    let route: string | undefined = guideRoute(last);
    while (route && visited.length <= journey.length) {
      visited.push(route);
      route = loadPage(distDir, route)('a[rel="prev"]').attr('href');
    }
    expect(visited).toEqual(journey.map(guideRoute).reverse());
  });

  it('has an index page per stage listing its guides in order', () => {
    for (const stage of STAGES) {
      const $ = loadPage(distDir, routes.stage(stage.id));
      const listed = $('.guide-list a').toArray().map((link) => $(link).attr('href'));
      expect(listed).toEqual(journey.filter((guide) => guide.collection === stage.id).map(guideRoute));
      expect(listed.length, stage.id).toBeGreaterThan(0);
    }
  });

  it('starts on the home page with the four stages as an ordered list', () => {
    const $ = loadPage(distDir, routes.home());
    expect($('ol.journey a').toArray().map((link) => $(link).attr('href'))).toEqual(STAGES.map((stage) => routes.stage(stage.id)));
    // "Step 1" is a label above the link, not part of it (it was underlined and read as the link's name).
    expect($('ol.journey .step').toArray().map((step) => $(step).text())).toEqual(STAGES.map((_, index) => `Step ${index + 1}`));
    expect($('ol.journey a .step')).toHaveLength(0);
    expect($('.start a').attr('href')).toBe(guideRoute(journey[0]!));
  });
});

describe('every page', () => {
  const pages = () => allHtmlFiles(distDir);

  it('has a medical disclaimer in the footer, a skip link and landmarks', () => {
    for (const page of pages()) {
      const $ = cheerio.load(readFileSync(join(distDir, page), 'utf8'));
      const locale = fileLocale(page);
      expect($('footer').text(), page).toContain(t(locale, 'site.disclaimer'));
      // The licences (LICENSE, LICENSE-CONTENT): what a clinic or reader may reuse.
      if (locale === DEFAULT_LOCALE) {
        expect($('footer .licence').text().replace(/\s+/g, ' ').trim(), page).toBe(
          "Guide text by the microneedling-guide contributors, shared under CC BY 4.0. The site's code is under the MIT licence.",
        );
      }
      expect($('footer .licence a[rel="license"]').attr('href'), page).toBe('https://creativecommons.org/licenses/by/4.0/');
      // The reviewer line is read by patients: it speaks to them, not to clinics that reuse the site.
      expect($('.review-info').text(), page).not.toMatch(/clinic that uses this site|adds its own clinician/i);
      expect($('a.skip-link').attr('href'), page).toBe('#main');
      expect($('main#main'), page).toHaveLength(1);
      expect($('header'), page).toHaveLength(1);
      expect($('h1'), page).toHaveLength(1);
      expect($('html').attr('lang'), page).toBeTruthy();
    }
  });

  it('keeps the spaces around links (Astro 7 drops whitespace between lines)', () => {
    for (const page of pages()) {
      const html = readFileSync(join(distDir, page), 'utf8');
      expect(html, page).not.toMatch(/[a-z,.]<a\s/);
      expect(html, page).not.toMatch(/<\/a>[a-z]/);
    }
  });

  it('gets the same HTML findings checked in parts (article, frame once per structure) as validated whole', async () => {
    let split = 0;
    for (const page of pages()) {
      const html = readFileSync(join(distDir, page), 'utf8');
      if (readPage(html).parts.articles.length > 0) split++;
      const inParts = (await checkPage(html, page)).problems.map(({ line, rule, message }) => `${line} ${rule} ${message}`);
      const whole = (await validateHtml(html, page)).map(({ line, rule, message }) => `${line} ${rule} ${message}`);
      expect(inParts.sort(), page).toEqual(whole.sort());
    }
    // Every guide page splits: its guide is the article, the rest is the frame.
    expect(split).toBeGreaterThanOrEqual(guides.length);
  });

  it('includes a helpful 404 page that links to the four stages', () => {
    const $ = cheerio.load(readFileSync(join(distDir, '404.html'), 'utf8'));
    const links = $('main a').toArray().map((link) => $(link).attr('href'));
    for (const stage of STAGES) expect(links).toContain(routes.stage(stage.id));
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });

  it('is listed in the sitemap, guides included', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    for (const guide of guides) expect(sitemap).toContain(guideRoute(guide));
    expect(sitemap).not.toContain('404');
  });
});

describe('weight', () => {
  /** Budgets per page, gzip: a phone on a slow connection gets the whole page in one or two round trips. */
  const HTML_BUDGET = 14 * 1024;
  const CSS_BUDGET = 8 * 1024;

  /** Every style a page applies: its stylesheets and the styles Astro inlined. */
  const pageCss = ($: cheerio.CheerioAPI) =>
    [
      ...$('link[rel="stylesheet"]')
        .toArray()
        .map((link) => readFileSync(join(distDir, $(link).attr('href')!), 'utf8')),
      ...$('style')
        .toArray()
        .map((style) => $(style).text()),
    ].join('');

  it('keeps every guide page within its HTML budget', () => {
    for (const guide of guides) {
      const html = readFileSync(htmlFile(distDir, guideRoute(guide)), 'utf8');
      expect(gzipSize(html), `${guide.file} HTML`).toBeLessThanOrEqual(HTML_BUDGET);
    }
  });

  it('keeps the CSS of every page within 8 KB gzip', () => {
    for (const page of allHtmlFiles(distDir)) {
      const css = pageCss(cheerio.load(readFileSync(join(distDir, page), 'utf8')));
      expect(gzipSize(css), `${page} CSS`).toBeLessThanOrEqual(CSS_BUDGET);
    }
  });
});

describe('precompressed files', () => {
  it('sit beside every text file, the search index’s included, and hold its bytes', () => {
    const texts = filesEndingWith(distDir, COMPRESSIBLE);
    expect(texts.some((file) => file.startsWith('pagefind/'))).toBe(true);
    for (const file of texts) {
      expect(gunzipSync(readFileSync(join(distDir, `${file}.gz`))), file).toEqual(readFileSync(join(distDir, file)));
    }
  });
});
