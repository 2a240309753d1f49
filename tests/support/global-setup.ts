import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertChromium } from './chromium';
import { buildSite } from './build-site';
import { PROJECT_ROOT, TEST_OUTPUT } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The default site, built once for this run. */
    distDir: string;
  }
}

const BUILT = Symbol.for('microneedling-guide.test-build');
type WithBuild = typeof globalThis & { [BUILT]?: string };

/**
 * Builds the real default site once per run; build and e2e tests share the output. Each project runs
 * global setup, so the finished build is remembered on globalThis (all setups share the main process).
 */
export default function setup(project: TestProject) {
  const memo = globalThis as WithBuild;
  if (memo[BUILT]) {
    project.provide('distDir', memo[BUILT]);
    return;
  }
  assertChromium();
  const distDir = join(TEST_OUTPUT, 'site');
  rmSync(distDir, { recursive: true, force: true });
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const build = buildSite(PROJECT_ROOT, distDir);
  writeFileSync(join(TEST_OUTPUT, 'site-build.log'), build.output);
  if (build.status !== 0) {
    throw new Error(`The site did not build (exit ${build.status}):\n${build.output.slice(-4000)}`);
  }
  console.log(`Built the default site for tests in ${(build.durationMs / 1000).toFixed(1)} s → ${distDir}`);
  memo[BUILT] = distDir;
  project.provide('distDir', distDir);
}
