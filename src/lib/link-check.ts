import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import * as cheerio from 'cheerio';
import { builtPages } from './files';

export interface BrokenLink {
  /** The page, relative to the site root, e.g. `aftercare/first-week/index.html`. */
  page: string;
  href: string;
  reason: string;
}

/** Where a site-relative URL path is served from in a static build (`/a/` → `a/index.html`). */
function fileFor(distDir: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/') ? [join(decoded, 'index.html')] : [decoded, `${decoded}.html`, join(decoded, 'index.html')];
  return candidates.map((candidate) => join(distDir, candidate)).find((file) => existsSync(file) && !file.endsWith('/'));
}

const ATTRIBUTES = ['href', 'src'] as const;

/**
 * Every internal `href` and `src` in the built site must point to a file, and every `#fragment` to an
 * element id on that page. External links must be https and, when they open a new tab, carry
 * rel="noopener". Pagefind's own files are not checked.
 */
export function findBrokenLinks(distDir: string, siteOrigin: string): BrokenLink[] {
  const pages = builtPages(distDir);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const $ = cheerio.load(readFileSync(file, 'utf8'));
      set = new Set($('[id]').toArray().map((element) => $(element).attr('id')!));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const file = join(distDir, page);
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    const pageUrl = new URL(`/${page.split('\\').join('/').replace(/index\.html$/, '')}`, siteOrigin);
    for (const attribute of ATTRIBUTES) {
      $(`[${attribute}]`).each((_, element) => {
        const raw = $(element).attr(attribute)!;
        if (/^(mailto:|tel:|data:|blob:)/i.test(raw) || $(element).is('link[rel="canonical"], meta')) return;
        let url: URL;
        try {
          url = new URL(raw, pageUrl);
        } catch {
          broken.push({ page, href: raw, reason: 'is not a valid URL' });
          return;
        }
        // Pages write internal links as paths; a full address (a clinic's booking page, even on the same
        // domain) belongs to another system and is checked only for its scheme.
        if (url.origin !== pageUrl.origin || /^[a-z][a-z0-9+.-]*:/i.test(raw)) {
          if (url.protocol !== 'https:') broken.push({ page, href: raw, reason: 'is an external link that is not https' });
          if ($(element).attr('target') === '_blank' && !/\bnoopener\b/.test($(element).attr('rel') ?? '')) {
            broken.push({ page, href: raw, reason: 'opens a new tab without rel="noopener"' });
          }
          return;
        }
        const target = url.pathname === pageUrl.pathname ? file : fileFor(distDir, posix.normalize(url.pathname));
        if (!target) {
          broken.push({ page, href: raw, reason: 'points to no file in the site' });
          return;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
          broken.push({ page, href: raw, reason: `points to #${fragment}, which is not an id on that page` });
        }
      });
    }
  }
  return broken;
}
