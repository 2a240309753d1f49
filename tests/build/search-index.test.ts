import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import * as cheerio from 'cheerio';
import { STAGE_IDS } from '../../src/lib/stages';
import { routes } from '../../src/lib/routes';
import { ALIAS_FIELDS, SEARCH_INDEX_DIR } from '../../src/lib/search';
import { allHtmlFiles, gzipSize, guideRoute, htmlFile, pagefindFragments, publishedGuides } from '../support/site-files';
import { fixtureProject, tempOutDir } from '../support/fixture-project';
import { buildSite } from '../support/build-site';
import { FIXTURES } from '../support/paths';

const distDir = inject('distDir');

function pagefindPageCount(dir: string): number {
  const entry = JSON.parse(readFileSync(join(dir, SEARCH_INDEX_DIR, 'pagefind-entry.json'), 'utf8'));
  return Object.values(entry.languages as Record<string, { page_count: number }>).reduce((sum, language) => sum + language.page_count, 0);
}

describe('search index', () => {
  it('indexes every guide plus the FAQ and glossary, and nothing else', () => {
    const indexed = allHtmlFiles(distDir).filter((file) => readFileSync(join(distDir, file), 'utf8').includes('data-pagefind-body'));
    expect(indexed.sort()).toEqual(
      [...publishedGuides().map((guide) => `${guideRoute(guide).slice(1)}index.html`), 'faq/index.html', 'glossary/index.html'].sort(),
    );
    expect(pagefindPageCount(distDir)).toBe(publishedGuides().length + 2);
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
    const stages = new Set(publishedGuides().filter((guide) => guide.collection !== 'topics').map((guide) => guide.collection));
    expect([...stages].sort()).toEqual([...STAGE_IDS].sort());
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

  it('does not index the 404 page and keeps the search page out of the sitemap', () => {
    expect(readFileSync(join(distDir, '404.html'), 'utf8')).not.toContain('data-pagefind-body');
    expect(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8')).not.toContain(routes.search());
  });

  it('lets browsers add the site search (OpenSearch)', () => {
    const xml = readFileSync(join(distDir, 'opensearch.xml'), 'utf8');
    expect(xml).toContain(`${routes.search()}?q={searchTerms}`);
    const $ = cheerio.load(readFileSync(join(distDir, 'index.html'), 'utf8'));
    expect($('link[rel="search"]').attr('href')).toBe(routes.openSearch());
  });
});

describe('weight of search on content pages', () => {
  /** The launcher is the only script a content page loads; search code waits until it is needed. */
  const LAUNCHER_BUDGET = 1536;

  it('loads one small launcher and nothing else', () => {
    for (const guide of publishedGuides()) {
      const $ = cheerio.load(readFileSync(htmlFile(distDir, guideRoute(guide)), 'utf8'));
      const scripts = $('script[src]').toArray().map((script) => $(script).attr('src')!);
      expect(scripts, guide.file).toHaveLength(1);
      expect($('script:not([src]):not([type="application/ld+json"])'), guide.file).toHaveLength(0);
      const launcher = readFileSync(join(distDir, scripts[0]!), 'utf8');
      const staticImports = [...launcher.matchAll(/^import[^;]*?from\s*"([^"]+)"/gm)].map((match) => match[1]!);
      const bytes = [launcher, ...staticImports.map((file) => readFileSync(join(distDir, '_astro', file), 'utf8'))]
        .map(gzipSize)
        .reduce((sum, size) => sum + size, 0);
      expect(bytes, 'launcher and its static imports, gzip').toBeLessThanOrEqual(LAUNCHER_BUDGET);
      expect(launcher).not.toContain('pagefind');
    }
  });

  it('keeps our own search UI code under 8 KB gzip', () => {
    const ui = allHtmlFiles(distDir).length && readFileSync(join(distDir, 'search', 'index.html'), 'utf8');
    const $ = cheerio.load(ui as string);
    const src = $('script[src]').toArray().map((script) => $(script).attr('src')!);
    const chunks = new Set<string>();
    for (const file of src) {
      const code = readFileSync(join(distDir, file), 'utf8');
      chunks.add(file);
      for (const match of code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) chunks.add(`/_astro/${match[1]}`);
    }
    const total = [...chunks].map((file) => gzipSize(readFileSync(join(distDir, file)))).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(8 * 1024);
  });
});

describe('drafts', () => {
  it('are neither built, indexed nor listed in a production build', async () => {
    // A copy of a fixture guide, marked as a draft, with its own order.
    const source = readFileSync(join(FIXTURES, 'minimal', 'content', 'aftercare', 'guide-1.mdx'), 'utf8');
    const root = fixtureProject({
      'aftercare/draft-guide.mdx': source.replace(/^order: 1$/m, 'order: 9\ndraft: true').replace('aftercare guide 1', 'Draft guide'),
    });
    const out = tempOutDir();
    const build = await buildSite(root, out);
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(existsSync(join(out, 'aftercare', 'draft-guide', 'index.html'))).toBe(false);
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).not.toContain('draft-guide');
    expect(readFileSync(join(out, 'aftercare', 'index.html'), 'utf8')).not.toContain('draft-guide');
    expect(pagefindPageCount(out)).toBe(8 + 2);
  });
});
