import { existsSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { builtPages } from './files.ts';
import { readPage, type PageLinks } from './page-parts.ts';

export interface BrokenLink {
  /** The page, relative to the site root, e.g. `aftercare/first-week/index.html`. */
  page: string;
  href: string;
  reason: string;
}

export type { PageLink, PageLinks } from './page-parts.ts';

/** The ids and links of one page (see `readPage`). */
export function pageLinks(html: string): PageLinks {
  return readPage(html).links;
}

/** Where a site-relative URL path is served from in a static build (`/a/` → `a/index.html`). */
function fileFor(distDir: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/') ? [join(decoded, 'index.html')] : [decoded, `${decoded}.html`, join(decoded, 'index.html')];
  return candidates.map((candidate) => join(distDir, candidate)).find((file) => existsSync(file) && !file.endsWith('/'));
}

/**
 * Every internal `href` and `src` in the built site must point to a file, and every `#fragment` to an
 * element id on that page. External links must be https and, when they open a new tab, carry
 * rel="noopener". Pagefind's own files are not checked. `known` holds pages already read (e.g. with
 * their HTML check, or from the cache), so no page is read twice.
 */
export function findBrokenLinks(distDir: string, siteOrigin: string, known: ReadonlyMap<string, PageLinks> = new Map()): BrokenLink[] {
  const pages = builtPages(distDir);
  const read = new Map(known);
  const linksOf = (page: string) => {
    let links = read.get(page);
    if (!links) {
      links = pageLinks(readFileSync(join(distDir, page), 'utf8'));
      read.set(page, links);
    }
    return links;
  };
  const ids = new Map<string, Set<string>>();
  const idsOf = (page: string) => {
    let set = ids.get(page);
    if (!set) {
      set = new Set(linksOf(page).ids);
      ids.set(page, set);
    }
    return set;
  };
  // Many pages link to the same few pages (navigation): look each path up once.
  const files = new Map<string, string | undefined>();
  const targetOf = (pathname: string) => {
    if (!files.has(pathname)) files.set(pathname, fileFor(distDir, posix.normalize(pathname)));
    return files.get(pathname);
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const pageUrl = new URL(`/${page.split('\\').join('/').replace(/index\.html$/, '')}`, siteOrigin);
    for (const { url: raw, target: opens, rel } of linksOf(page).links) {
      if (/^(mailto:|tel:|data:|blob:)/i.test(raw)) continue;
      let url: URL;
      try {
        url = new URL(raw, pageUrl);
      } catch {
        broken.push({ page, href: raw, reason: 'is not a valid URL' });
        continue;
      }
      // Pages write internal links as paths; a full address (a clinic's booking page, even on the same
      // domain) belongs to another system and is checked only for its scheme.
      if (url.origin !== pageUrl.origin || /^[a-z][a-z0-9+.-]*:/i.test(raw)) {
        if (url.protocol !== 'https:') broken.push({ page, href: raw, reason: 'is an external link that is not https' });
        if (opens === '_blank' && !/\bnoopener\b/.test(rel ?? '')) {
          broken.push({ page, href: raw, reason: 'opens a new tab without rel="noopener"' });
        }
        continue;
      }
      const target = url.pathname === pageUrl.pathname ? join(distDir, page) : targetOf(url.pathname);
      if (!target) {
        broken.push({ page, href: raw, reason: 'points to no file in the site' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(relative(distDir, target)).has(fragment)) {
        broken.push({ page, href: raw, reason: `points to #${fragment}, which is not an id on that page` });
      }
    }
  }
  return broken;
}
