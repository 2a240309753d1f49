import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteBase } from '../../src/lib/routes';
import { PROJECT_ROOT } from '../support/paths';

/**
 * What Astro's env plugin (astro/dist/env/vite-plugin-import-meta-env.js) takes for a module naming the env
 * object on its own: it then writes into that module every environment variable whose name occurs in its
 * source, and the bundle changes with the environment of whoever started the build.
 */
const BARE_ENV = /\bimport\.meta\.env\b(?!\.)/;

describe('the env object', () => {
  it('is never named on its own in the code Astro bundles', () => {
    const src = join(PROJECT_ROOT, 'src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ts|tsx|mts|js|mjs|astro|mdx)$/.test(file));
    expect(files.length).toBeGreaterThan(100);
    const naming = files.filter((file) => BARE_ENV.test(readFileSync(join(src, file), 'utf8')));
    expect(naming).toEqual([]);
  });

  it('gives the base path `/` where Node runs a module itself', () => {
    expect(siteBase()).toBe('/');
  });
});
