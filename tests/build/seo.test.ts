import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import * as cheerio from 'cheerio';
import { parse as parseYaml } from 'yaml';
import { allHtmlFiles, fileLocale, guideRoute, publishedGuides } from '../support/site-files';
import { LOCALES, localePrefix } from '../../src/i18n/locales';
import { checkJsonLd, typesIn } from '../support/structured-data-rules';
import { PROJECT_ROOT } from '../support/paths';
import { TEST_SITE_URL } from '../support/build-site';
import { filesEndingWith } from '../../src/lib/files';
import { routes } from '../../src/lib/routes';
import { STAGES } from '../../src/lib/stages';
import { stageLabel, stageShortLabel } from '../../src/i18n/stage-text';
import { isoDate } from '../../src/lib/dates';
import { OPENSEARCH_LIMITS } from '../../src/lib/seo';
import { NEUTRAL_CARD_BRAND, SOCIAL_CARD, TOUCH_ICON_SIZE } from '../../src/lib/social-card';
import { socialCardPng } from '../../src/lib/render-card';
import { NEUTRAL_IDENTITY } from '../../src/lib/identity';
import type { Clinic } from '../../src/schemas/clinic';

const builds = inject('builds');

/** The search page of each language: noindex, so no canonical and no sitemap entry. */
const SEARCH_PAGES = LOCALES.map((locale) => `${routes.search(locale).slice(1)}index.html`);

function clinicConfig(id: string): Clinic {
  return parseYaml(readFileSync(join(PROJECT_ROOT, 'content', 'clinics', id, 'clinic.yaml'), 'utf8')) as Clinic;
}

/** The default site and both example clinics, each with the address it is published at. */
const SITES = [
  { name: 'the default site', dir: builds.distDir, origin: TEST_SITE_URL, clinic: undefined },
  ...Object.entries(builds.clinics).map(([id, dir]) => {
    const clinic = clinicConfig(id);
    return { name: `the ${id} clinic`, dir, origin: clinic.url.replace(/\/$/, ''), clinic };
  }),
];

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString(), file).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The page's route from its file: `aftercare/first-week/index.html` → `/aftercare/first-week/`. */
const routeOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

function jsonLdOf($: cheerio.CheerioAPI): unknown[] {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((block) => JSON.parse($(block).text()) as unknown);
}

describe('the default site’s own social card', () => {
  it('is drawn with the address the site is published at', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'site-card-'));
    const card = (host: string) => socialCardPng({ title: NEUTRAL_IDENTITY.name, kicker: host, siteName: NEUTRAL_IDENTITY.name }, NEUTRAL_CARD_BRAND, { root: PROJECT_ROOT, cacheDir });
    const built = readFileSync(join(builds.distDir, 'social', 'site.png'));
    expect(built.equals(await card(new URL(TEST_SITE_URL).host))).toBe(true);
    expect(built.equals(await card('example.org'))).toBe(false);
  });
});

