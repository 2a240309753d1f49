import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import * as cheerio from 'cheerio';
import { STAGE_IDS } from '../../src/lib/stages';
import { routes } from '../../src/lib/routes';
import { ALIAS_FIELDS, SEARCH_INDEX_DIR } from '../../src/lib/search';
import { allHtmlFiles, builtLocales, fileLocale, gzipSize, guideRoute, htmlFile, pageScripts, pagefindFragments, publishedGuides } from '../support/site-files';
import { DRAFT_GUIDE, buildLog } from '../support/global-setup';
import { LOCALES } from '../../src/i18n/locales';

const distDir = inject('distDir');

function pagefindPageCount(dir: string): number {
  const entry = JSON.parse(readFileSync(join(dir, SEARCH_INDEX_DIR, 'pagefind-entry.json'), 'utf8'));
  return Object.values(entry.languages as Record<string, { page_count: number }>).reduce((sum, language) => sum + language.page_count, 0);
}

describe('search index', () => {
  /** Routes Pagefind indexes: one page per published guide, plus each language's FAQ and glossary (their answers are searchable too). */
  const expectedRoutes = () =>
    [...publishedGuides().map(guideRoute), ...builtLocales(distDir).flatMap((locale) => [routes.faq(locale), routes.glossary(locale)])].sort();

  it('holds one page per published guide plus the FAQ and glossary pages: no 404, no search page, no drafts', () => {
    const marked = allHtmlFiles(distDir)
      .filter((file) => readFileSync(join(distDir, file), 'utf8').includes('data-pagefind-body'))
      .map((file) => `/${file.replace(/index\.html$/, '')}`);
    expect(marked.sort()).toEqual(expectedRoutes());
    const indexed = pagefindFragments(distDir).map((fragment) => fragment.url);
    expect(indexed.sort()).toEqual(expectedRoutes());
    expect(indexed).not.toContain(routes.search());
    expect(indexed.some((url) => url.includes('404'))).toBe(false);
    expect(pagefindPageCount(distDir)).toBe(expectedRoutes().length);
  });

  it('has a stage filter with exactly the four stages, each guide in its own (read from the built index)', () => {
    const fragments = pagefindFragments(distDir);
    const stages = new Set(fragments.flatMap((fragment) => fragment.filters.stage ?? []));
    expect([...stages].sort()).toEqual([...STAGE_IDS].sort());
    for (const guide of publishedGuides()) {
      const fragment = fragments.find((candidate) => candidate.url === guideRoute(guide))!;
      expect(fragment.filters.stage, guide.file).toEqual(guide.collection === 'topics' ? undefined : [guide.collection]);
    }
  });

  it('gives each guide its title, description, journey sort key and (in the journey) one stage facet', () => {
    for (const guide of publishedGuides()) {
      const $ = cheerio.load(readFileSync(htmlFile(distDir, guideRoute(guide)), 'utf8'));
      const filter = $('[data-pagefind-body]').attr('data-pagefind-filter');
      if (guide.collection === 'topics') expect(filter).toBeUndefined();
      else expect(filter).toBe(`stage:${guide.collection}`);
      expect($('[data-pagefind-meta="title"]').text()).toBe(guide.data.title);
      expect($('[data-pagefind-meta="description"]').text()).toBe(guide.data.description);
      expect($('[data-pagefind-body]').attr('data-pagefind-sort')).toMatch(/^journey:\d{2}-\d{3}$/);
    }
  });

  it('indexes patient words (aliases) as metadata, once each, and never in the text excerpts are cut from', () => {
    const fragments = pagefindFragments(distDir);
    let aliasOnlyWords = 0;
    for (const guide of publishedGuides()) {
      const fragment = fragments.find((candidate) => candidate.url === guideRoute(guide))!;
      const words = [fragment.meta[ALIAS_FIELDS.own], fragment.meta[ALIAS_FIELDS.glossary]].flatMap((field) => field?.split(', ') ?? []);
      for (const alias of guide.data.aliases) expect(words, guide.file).toContain(alias);
      const folded = words.map((word) => word.toLowerCase());
      expect(new Set(folded).size, `${guide.file}: repeated aliases`).toBe(folded.length);
      const content = fragment.content.toLowerCase();
      const hidden = folded.filter((word) => !content.includes(word));
      aliasOnlyWords += hidden.length;
      expect(cheerio.load(readFileSync(htmlFile(distDir, guideRoute(guide)), 'utf8'))('main [hidden]').text(), guide.file).toBe('');
    }
    // Were aliases part of the page text (as a hidden paragraph once was), every one would be found there.
    expect(aliasOnlyWords, 'aliases that are not in the indexed text').toBeGreaterThan(0);
  });

  it('keeps header, footer, navigation and sources out of the index', () => {
    const $ = cheerio.load(readFileSync(htmlFile(distDir, guideRoute(publishedGuides()[0]!)), 'utf8'));
    expect($('[data-pagefind-body] header, [data-pagefind-body] footer, [data-pagefind-body] .sources')).toHaveLength(0);
    expect($('.sources').closest('[data-pagefind-body]')).toHaveLength(0);
    expect($('.sources').attr('data-pagefind-ignore')).toBeDefined();
  });

  it('keeps the search page out of the sitemap', () => {
    expect(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8')).not.toContain(routes.search());
  });
});

describe('search on every page', () => {
  it('has the header search form and the OpenSearch link on every built page', () => {
    const xml = readFileSync(join(distDir, 'opensearch.xml'), 'utf8');
    expect(xml).toContain(`${routes.search()}?q={searchTerms}`);
    const pages = allHtmlFiles(distDir);
    expect(pages).toContain('404.html');
    for (const page of pages) {
      const $ = cheerio.load(readFileSync(join(distDir, page), 'utf8'));
      // Each language searches from its own search page (and so its own index).
      const form = $(`header form[action="${routes.search(fileLocale(page))}"][role="search"]`);
      expect(form, page).toHaveLength(1);
      expect(form.find('input[type="search"][name="q"]'), page).toHaveLength(1);
      const link = $('link[rel="search"][type="application/opensearchdescription+xml"]');
      expect(link, page).toHaveLength(1);
      expect(link.attr('href'), page).toBe(routes.openSearch());
    }
  });
});

describe('weight of search on content pages', () => {
  /** The launcher is the only script a content page loads; search code waits until it is needed. */
  const LAUNCHER_BUDGET = 1536;
  /** One page of each kind: home, each stage index, a guide, FAQ, glossary and 404. */
  const contentPages = () => [
    'index.html',
    ...STAGE_IDS.map((stage) => `${routes.stage(stage).slice(1)}index.html`),
    `${guideRoute(publishedGuides()[0]!).slice(1)}index.html`,
    'faq/index.html',
    'glossary/index.html',
    '404.html',
  ];
  const bytes = (scripts: { files: string[]; inline: string[] }) =>
    [...scripts.files.map((file) => readFileSync(join(distDir, file))), ...scripts.inline].map(gzipSize).reduce((sum, size) => sum + size, 0);

  /** Pages that are tools, loading their own code: the search page and the treatment plan (budgeted in plan.test.ts). */
  const TOOL_PAGES = LOCALES.flatMap((locale) => [routes.search(locale), routes.plan(locale)]).map((route) => `${route.slice(1)}index.html`);

  it('loads only the shared launcher, within 1.5 KB gzip with everything it imports, on every page but the tools', () => {
    const launcher = pageScripts(distDir, 'index.html');
    expect(launcher.files.length).toBeGreaterThan(0);
    const pages = allHtmlFiles(distDir).filter((file) => !TOOL_PAGES.includes(file));
    expect(pages).toEqual(expect.arrayContaining(contentPages()));
    for (const page of pages) {
      const scripts = pageScripts(distDir, page);
      // The same files everywhere, so the browser fetches them once and then has them cached.
      expect(scripts, page).toEqual(launcher);
      expect(bytes(scripts), `${page}: JavaScript loaded before the search is used, gzip`).toBeLessThanOrEqual(LAUNCHER_BUDGET);
      for (const file of scripts.files) {
        expect(readFileSync(join(distDir, file), 'utf8'), `${page}: ${file}`).not.toMatch(/pagefind\.js|pagefind\//);
      }
    }
  });

  it('keeps our own search UI code under 8 KB gzip', () => {
    const { files, inline } = pageScripts(distDir, 'search/index.html');
    const chunks = new Set(files);
    // The search page loads the UI statically; add the chunks the launcher imports dynamically, in case they differ.
    for (const file of files) {
      for (const match of readFileSync(join(distDir, file), 'utf8').matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) chunks.add(`_astro/${match[1]}`);
    }
    expect(bytes({ files: [...chunks], inline })).toBeLessThanOrEqual(8 * 1024);
  });
});

describe('drafts', () => {
  it('are neither built, indexed nor listed in a production build', () => {
    const out = inject('builds').hostileClinic;
    // The draft was read and checked with the fixture's nine guides, then left out of everything below.
    expect(readFileSync(buildLog('hostile clinic'), 'utf8')).toMatch(/\b10 guides checked\b/);
    // Its file name, which any link to it, with or without a trailing slash or a .md ending, would hold.
    const slug = basename(DRAFT_GUIDE.file, '.mdx');
    expect(existsSync(join(out, DRAFT_GUIDE.route, 'index.html'))).toBe(false);
    expect(existsSync(join(out, `${DRAFT_GUIDE.route.slice(0, -1)}.md`))).toBe(false);
    for (const file of ['llms.txt', 'sitemap-0.xml', 'aftercare/index.html']) expect(readFileSync(join(out, file), 'utf8'), file).not.toContain(slug);
    // The fixture's eight English guides and one Spanish one, and the FAQ and glossary in each language.
    expect(pagefindPageCount(out)).toBe(9 + 2 * 2);
    expect(pagefindFragments(out).map((fragment) => fragment.url)).not.toContain(DRAFT_GUIDE.route);
  });
});
