import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { startMarkdownAhead } from '../build/markdown-ahead';
import { PAGE_MANIFEST } from '../build/workspace';
import { setMarkdownAhead } from '../lib/markdown-copy';

/**
 * In a clean build on two cores or more, a worker thread writes guides' Markdown copies while Astro renders
 * the others (src/build/markdown-ahead.ts). Not in a rebuild: Astro copies most pages from the last build
 * (astro.config.mjs), and the thread would write copies nobody asks for.
 */
export function markdownCopies(): AstroIntegration {
  let cacheDir = '';
  let ahead: ReturnType<typeof startMarkdownAhead> | undefined;
  return {
    name: 'microneedling-guide:markdown-copies',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        if (availableParallelism() < 2 || existsSync(join(cacheDir, PAGE_MANIFEST))) return;
        ahead = startMarkdownAhead();
        setMarkdownAhead(ahead);
      },
      'astro:build:done': async () => {
        setMarkdownAhead(undefined);
        await ahead?.close();
      },
    },
  };
}
