import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { headersFile, sitePolicy } from '../lib/security-headers';
import { builtPages, filesEndingWith } from '../lib/files';

/** Text files a server sends compressed; precompressed once here so nginx's gzip_static serves them. */
const COMPRESSIBLE = ['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.md', '.webmanifest'];

/**
 * After the build: writes `_headers` with the same Content-Security-Policy the pages carry (plus the
 * headers a <meta> tag cannot set), and a `.gz` beside every text file. gzip output carries no timestamp,
 * so two builds stay byte-identical.
 */
export function serverConfig(): AstroIntegration {
  return {
    name: 'microneedling-guide:server-config',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = builtPages(root)
          .map((file) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(join(root, file), 'utf8'))?.[1])
          .filter((policy): policy is string => Boolean(policy));
        writeFileSync(join(root, '_headers'), headersFile(sitePolicy(policies)));
        let compressed = 0;
        for (const file of filesEndingWith(root, COMPRESSIBLE)) {
          writeFileSync(join(root, `${file}.gz`), gzipSync(readFileSync(join(root, file)), { level: 9 }));
          compressed += 1;
        }
        logger.info(`wrote _headers (policy from ${policies.length} pages) and ${compressed} precompressed files`);
      },
    },
  };
}
