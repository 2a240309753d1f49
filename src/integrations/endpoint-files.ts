import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { startEndpointFiles, type EndpointFilesRun } from '../build/endpoint-files';
import { phaseLine } from '../build/phase';
import { setEndpointFiles } from '../lib/endpoint-files';

/**
 * In `astro build`, writes the guides' Markdown copies and the social cards beside Astro's render instead of
 * as its routes (src/lib/endpoint-files.ts), and has them all in the site before the checks after it read it.
 */
export function endpointFiles(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let run: EndpointFilesRun | undefined;
  return {
    name: 'microneedling-guide:endpoint-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        run = startEndpointFiles(outDir, cacheDir);
        setEndpointFiles(run);
      },
      'astro:build:done': async ({ logger }) => {
        setEndpointFiles(undefined);
        if (!run) return;
        const { copies, keptCopies, cards, startedAt, doneAt } = await run.finish();
        logger.info(phaseLine('copies', `${copies} Markdown copies (${keptCopies} kept from the last build) and ${cards} social cards written beside the render`, startedAt, doneAt));
      },
    },
  };
}
