import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { setBuildOutput } from '../lib/page-reuse';

/** Tells the pages' cache keys (src/lib/page-reuse.ts) which folder the build writes its stylesheets and scripts to. */
export function pageReuse(): AstroIntegration {
  return {
    name: 'microneedling-guide:page-reuse',
    hooks: {
      'astro:config:done': ({ config }) => setBuildOutput(fileURLToPath(config.outDir)),
      'astro:build:done': () => setBuildOutput(undefined),
    },
  };
}
