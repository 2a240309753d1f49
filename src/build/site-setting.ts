// Node-only: the default site's address, and whether a build may publish it. Imported by Node directly
// (scripts/build.mjs) and by astro.config.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The maintainers' settings of the default site, at the top of the checkout. */
export const SITE_SETTINGS_FILE = 'site.yaml';

/** Overrides `url` in site.yaml for one build (e.g. a staging deploy). */
export const SITE_URL_ENV = 'SITE_URL';

/** The address the repository ships with. */
export const PLACEHOLDER_SITE_URL = 'https://example.org';

/** Set by `npm run build -- --draft` for the Astro child: a local look, allowed placeholders, marked pages. */
export const DRAFT_ENV = 'MICRONEEDLING_GUIDE_DRAFT';

/** Is this a draft build (placeholders allowed, every page marked)? */
export function isDraftBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[DRAFT_ENV] === '1';
}

export interface SiteUrl {
  url: string;
  /** Where it came from, as the user would fix it: `site.yaml: url` or `SITE_URL`. */
  from: string;
}

/** The default site's address: SITE_URL if set, else `url` in site.yaml, else the placeholder. */
export function siteUrl(root: string, env: NodeJS.ProcessEnv = process.env): SiteUrl {
  const fromEnv = env[SITE_URL_ENV]?.trim();
  if (fromEnv) return { url: fromEnv, from: SITE_URL_ENV };
  const file = join(root, SITE_SETTINGS_FILE);
  const settings = existsSync(file) ? (parse(readFileSync(file, 'utf8')) as { url?: unknown } | null) : null;
  const url = typeof settings?.url === 'string' ? settings.url.trim() : PLACEHOLDER_SITE_URL;
  return { url, from: `${SITE_SETTINGS_FILE}: url` };
}

/** Addresses reserved for documentation (RFC 2606): a site published there is a mistake. */
const PLACEHOLDER_HOST = /(^|\.)example\.(org|com|net)$/i;

/**
 * Why a production build may not publish at this address, in one line (`file: field what is wrong. What
 * to do.`), or undefined when it may.
 */
export function siteUrlProblem({ url, from }: SiteUrl): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${from} is "${url}", which is not an address. Write the full address the site is published at, e.g. https://guide.my-clinic.com/`;
  }
  if (parsed.protocol !== 'https:') return `${from} is ${url}: it must start with https://. Write the address the site is published at`;
  if (PLACEHOLDER_HOST.test(parsed.hostname)) {
    return `${from} is ${url}, a placeholder: canonical links, the sitemap, robots.txt and calendar files would point there. Set the address the site is published at, or build a local preview with npm run build -- --draft`;
  }
  return undefined;
}
