import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { headersFile, sitePolicy } from '../lib/security-headers';
import { builtPages } from '../lib/files';
import { precompress } from '../build/precompression';
import { phaseLine } from '../build/phase';
import { SEARCH_INDEX_DIR } from '../lib/search';
import { searchIndexWritten } from './pagefind';

/**
 * After the build: writes `_headers` with the same Content-Security-Policy the pages carry (plus the
 * headers a <meta> tag cannot set), and a `.gz` beside every text file (src/build/precompression.ts), kept
 * in Astro's cache folder for the next build of the site. It runs while Pagefind indexes the pages
 * (src/integrations/pagefind.ts) and ends when the index is written and compressed, or failed.
 */
export function serverConfig(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'microneedling-guide:server-config',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = builtPages(root)
          .map((file) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(join(root, file), 'utf8'))?.[1])
          .filter((policy): policy is string => Boolean(policy));
        writeFileSync(join(root, '_headers'), headersFile(sitePolicy(policies)));
        logger.info(`wrote _headers (policy from ${policies.length} pages)`);
        const started = performance.now();
        // The pages while Pagefind indexes them, then its index once written.
        const { files, fromCache } = await precompress(root, cacheDir, { later: { folder: SEARCH_INDEX_DIR, ready: searchIndexWritten } });
        // Kept from the last build, or compressed by the page checks while Astro rendered.
        const cached = fromCache > 0 ? ` (${fromCache} compressed already)` : '';
        logger.info(phaseLine('gzip', `${files} files precompressed${cached}`, started));
      },
    },
  };
}
