import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Plugin } from 'vite';
import { buildWithoutPrebundling, withoutPrebundling } from '../../src/integrations/no-prebundling';

/** Asks for a CommonJS dependency to be pre-bundled for the browser, as Astro's dev toolbar plugin does. */
const toolbarLike: Plugin = {
  name: 'toolbar-like',
  config: () => ({ optimizeDeps: { include: ['vite > picomatch'] } }),
  configEnvironment: (name) => (name === 'client' ? { optimizeDeps: { include: ['vite > picomatch'] } } : undefined),
};

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Whether a Vite server started as Astro's content sync starts it would pre-bundle for the browser. */
async function prebundles(plugins: Plugin[]): Promise<boolean> {
  const root = mkdtempSync(join(tmpdir(), 'mng-prebundling-'));
  roots.push(root);
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    cacheDir: join(root, 'cache'),
    server: { middlewareMode: true, hmr: false, watch: null, ws: false },
    optimizeDeps: { noDiscovery: true },
    plugins,
  });
  try {
    return server.environments.client!.depsOptimizer !== undefined;
  } finally {
    await server.close();
  }
}

/** The Vite plugins the integration adds for one Astro command. */
function pluginsAddedFor(command: 'build' | 'sync' | 'dev'): unknown[] {
  const added: unknown[] = [];
  const setup = buildWithoutPrebundling().hooks['astro:config:setup'] as (options: {
    command: string;
    updateConfig: (config: { vite?: { plugins?: unknown[] } }) => void;
  }) => void;
  setup({ command, updateConfig: (config) => added.push(...(config.vite?.plugins ?? [])) });
  return added;
}

describe('Vite pre-bundling during a build', () => {
  it("starts no pre-bundling for the browser, even when a plugin asks for it", async () => {
    expect(await prebundles([toolbarLike])).toBe(true);
    expect(await prebundles([toolbarLike, withoutPrebundling()])).toBe(false);
  });

  it('is off for `astro build` and `astro check`; the dev server keeps it for the browser it serves', () => {
    expect(pluginsAddedFor('build')).toHaveLength(1);
    expect(pluginsAddedFor('sync')).toHaveLength(1);
    expect(pluginsAddedFor('dev')).toHaveLength(0);
  });
});
