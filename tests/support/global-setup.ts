import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertChromium } from './chromium';
import { buildAll, buildSite } from './build-site';
import { fixtureProject, projectCopy } from './fixture-project';
import { FIXTURES, PROJECT_ROOT, TEST_OUTPUT } from './paths';

/** The example clinics that ship in the repository. */
export const EXAMPLE_CLINICS = ['harbour-skin', 'maple-street'] as const;
/** A clinic whose name tries to inject a script. */
export const HOSTILE_CLINIC_NAME = 'Acme <script>alert(1)</script> & Co';

/** The draft guide the hostile clinic's fixture adds: a copy of a fixture guide, marked as a draft, with its own order. */
export const DRAFT_GUIDE = { file: 'aftercare/draft-guide.mdx', route: '/aftercare/draft-guide/', copyOf: 'aftercare/guide-1.mdx' } as const;

/** A table with aligned columns at the end of a guide of the hostile fixture; its route shows it. */
export const ALIGNED_TABLE = { file: 'aftercare/guide-2.mdx', route: '/aftercare/guide-2/', markdown: '| Day | Do |\n| :-: | --: |\n| 1 | Rest |' } as const;

/** An image beside a guide of the hostile fixture (tests/fixtures/minimal/content/aftercare/skin-layers.png), shown by the same guide. */
export const GUIDE_IMAGE = { route: ALIGNED_TABLE.route, markdown: '![Three layers of skin, drawn as bands](./skin-layers.png)', alt: 'Three layers of skin, drawn as bands', width: 96, height: 48 } as const;

/** Where global setup keeps what the build it names printed (e.g. `buildLog('hostile clinic')`). */
export const buildLog = (job: string): string => join(TEST_OUTPUT, `${job.replace(/ /g, '-')}.build.log`);

export interface TestBuilds {
  /** The default site. */
  distDir: string;
  /** Each example clinic's site, by id. */
  clinics: Record<(typeof EXAMPLE_CLINICS)[number], string>;
  /**
   * The fixture site built for a clinic with a hostile name, with one guide marked as a draft
   * ({@link DRAFT_GUIDE}): a production build, so the draft must not show anywhere.
   */
  hostileClinic: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    builds: TestBuilds;
  }
}

const BUILT = Symbol.for('microneedling-guide.test-builds');
type WithBuilds = typeof globalThis & { [BUILT]?: Promise<TestBuilds> };

async function buildEverything(): Promise<TestBuilds> {
  assertChromium();
  rmSync(TEST_OUTPUT, { recursive: true, force: true });
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const builds: TestBuilds = {
    distDir: join(TEST_OUTPUT, 'site'),
    clinics: { 'harbour-skin': join(TEST_OUTPUT, 'harbour-skin'), 'maple-street': join(TEST_OUTPUT, 'maple-street') },
    hostileClinic: join(TEST_OUTPUT, 'hostile-clinic'),
  };
  const draft = readFileSync(join(FIXTURES, 'minimal', 'content', DRAFT_GUIDE.copyOf), 'utf8');
  const hostileRoot = fixtureProject({
    'clinics/test-clinic/clinic.yaml': (text) => text.replace('name: Test Clinic', `name: "${HOSTILE_CLINIC_NAME}"`),
    // An aligned table column, which Sätteri writes as a style attribute the site's policy would block, and
    // an image saved beside the guide, which Astro's image service must size and convert.
    [ALIGNED_TABLE.file]: (text) => `${text}\n${ALIGNED_TABLE.markdown}\n\n${GUIDE_IMAGE.markdown}\n`,
    [DRAFT_GUIDE.file]: draft.replace(/^order: 1$/m, 'order: 9\ndraft: true').replace('aftercare guide 1', 'Draft guide'),
  });
  const jobs = [
    { name: 'default site', root: PROJECT_ROOT, out: builds.distDir, env: {} },
    // Each clinic builds in its own copy of the project: references that no other build in this checkout touches.
    ...EXAMPLE_CLINICS.map((id) => ({ name: id, root: projectCopy(), out: builds.clinics[id], env: { CLINIC: id } })),
    { name: 'hostile clinic', root: hostileRoot, out: builds.hostileClinic, env: { CLINIC: 'test-clinic' } },
  ];
  const started = performance.now();
  const results = await buildAll(jobs.map((job) => () => buildSite(job.root, job.out, job.env)));
  results.forEach((result, index) => writeFileSync(buildLog(jobs[index]!.name), result.output));
  const failed = results.findIndex((result) => result.status !== 0);
  if (failed !== -1) {
    throw new Error(`The ${jobs[failed]!.name} did not build (exit ${results[failed]!.status}):\n${results[failed]!.output.slice(-4000)}`);
  }
  console.log(
    `Built ${jobs.length} sites for tests in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      results.map((result, index) => `${jobs[index]!.name} ${(result.durationMs / 1000).toFixed(1)} s`).join(', '),
  );
  return builds;
}

/**
 * Builds the default site, the example clinics and a hostile fixture clinic once per run; the build and
 * e2e projects share them. Each project runs global setup, so the work is remembered on globalThis (all
 * setups share the main process).
 */
export default async function setup(project: TestProject) {
  const memo = globalThis as WithBuilds;
  memo[BUILT] ??= buildEverything();
  const builds = await memo[BUILT];
  project.provide('distDir', builds.distDir);
  project.provide('builds', builds);
}
