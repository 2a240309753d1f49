import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths';

/**
 * Astro imports astro.config.mjs with Node first and, if that throws, starts a Vite server of its own to
 * bundle the config and everything it imports (astro/dist/core/config/vite-load.js): about 0.7 s of every
 * build and dev start. An integration importing a module Node cannot load on its own would bring that back.
 */
describe('astro.config.mjs', () => {
  it("loads with Node's own loader, every integration included", () => {
    const config = pathToFileURL(join(PROJECT_ROOT, 'astro.config.mjs')).href;
    const script = `const { default: config } = await import(${JSON.stringify(config)});
      process.stdout.write(JSON.stringify(config.integrations.map((integration) => integration.name)));`;
    const names = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: PROJECT_ROOT, encoding: 'utf8' })) as string[];
    expect(names).toEqual(expect.arrayContaining(['microneedling-guide:clinic', 'microneedling-guide:content-checks', '@astrojs/mdx', 'microneedling-guide:server-config']));
    // A Node process loading Astro and every integration: 2.7 s alone, 5.7 s beside a suite run three files at a time.
  }, 30_000);
});
