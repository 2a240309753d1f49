/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three projects: unit (pure logic), build (HTML of the real site, built once in globalSetup) and e2e
 * (Chromium against that same build). One build per run keeps `npm test` near ten minutes on two cores.
 */
/** Builds the default site once; the build and e2e projects share it (unit tests need no build). */
const BUILD_ONCE = './tests/support/global-setup.ts';

export default getViteConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
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
          // One browser at a time: two cores, and Chromium is the heavy part.
          fileParallelism: false,
        },
      },
    ],
  },
});
