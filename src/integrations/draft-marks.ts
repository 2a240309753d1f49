import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markDraft } from '../build/draft-mark';
import { isDraftBuild } from '../build/site-setting';
import { builtPages } from '../lib/files';

/**
 * In a draft build (`npm run build -- --draft`, `npm start`), marks every page as a draft before the
 * link, HTML and search steps read them, so a draft can never pass for the published site.
 */
export function draftMarks(): AstroIntegration {
  return {
    name: 'microneedling-guide:draft-marks',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (!isDraftBuild()) return;
        const site = fileURLToPath(dir);
        const pages = builtPages(site);
        for (const page of pages) writeFileSync(join(site, page), markDraft(readFileSync(join(site, page), 'utf8')));
        logger.info(`draft: ${pages.length} pages marked as drafts (npm run build without --draft for the published site)`);
      },
    },
  };
}