describe.each(SITES)('$name', ({ dir, origin, clinic }) => {
  const pages = allHtmlFiles(dir).filter((file) => file !== '404.html');
  const load = (file: string) => cheerio.load(readFileSync(join(dir, file), 'utf8'));
  const siteName = () => load('index.html')('title').text();
  /** Guides are the pages with a Markdown copy; `.md` files exist only for guides. */
  const guideMarkdown = filesEndingWith(dir, ['.md']);
  const guideRoutes = guideMarkdown.map((file) => `/${file.replace(/\.md$/, '/')}`);

  it('has a unique title, a description, a canonical URL on its own address and the language on every page', () => {
    // Unique within a language: a page and its translation are alternates of each other, not duplicates.
    const titles = new Set<string>();
    for (const file of pages) {
      const $ = load(file);
      const title = `${fileLocale(file)}: ${$('title').text()}`;
      expect(titles.has(title), `${file}: title "${title}" is used twice`).toBe(false);
      titles.add(title);
      expect($('meta[name="description"]').attr('content')?.length, file).toBeGreaterThanOrEqual(50);
      expect($('html').attr('lang'), file).toBe(fileLocale(file) === 'en' ? (clinic?.locale ?? 'en') : fileLocale(file));
      // Search results are not content: the search page is kept out of the index, so it names no canonical.
      if (SEARCH_PAGES.includes(file)) {
        expect($('meta[name="robots"]').attr('content')).toBe('noindex');
        expect($('link[rel="canonical"]')).toHaveLength(0);
      } else {
        expect($('link[rel="canonical"]').attr('href'), file).toBe(`${origin}${routeOf(file)}`);
      }
    }
  });

  it('titles guides "{guide} — {stage} | {site}"', () => {
    for (const route of guideRoutes) {
      const file = `${route.slice(1)}index.html`;
      const locale = fileLocale(file);
      const path = route.slice(localePrefix(locale).length);
      if (path.startsWith('/topics/')) continue;
      const $ = load(file);
      const stage = STAGES.find((candidate) => path.startsWith(`/${candidate.segment}/`))!;
      const home = load(`${localePrefix(locale).slice(1)}${locale === 'en' ? '' : '/'}index.html`)('h1').text();
      expect($('title').text(), route).toBe(`${$('h1').text()} — ${stageShortLabel(stage.id, locale)} | ${home}`);
    }
  });

  it('gives every page Open Graph and Twitter card tags with a 1200×630 image on its own address', () => {
    for (const file of pages) {
      const $ = load(file);
      const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
      expect(meta('og:url'), file).toBe(`${origin}${routeOf(file)}`);
      expect(meta('og:title'), file).toBeTruthy();
      expect(meta('og:description'), file).toBeTruthy();
      expect(meta('twitter:card'), file).toBe('summary_large_image');
      const image = meta('og:image')!;
      expect(meta('twitter:image'), file).toBe(image);
      expect(image.startsWith(`${origin}/`), `${file}: ${image}`).toBe(true);
      const png = join(dir, new URL(image).pathname);
      expect(existsSync(png), `${file}: ${image} is not in the build`).toBe(true);
      expect(pngSize(png), image).toEqual(SOCIAL_CARD);
    }
  });

  it('has its own social card on every guide and stage page', () => {
    const cardOf = (route: string) => load(`${route.slice(1)}index.html`)('meta[property="og:image"]').attr('content');
    const stageCards = STAGES.map((stage) => cardOf(routes.stage(stage.id)));
    const guideCards = guideRoutes.map(cardOf);
    expect(new Set([...stageCards, ...guideCards]).size).toBe(stageCards.length + guideCards.length);
  });

  it('has a 180×180 apple-touch-icon', () => {
    expect(load('index.html')('link[rel="apple-touch-icon"]').attr('href')).toBe(routes.appleTouchIcon());
    expect(pngSize(join(dir, routes.appleTouchIcon()))).toEqual({ width: TOUCH_ICON_SIZE, height: TOUCH_ICON_SIZE });
  });

  it('writes JSON-LD that search engines accept on every page, with links only to its own address', () => {
    for (const file of pages) {
      for (const data of jsonLdOf(load(file))) expect(checkJsonLd(data, origin), file).toEqual([]);
    }
  });

  it('writes the structured-data types of each page type', () => {
    const typesOf = (route: string) => jsonLdOf(load(`${route.slice(1)}index.html`)).map((data) => (data as { '@type': string })['@type']);
    expect(typesOf(routes.home())).toEqual(['WebSite', 'MedicalProcedure']);
    for (const stage of STAGES) expect(typesOf(routes.stage(stage.id))).toEqual(['CollectionPage', 'BreadcrumbList']);
    for (const route of guideRoutes) expect(typesOf(route), route).toEqual(['MedicalWebPage', 'BreadcrumbList']);
    expect(typesOf(routes.faq())).toEqual(['FAQPage', 'BreadcrumbList']);
    expect(typesOf(routes.glossary())).toEqual(['DefinedTermSet', 'BreadcrumbList']);
  });

  it('names the publisher: the clinic with its address and phone, or the neutral site as an Organization', () => {
    const [website] = jsonLdOf(load('index.html')) as { publisher: Record<string, string> }[];
    if (clinic) {
      expect(website!.publisher).toMatchObject({ '@type': 'MedicalClinic', name: clinic.name, telephone: clinic.contact.phone, address: clinic.contact.address });
    } else {
      expect(website!.publisher).toEqual({ '@type': 'Organization', name: siteName(), url: `${origin}/` });
    }
  });

  it('draws the home page’s MedicalProcedure from the stage guides’ key points', () => {
    const procedure = jsonLdOf(load('index.html'))[1] as Record<string, string>;
    const firstKeyPoint = (stage: string) => {
      const file = guideMarkdown.find((name) => name.startsWith(`${stage}/`))!;
      return /## Key points\n\n- (.+)/.exec(readFileSync(join(dir, file), 'utf8'))![1]!;
    };
    expect(procedure.preparation).toContain(firstKeyPoint('consultation'));
    expect(procedure.howPerformed).toContain(firstKeyPoint('procedure'));
    expect(procedure.followup).toContain(firstKeyPoint('aftercare'));
  });

  it('keeps the 404 page out of search engines and the sitemap', () => {
    const $ = load('404.html');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('link[rel="canonical"]')).toHaveLength(0);
    expect(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')).not.toMatch(/404|\/search\//);
  });

  it('lists every page in the sitemap, with each guide’s lastReviewed as lastmod, and names it in robots.txt', () => {
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    const entries = new Map([...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((match) => [match[1]!, match[2]]));
    for (const file of pages.filter((page) => !SEARCH_PAGES.includes(page))) expect(entries.has(`${origin}${routeOf(file)}`), file).toBe(true);
    for (const file of guideMarkdown) {
      const facts = parseYaml(readFileSync(join(dir, file), 'utf8').split('---\n')[1]!) as { url: string; lastReviewed: string };
      expect(entries.get(facts.url), facts.url).toMatch(new RegExp(`^${facts.lastReviewed}`));
    }
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    expect(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${origin}/sitemap-0.xml</loc>`);
  });

  it('indexes every guide in llms.txt, by stage, linking to its Markdown copy', () => {
    const llms = readFileSync(join(dir, 'llms.txt'), 'utf8');
    expect(llms.startsWith(`# ${siteName()}\n`)).toBe(true);
    for (const stage of STAGES) expect(llms).toContain(`\n## ${stageLabel(stage.id, 'en')}\n`);
    if (clinic) expect(llms).toContain(`Clinic phone: ${clinic.contact.phoneDisplay}. Address: ${clinic.contact.address}.`);
    for (const file of guideMarkdown) {
      const facts = parseYaml(readFileSync(join(dir, file), 'utf8').split('---\n')[1]!) as { title: string; description: string };
      expect(llms).toContain(`- [${facts.title}](${origin}/${file}): ${facts.description}`);
    }
  });

  it('links each guide to its Markdown copy, which carries the review facts and sources', () => {
    expect(guideMarkdown.length).toBeGreaterThanOrEqual(15);
    for (const route of guideRoutes) {
      const $ = load(`${route.slice(1)}index.html`);
      const markdownPath = $('link[rel="alternate"][type="text/markdown"]').attr('href')!;
      expect(markdownPath, route).toBe(`${route.slice(0, -1)}.md`);
      const markdown = readFileSync(join(dir, markdownPath), 'utf8');
      const facts = parseYaml(markdown.split('---\n')[1]!) as Record<string, unknown>;
      expect(facts, route).toMatchObject({ url: `${origin}${route}`, title: $('h1').text() });
      expect(Object.keys(facts)).toEqual(expect.arrayContaining(['lastReviewed', 'nextReview', 'reviewedBy', 'sources']));
      expect(markdown, route).not.toMatch(/<[A-Z]\w*[\s/>]/);
    }
  });

  it('gives browsers an OpenSearch ShortName within 16 characters and the full name as LongName', () => {
    const xml = readFileSync(join(dir, 'opensearch.xml'), 'utf8');
    const shortName = /<ShortName>([^<]*)<\/ShortName>/.exec(xml)![1]!;
    expect(shortName.length).toBeLessThanOrEqual(OPENSEARCH_LIMITS.shortName);
    // A whole-word part of the site's name, never cut mid-word as `name.slice(0, 16)` did.
    expect(siteName()).toMatch(new RegExp(`(^|\\s)${shortName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`));
    expect(xml).toContain(`<LongName>${siteName().slice(0, OPENSEARCH_LIMITS.longName)}</LongName>`);
  });

  it('mentions no other address: no localhost, and no example.org on a clinic’s site', () => {
    for (const file of filesEndingWith(dir, ['.html', '.xml', '.txt', '.md', '_headers'])) {
      const content = readFileSync(join(dir, file), 'utf8');
      expect(content, file).not.toMatch(/localhost|127\.0\.0\.1/);
      if (clinic) expect(content, file).not.toContain('example.org');
    }
  });
});

describe('guides of the default site', () => {
  it('all have a Markdown copy, a social card and a sitemap date, drafts none', () => {
    const sitemap = readFileSync(join(builds.distDir, 'sitemap-0.xml'), 'utf8');
    for (const guide of publishedGuides()) {
      const route = guideRoute(guide);
      expect(existsSync(join(builds.distDir, routes.guideMarkdown(guide))), route).toBe(true);
      expect(sitemap, route).toContain(`<loc>${TEST_SITE_URL}${route}</loc><lastmod>${isoDate(guide.data.lastReviewed)}`);
    }
  });

  it('type the editorial team as an Organization, a clinic’s clinician as a Person', () => {
    const reviewer = (dir: string, route: string) =>
      (jsonLdOf(cheerio.load(readFileSync(join(dir, route, 'index.html'), 'utf8')))[0] as { reviewedBy: { '@type': string } }).reviewedBy['@type'];
    expect(reviewer(builds.distDir, '/aftercare/first-week/')).toBe('Organization');
    expect(reviewer(builds.clinics['harbour-skin'], '/consultation/what-happens-at-consultation/')).toBe('Person');
  });

  it('put a clinic’s phone into the care cards of the Markdown copy', () => {
    const clinic = clinicConfig('harbour-skin');
    const markdown = readFileSync(join(builds.clinics['harbour-skin'], 'aftercare', 'warning-signs.md'), 'utf8');
    expect(markdown).toContain(clinic.contact.phoneDisplay);
    expect(markdown).toContain(`tel:${clinic.contact.phone}`);
    expect(markdown).toContain(`**Immediate action required. Call ${clinic.emergency.number} now if:**`);
  });
});
