import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface BuildResult {
  status: number | null;
  output: string;
  durationMs: number;
}

/** Runs the real `astro build` of the site at `root` into `outDir` with the project's own Node. */
export function buildSite(root: string, outDir: string, env: NodeJS.ProcessEnv = {}): BuildResult {
  const started = performance.now();
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // The child must not look like a vitest process: the content checks skip themselves under vitest.
  const { VITEST: _vitest, VITEST_MODE: _mode, VITEST_POOL_ID: _pool, VITEST_WORKER_ID: _worker, ...parentEnv } = process.env;
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...parentEnv, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    durationMs: performance.now() - started,
  };
}
