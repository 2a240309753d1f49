import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks } from '../lib/link-check';
import { findInvalidHtml } from '../lib/html-check';
import { builtPages } from '../lib/files';
import { phaseLine } from '../build/phase';
import { BuildProblemsError } from '../build/clean-failure';

const SHOWN = 50;

/** Fails the build when a page links to a missing page, file or heading, or is not valid HTML. */
export function siteIntegrity(): AstroIntegration {
  let origin = 'https://example.org';
  return {
    name: 'microneedling-guide:site-integrity',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) origin = new URL(config.site).origin;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = builtPages(root).length;
        let started = performance.now();
        const broken = findBrokenLinks(root, origin);
        logger.info(phaseLine('links', `${pages} pages checked, ${broken.length} broken`, started));
        started = performance.now();
        const invalid = await findInvalidHtml(root);
        logger.info(phaseLine('html', `${pages} pages validated, ${invalid.length} problems`, started));
        const lines = [
          ...broken.map((link) => `${link.page}: ${link.href} ${link.reason}. Fix the link in the guide or component that writes it.`),
          ...invalid.map((problem) => `${problem.page}:${problem.line}: invalid HTML (${problem.rule}): ${problem.message}. Fix the component or guide that writes it.`),
        ];
        if (lines.length > 0) {
          throw new BuildProblemsError(
            [`${lines.length} problem(s) in the built pages; the build stopped and the last good site is untouched:`, ...lines.slice(0, SHOWN).map((line) => `  - ${line}`)].join('\n'),
          );
        }
      },
    },
  };
}
