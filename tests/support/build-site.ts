import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface BuildResult {
  status: number | null;
  output: string;
  durationMs: number;
}

/**
 * Variables a vitest worker carries that would change a build: VITEST* (the content checks skip themselves
 * under vitest), and NODE_ENV=test, DEV=1, MODE… which Vite copies from import.meta.env into process.env
 * (Astro would then build as development and publish drafts).
 */
const TEST_RUNNER_VARIABLES = /^(VITEST.*|NODE_ENV|TEST|MODE|DEV|PROD|SSR|BASE_URL)$/;

/**
 * The day test builds check review dates against. Fixed, so the suite does not turn red the day a guide's
 * review falls due: that is news for the content team (`npm run build` says so), not a broken product.
 */
export const TEST_REVIEW_DATE = '2026-12-04';

/** The environment a child process gets so it builds as a user's build does. */
export function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const parentEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !TEST_RUNNER_VARIABLES.test(key)));
  return { ...parentEnv, ASTRO_TELEMETRY_DISABLED: '1', REVIEW_DATE: TEST_REVIEW_DATE, ...env };
}

/**
 * Runs the project's safe build (`scripts/build.mjs`: build into a temporary folder, replace `outDir`
 * only on success) for the site at `root`, with the project's own Node.
 */
export function buildSite(root: string, outDir: string, env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outDir', outDir], {
      cwd: root,
      env: buildEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolve({ status, output, durationMs: performance.now() - started }));
  });
}

/** Runs builds with at most `limit` at once (two cores). */
export async function buildAll<T>(jobs: (() => Promise<T>)[], limit = 2): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}
