import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks } from '../lib/link-check';

/** Fails the build when any page links to a missing page, file or heading. */
export function linkCheck(): AstroIntegration {
  let origin = 'https://example.org';
  return {
    name: 'microneedling-guide:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) origin = new URL(config.site).origin;
      },
      'astro:build:done': ({ dir, logger }) => {
        const broken = findBrokenLinks(fileURLToPath(dir), origin);
        if (broken.length > 0) {
          throw new Error(
            [
              `${broken.length} broken link(s); the build stopped and the last good site is untouched:`,
              ...broken.slice(0, 50).map((link) => `  - ${link.page}: ${link.href} ${link.reason}. Fix the link in the guide or component that writes it.`),
            ].join('\n'),
          );
        }
        logger.info('every internal link and fragment resolves');
      },
    },
  };
}
