import { stripVTControlCharacters } from 'node:util';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { runLimited } from '../../src/build/clinic-jobs';

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

/**
 * The address test builds publish the default site at: a production build refuses the placeholder the
 * repository ships with (site.yaml), as a maintainer's would.
 */
export const TEST_SITE_URL = 'https://www.microneedling-guide.test';

/** The environment a child process gets so it builds as a user's build does. */
export function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const parentEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !TEST_RUNNER_VARIABLES.test(key)));
  return { ...parentEnv, ASTRO_TELEMETRY_DISABLED: '1', REVIEW_DATE: TEST_REVIEW_DATE, SITE_URL: TEST_SITE_URL, ...env };
}

/**
 * Runs the project's safe build (`scripts/build.mjs`: build into a temporary folder, replace `outDir`
 * only on success) for the site at `root`, with the project's own Node.
 */
export function buildSite(root: string, outDir: string, env: NodeJS.ProcessEnv = {}, args: string[] = []): Promise<BuildResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outDir', outDir, ...args], {
      cwd: root,
      env: buildEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Colour codes are stripped: Astro colours its log when it thinks it runs in CI, and tests read the words.
    child.on('close', (status) => resolve({ status, output: stripVTControlCharacters(output), durationMs: performance.now() - started }));
  });
}

/** Runs builds with at most `limit` at once (two cores). */
export function buildAll<T>(jobs: (() => Promise<T>)[], limit = 2): Promise<T[]> {
  return runLimited(jobs, limit, (job) => job());
}
