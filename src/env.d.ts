/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The guide being rendered, so MDX components (Timeline, Checklist) read its frontmatter. */
    guide?: import('./schemas/guide').GuideData;
    /** How many glossary terms this page has rendered so far (for unique tooltip ids). */
    termCount?: number;
  }
}

declare module 'virtual:microneedling-guide/site' {
  export const site: import('./lib/site').SiteIdentity;
  /** The clinic's logo, bundled; undefined on the neutral site. */
  export const logo: { src: string; alt: string } | undefined;
  export const favicon: string | undefined;
  /** Colours, font and favicon file for images made at build time (social cards, touch icons). */
  export const brand: import('./lib/social-card').CardBrand & { faviconFile: string };
  /** The project root and Astro's cache folder, for build-time caches. */
  export const buildPaths: { root: string; cacheDir: string };
  /** The address the site is built for: a clinic's own, or the default site's (SITE_URL or site.yaml). */
  export const siteUrl: string | undefined;
}

declare module 'virtual:microneedling-guide/brand.css';
