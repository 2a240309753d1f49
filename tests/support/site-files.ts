import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { checkContent, type CheckedGuide } from '../../src/checks/content-check';
import { routes } from '../../src/lib/routes';
import { builtPages, filesEndingWith } from '../../src/lib/files';
import { reviewDate } from '../../src/lib/dates';
import { TEST_REVIEW_DATE } from './build-site';
import { PROJECT_ROOT } from './paths';
import { DEFAULT_LOCALE, entryLocale, isLocale, LOCALES, type Locale } from '../../src/i18n/locales';

/** Published guides of the default site, read from its sources (not from the build under test). */
export function publishedGuides(root = PROJECT_ROOT): CheckedGuide[] {
  const { guides, problems } = checkContent(root, { today: reviewDate(TEST_REVIEW_DATE) });
  if (problems.length > 0) throw new Error(`The site's content has problems: ${problems.map((p) => p.message).join('; ')}`);
  return guides.filter((guide) => !guide.data.draft);
}

/** Published guides of one language (its folder: `content/<stage>/es/` is Spanish). */
export function publishedGuidesIn(locale: Locale, root = PROJECT_ROOT): CheckedGuide[] {
  return publishedGuides(root).filter((guide) => entryLocale(guide.id).locale === locale);
}

/** The language of a built page, from its path: `es/faq/index.html` is Spanish, `faq/index.html` English. */
export function fileLocale(file: string): Locale {
  const first = file.split('/')[0];
  return first !== DEFAULT_LOCALE && isLocale(first) ? first : DEFAULT_LOCALE;
}

/** The languages a build has pages in: English, and each language with its own folder. */
export function builtLocales(distDir: string): Locale[] {
  return LOCALES.filter((locale) => locale === DEFAULT_LOCALE || existsSync(join(distDir, locale, 'index.html')));
}

/** The built HTML file for a route such as `/aftercare/first-week/`. */
export function htmlFile(distDir: string, route: string): string {
  return join(distDir, route, 'index.html');
}

export function loadPage(distDir: string, route: string): cheerio.CheerioAPI {
  const file = htmlFile(distDir, route);
  if (!existsSync(file)) throw new Error(`No page built for ${route} (expected ${file})`);
  return cheerio.load(readFileSync(file, 'utf8'));
}

export function guideRoute(guide: CheckedGuide): string {
  return routes.guide(guide);
}

/** Every HTML file in the build, as routes relative to the site root. */
export function allHtmlFiles(distDir: string): string[] {
  return builtPages(distDir);
}

export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** One page as Pagefind stored it: the text it searches and shows in excerpts, its filters and metadata. */
export interface PagefindFragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/**
 * Every page in a built Pagefind index, read from its fragment files (gzip, a 12-byte `pagefind_dcd`
 * signature, then JSON), so tests check what the browser will search, not only the HTML attributes.
 */
export function pagefindFragments(distDir: string, indexDir = 'pagefind'): PagefindFragment[] {
  const dir = join(distDir, indexDir, 'fragment');
  return filesEndingWith(dir, ['.pf_fragment']).map((file) => {
    const data = gunzipSync(readFileSync(join(dir, file)));
    const signature = data.subarray(0, 12).toString();
    if (signature !== 'pagefind_dcd') throw new Error(`${file}: not a Pagefind fragment (starts with "${signature}")`);
    return JSON.parse(data.subarray(12).toString('utf8')) as PagefindFragment;
  });
}

/**
 * Every JavaScript file a built page loads before the reader does anything: its module scripts and, followed
 * recursively, their static imports (`import … from`, side-effect `import "…"`, `export … from`). Dynamic
 * `import()` is left out: that code waits until it is asked for. Files are relative to the site root; `inline`
 * holds the code of inline scripts (JSON-LD is data, not script).
 */
export function pageScripts(distDir: string, htmlPath: string): { files: string[]; inline: string[] } {
  const $ = cheerio.load(readFileSync(join(distDir, htmlPath), 'utf8'));
  const seen = new Set<string>();
  const staticImports = (code: string, from: string) =>
    [...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`]([^"'`]+\.js)["'`]/g)].map((match) =>
      posix.join(match[1]!.startsWith('/') ? '' : posix.dirname(from), match[1]!).replace(/^\//, ''),
    );
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(readFileSync(join(distDir, file), 'utf8'), file)) visit(next);
  };
  $('script[src]').each((_, script) => {
    const src = $(script).attr('src')!;
    if (/^(https?:)?\/\//.test(src)) throw new Error(`${htmlPath} loads a script from another site: ${src}`);
    visit(src.replace(/^\//, ''));
  });
  const inline = $('script:not([src]):not([type="application/ld+json"])')
    .toArray()
    .map((script) => $(script).text());
  for (const code of inline) for (const next of staticImports(code, htmlPath)) visit(next);
  return { files: [...seen].sort(), inline };
}
