import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import * as cheerio from 'cheerio';
import { allHtmlFiles, pagefindFragments, publishedGuides } from '../support/site-files';
import { TEST_SITE_URL } from '../support/build-site';
import { entryLocale } from '../../src/i18n/locales';
import { GUIDE_COLLECTIONS, getStage, isStageId, TOPICS_SEGMENT } from '../../src/lib/stages';

const builds = inject('builds');

/** The default site publishes Spanish once it has Spanish guides (content/<stage>/es/). */
const defaultHasSpanish = publishedGuides().some((guide) => entryLocale(guide.id).locale === 'es');

/** Sites built with Spanish: the fixture clinic whose clinic.yaml has `locales: [en, es]`, and the default site once it has Spanish guides. */
const BILINGUAL = [
  ...(defaultHasSpanish ? [{ name: 'the default site', dir: builds.distDir, englishTag: 'en', origin: TEST_SITE_URL }] : []),
  { name: 'a clinic with Spanish', dir: builds.hostileClinic, englishTag: 'en-GB', origin: 'https://test-clinic.example' },
];

describe('the default site', () => {
  it('builds Spanish pages when, and only when, it has published Spanish guides: no empty Spanish site', () => {
    expect(existsSync(join(builds.distDir, 'es', 'index.html'))).toBe(defaultHasSpanish);
    expect(page(builds.distDir, 'index.html')('.language-switcher').length).toBe(defaultHasSpanish ? 1 : 0);
  });

  it('has a Spanish twin of every English guide, and each English guide page names it as its alternate', () => {
    const guides = publishedGuides();
    const english = guides.filter((guide) => entryLocale(guide.id).locale === 'en');
    const translated = new Set(guides.flatMap((guide) => (entryLocale(guide.id).locale === 'es' ? [`${guide.collection}/${guide.data.translationOf}`] : [])));
    expect(english.filter((guide) => !translated.has(`${guide.collection}/${guide.id}`)).map((guide) => guide.file)).toEqual([]);
    for (const file of guideFiles(builds.distDir).filter((name) => !name.startsWith('es/'))) {
      expect(alternates(page(builds.distDir, file)).es, file).toMatch(new RegExp(`^${TEST_SITE_URL}/es/`));
    }
  });
});

const SEGMENTS: readonly string[] = GUIDE_COLLECTIONS.map((collection) => (isStageId(collection) ? getStage(collection).segment : TOPICS_SEGMENT));

function page(dir: string, file: string) {
  return cheerio.load(readFileSync(join(dir, file), 'utf8'));
}

