import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths';
import { parseClinicJobs } from '../../src/build/clinic-jobs';

interface Workflow {
  jobs: { clinics: { strategy: { matrix: { shard: number[] } }; steps: { run?: string; with?: { path?: string } }[] } };
}

describe('examples/ci/github-actions.yml', () => {
  const workflow = parse(readFileSync(join(PROJECT_ROOT, 'examples', 'ci', 'github-actions.yml'), 'utf8')) as Workflow;
  const { strategy, steps } = workflow.jobs.clinics;

  it('gives every runner a shard build:clinics accepts, and together every shard once', () => {
    const build = steps.find((step) => step.run?.startsWith('npm run build:clinics'))!;
    expect(build.run).toBe('npm run build:clinics -- --shard ${{ matrix.shard }}/${{ strategy.job-total }}');
    const total = strategy.matrix.shard.length;
    const shards = strategy.matrix.shard.map((shard) => parseClinicJobs(['--shard', `${shard}/${total}`], 2).shard.index);
    expect(shards).toEqual(Array.from({ length: total }, (_, index) => index + 1));
  });

  it('installs with npm install and uploads the clinics’ output folder', () => {
    expect(steps.some((step) => step.run === 'npm install')).toBe(true);
    expect(steps.some((step) => step.with?.path === 'dist-clinics/')).toBe(true);
  });
});
