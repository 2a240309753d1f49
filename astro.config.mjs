// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentChecks } from './src/integrations/content-checks.ts';

/** The address the default site is published at; canonical URLs and the sitemap use it. */
const site = process.env.SITE_URL ?? 'https://example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [contentChecks(), mdx(), sitemap()],
});
