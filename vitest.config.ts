/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

/**
 * Every temporary folder of a run (fixtures, copies of the project, the builds they start) goes in one
 * folder of this checkout's, emptied when the next run starts: a run makes hundreds, and over many runs they
 * filled /tmp with gigabytes. Outside the checkout, since tests check what happens to files outside it. The
 * first load of this file sets TMPDIR; workers and later loads inherit it and leave the folder alone.
 */
const RUN_TMP = join(tmpdir(), `microneedling-guide-tests-${createHash('sha256').update(fileURLToPath(new URL('.', import.meta.url))).digest('hex').slice(0, 8)}`);
if (process.env.TMPDIR !== RUN_TMP) {
  rmSync(RUN_TMP, { recursive: true, force: true });
  mkdirSync(RUN_TMP, { recursive: true });
  process.env.TMPDIR = RUN_TMP;
}

/**
 * Three projects: unit (pure logic), build (HTML of the real site, built once in globalSetup) and e2e
 * (Chromium against that same build). One build per run keeps `npm test` under five minutes on two cores.
 */
/** Builds the default site once; the build and e2e projects share it (unit tests need no build). */
const BUILD_ONCE = './tests/support/global-setup.ts';

export default getViteConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    // Two test files at a time even on two cores (Vitest's default there is one): most of a build or browser
    // test is waiting on the build or Chromium it started, and unit files fill that time.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // The unit files share a worker's module graph instead of importing it again for each file: 21 s
          // for the 67 files instead of 44 s (37 s of CPU instead of 76 s). They leave no global state behind
          // (environment stubs and spies are undone after each test); shuffled file orders pass alike.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          globalSetup: [BUILD_ONCE],
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          globalSetup: [BUILD_ONCE],
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Browser files share the two workers with the others. Held to one at a time, Vitest ran them as a
          // last group of their own after every other file, on one worker: 245 s for the whole run, against
          // 200 s in the same pool (2026-12-04, two cores).
        },
      },
    ],
  },
});
