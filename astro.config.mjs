// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { resolveExtensionlessTs } from './src/build/ts-modules.ts';

// Node loads this config and its integrations natively once extensionless imports resolve; otherwise
// Astro falls back to bundling them with a Vite server of its own, about a second of every build.
resolveExtensionlessTs();
const { clinicSite } = await import('./src/integrations/clinic.ts');
const { contentChecks } = await import('./src/integrations/content-checks.ts');
const { pagefindIndex } = await import('./src/integrations/pagefind.ts');
const { siteIntegrity } = await import('./src/integrations/site-integrity.ts');
const { serverConfig } = await import('./src/integrations/server-config.ts');
const { readReviewedGuides, sitemapSerializer, UNLISTED } = await import('./src/lib/sitemap.ts');
const { contentRoot } = await import('./src/lib/content-location.ts');
const { failingCleanly } = await import('./src/build/clean-failure.ts');
const { siteUrl } = await import('./src/build/site-setting.ts');
const { ASTRO_CACHE_DIR } = await import('./src/build/workspace.ts');
const { pageReuse } = await import('./src/integrations/page-reuse.ts');
const { endpointFiles } = await import('./src/integrations/endpoint-files.ts');
const { draftMarks } = await import('./src/integrations/draft-marks.ts');
const { buildWithoutPrebundling } = await import('./src/integrations/no-prebundling.ts');
const { DEFAULT_LOCALE, LOCALES } = await import('./src/i18n/locales.ts');

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
  // of rendering them again: after a change to one guide, about 0.45–0.55× of a clean build's time at 1,000 guides.
  experimental: { incrementalBuild: true },
  // security.csp is set by clinicSite(): the policy (src/lib/security-policy.ts) depends on the clinic.
  // clinicSite first: it assembles a clinic's content before the content checks read it.
  integrations: [
    // failingCleanly: a problem report ends `astro build` with its one-line messages, not a stack trace.
    failingCleanly(clinicSite()),
    failingCleanly(contentChecks()),
    pageReuse(),
    buildWithoutPrebundling(),
    endpointFiles(),
    mdx(),
    // lastmod from each guide's lastReviewed; read when the sitemap is written, after a clinic's content is assembled.
    sitemap({
      // Pairs pages whose path differs only by the language prefix (/faq/, /es/faq/); serialize adds guides' pairs.
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((locale) => [locale, locale])) },
      filter: (page) => !UNLISTED.test(new URL(page).pathname),
      serialize: sitemapSerializer(() => readReviewedGuides(contentRoot(fileURLToPath(new URL('.', import.meta.url))))),
    }),
    // Before the index and the checks: they read the pages as published.
    draftMarks(),
    // Started first; Pagefind indexes in its own process while the checks and the headers read the pages.
    pagefindIndex(),
    failingCleanly(siteIntegrity()),
    // Last: it compresses what the others wrote, the search index once Pagefind has written it.
    serverConfig(),
  ],
});
