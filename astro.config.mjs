// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { clinicSite } from './src/integrations/clinic.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { siteIntegrity } from './src/integrations/site-integrity.ts';
import { serverConfig } from './src/integrations/server-config.ts';
import { readReviewedGuides, sitemapSerializer, UNLISTED } from './src/lib/sitemap.ts';
import { contentRoot } from './src/lib/content-location.ts';
import { failingCleanly } from './src/build/clean-failure.ts';
import { siteUrl } from './src/build/site-setting.ts';
import { ASTRO_CACHE_DIR } from './src/build/workspace.ts';
import { pageReuse } from './src/integrations/page-reuse.ts';
import { endpointFiles } from './src/integrations/endpoint-files.ts';
import { draftMarks } from './src/integrations/draft-marks.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales.ts';

/** The address the default site is published at (site.yaml or SITE_URL); a clinic build uses its own `url`. */
const { url: site } = siteUrl(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  site,
  // Inside the project, not node_modules: test fixtures share node_modules by symlink but build apart.
  cacheDir: `./${ASTRO_CACHE_DIR}/`,
  trailingSlash: 'always',
  // English at /, Spanish at /es/ (src/i18n/locales.ts); pages live in src/pages/[...lang]/ and build for the site's own languages.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // Patient guides hold no code; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  // A rebuild copies the pages whose code, content and cacheKey (src/lib/page-reuse.ts) are unchanged instead
  // of rendering them again: after a change to one guide, about 0.4× of a clean build's time at 1,000 guides.
  experimental: { incrementalBuild: true },
  // security.csp is set by clinicSite(): the policy (src/lib/security-policy.ts) depends on the clinic.
  // clinicSite first: it assembles a clinic's content before the content checks read it.
  integrations: [
    // failingCleanly: a problem report ends `astro build` with its one-line messages, not a stack trace.
    failingCleanly(clinicSite()),
    failingCleanly(contentChecks()),
    pageReuse(),
    endpointFiles(),
    mdx(),
    // lastmod from each guide's lastReviewed; read when the sitemap is written, after a clinic's content is assembled.
    sitemap({
      // Pairs pages whose path differs only by the language prefix (/faq/, /es/faq/); serialize adds guides' pairs.
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((locale) => [locale, locale])) },
      filter: (page) => !UNLISTED.test(new URL(page).pathname),
      serialize: sitemapSerializer(() => readReviewedGuides(contentRoot(fileURLToPath(new URL('.', import.meta.url))))),
    }),
    // Before the checks and the index: they read the pages as published.
    draftMarks(),
    failingCleanly(siteIntegrity()),
    pagefindIndex(),
    // Last: it compresses what the others wrote.
    serverConfig(),
  ],
});