/** The HTML files of guide pages (`<segment>/<slug>/index.html`, under `es/` for Spanish). */
function guideFiles(dir: string): string[] {
  return allHtmlFiles(dir).filter((file) => {
    const parts = file.replace(/^es\//, '').split('/');
    return parts.length === 3 && SEGMENTS.includes(parts[0]!);
  });
}

/** A page's hreflang alternates, language → absolute URL. */
function alternates($: cheerio.CheerioAPI): Record<string, string> {
  return Object.fromEntries($('link[rel="alternate"][hreflang]').toArray().map((link) => [$(link).attr('hreflang')!, $(link).attr('href')!]));
}

const fileOf = (url: string, origin: string) => `${url.slice(origin.length).replace(/^\//, '')}index.html`;

describe.each(BILINGUAL)('$name', ({ dir, englishTag, origin }) => {
  it('declares the right <html lang> on every page: es under /es/, the site’s English tag elsewhere', () => {
    const files = allHtmlFiles(dir);
    expect(files.some((file) => file.startsWith('es/'))).toBe(true);
    for (const file of files) expect(page(dir, file)('html').attr('lang'), file).toBe(file.startsWith('es/') ? 'es' : englishTag);
  });

  it('links every translated guide to its twin and back, in hreflang, the switcher and structured data', () => {
    const spanish = guideFiles(dir).filter((file) => file.startsWith('es/'));
    for (const file of spanish) {
      const $ = page(dir, file);
      const links = alternates($);
      // A Spanish guide with no English twin has no alternates; the content check requires translationOf.
      expect(Object.keys(links), file).toEqual(['en', 'es', 'x-default']);
      expect(links.es, file).toBe(`${origin}/${file.replace(/index\.html$/, '')}`);
      expect(links['x-default'], file).toBe(links.en);
      const english = page(dir, fileOf(links.en!, origin));
      expect(alternates(english), `${file} ↔ ${links.en}`).toEqual(links);
      expect(english('.language-switcher a[hreflang="es"]').attr('href'), links.en).toBe(new URL(links.es!).pathname);
      expect($('.language-switcher a').attr('href'), file).toBe(new URL(links.en!).pathname);
      const jsonLd = $('script[type="application/ld+json"]').toArray().map((script) => JSON.parse($(script).text()) as { inLanguage?: string });
      expect(jsonLd.find((data) => data.inLanguage)?.inLanguage, file).toBe('es');
    }
  });

  it('sends the switcher of an English guide without a translation to the Spanish stage page, with a notice in Spanish', () => {
    for (const file of guideFiles(dir).filter((name) => !name.startsWith('es/'))) {
      const $ = page(dir, file);
      if (alternates($).es) continue;
      const link = $('.language-switcher li[lang="es"]');
      expect(link.find('a').attr('href'), file).toBe(`/es/${file.split('/')[0] === TOPICS_SEGMENT ? '' : `${file.split('/')[0]}/`}`);
      expect(link.text(), file).toContain('Esta guía aún no está en español');
    }
  });

  it('lists the language alternates in the sitemap, guides paired by translation and other pages by path', () => {
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    const entry = (path: string) => new RegExp(`<url><loc>${origin}${path}</loc>.*?</url>`).exec(sitemap)?.[0] ?? '';
    const faq = entry('/es/faq/');
    for (const [lang, path] of [['en', '/faq/'], ['es', '/es/faq/'], ['x-default', '/faq/']]) {
      expect(faq).toContain(`<xhtml:link rel="alternate" hreflang="${lang}" href="${origin}${path}"/>`);
    }
    for (const file of guideFiles(dir).filter((name) => name.startsWith('es/'))) {
      const links = alternates(page(dir, file));
      for (const url of [links.en!, links.es!]) {
        for (const [lang, href] of Object.entries(links)) expect(entry(new URL(url).pathname), url).toContain(`hreflang="${lang}" href="${href}"`);
      }
    }
  });

  it('indexes Spanish pages apart from English ones, for the Spanish search page', () => {
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).sort()).toEqual([englishTag.toLowerCase(), 'es']);
    expect(page(dir, 'es/search/index.html')('html').attr('lang')).toBe('es');
  });
});

describe('a clinic with Spanish', () => {
  const dir = builds.hostileClinic;

  it('publishes its Spanish guide with a Markdown copy, a social card and a place in llms.txt', () => {
    const $ = page(dir, 'es/aftercare/guia-1/index.html');
    expect($('link[type="text/markdown"]').attr('href')).toBe('/es/aftercare/guia-1.md');
    expect(readFileSync(join(dir, 'es', 'aftercare', 'guia-1.md'), 'utf8')).toContain('Use protector solar');
    expect($('meta[property="og:image"]').attr('content')).toBe('https://test-clinic.example/social/es/aftercare/guia-1.png');
    expect(existsSync(join(dir, 'social', 'es', 'aftercare', 'guia-1.png'))).toBe(true);
    expect(readFileSync(join(dir, 'llms.txt'), 'utf8')).toContain('## Español\n\n- [guía de cuidados 1](https://test-clinic.example/es/aftercare/guia-1.md)');
    // The glossary term resolves to the Spanish entry, on the Spanish glossary page.
    expect($('.term a').attr('href')).toBe('/es/glossary/#collagen');
    expect($('.term .tip').text()).toContain('Una proteína');
  });

  it('builds its Spanish search index from Spanish pages only', () => {
    const fragments = pagefindFragments(dir);
    const spanish = fragments.filter((fragment) => fragment.url.startsWith('/es/'));
    expect(spanish.map((fragment) => fragment.url)).toContain('/es/aftercare/guia-1/');
    expect(spanish.find((fragment) => fragment.url === '/es/aftercare/guia-1/')?.content).toContain('protector solar');
  });
});

describe.each(Object.entries(builds.clinics))('the one-language clinic %s', (_id, dir) => {
  it('has no language switcher, no hreflang, no Spanish pages and no sitemap alternates', () => {
    for (const file of allHtmlFiles(dir)) {
      const $ = page(dir, file);
      expect($('.language-switcher').length, file).toBe(0);
      expect($('link[hreflang]').length, file).toBe(0);
    }
    expect(existsSync(join(dir, 'es'))).toBe(false);
    expect(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')).not.toContain('xhtml:link');
    expect(Object.keys((JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: object }).languages)).toHaveLength(1);
  });
});
