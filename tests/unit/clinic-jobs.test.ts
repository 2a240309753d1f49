import { describe, expect, it } from 'vitest';
import { clinicsOfShard, failureReason, parseClinicJobs, runLimited } from '../../src/build/clinic-jobs';

const CLINICS = ['maple-street', 'Zeta', 'harbour-skin', 'acorn', 'birch', 'élan'];

describe('parseClinicJobs', () => {
  it('defaults to every clinic, as many at once as there are cores', () => {
    expect(parseClinicJobs([], 4)).toEqual({ shard: { index: 1, count: 1 }, jobs: 4, list: false });
    expect(parseClinicJobs(['--shard', '2/3', '--jobs', '1', '--list'], 4)).toEqual({ shard: { index: 2, count: 3 }, jobs: 1, list: true });
  });

  it('refuses bad values with one line that says what to write', () => {
    const message = (args: string[]) => {
      try {
        parseClinicJobs(args, 2);
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(['--shard 0/2', '--shard 3/2', '--shard 1/0', '--shard x', '--shard', '--jobs 0', '--jobs two', '--shards 1/2'].map((args) => message(args.split(' '))))
      .toMatchInlineSnapshot(`
        [
          "--shard 0/2: must be <i>/<n> with 1 ≤ i ≤ n, e.g. --shard 2/4 for the second of four runners. Usage: npm run build:clinics -- [--shard <i>/<n>] [--jobs <N>] [--list]",
          "--shard 3/2: must be <i>/<n> with 1 ≤ i ≤ n, e.g. --shard 2/4 for the second of four runners. Usage: npm run build:clinics -- [--shard <i>/<n>] [--jobs <N>] [--list]",
          "--shard 1/0: must be <i>/<n> with 1 ≤ i ≤ n, e.g. --shard 2/4 for the second of four runners. Usage: npm run build:clinics -- [--shard <i>/<n>] [--jobs <N>] [--list]",
          "--shard x: must be <i>/<n> with 1 ≤ i ≤ n, e.g. --shard 2/4 for the second of four runners. Usage: npm run build:clinics -- [--shard <i>/<n>] [--jobs <N>] [--list]",
          "--shard : must be <i>/<n> with 1 ≤ i ≤ n, e.g. --shard 2/4 for the second of four runners. Usage: npm run build:clinics -- [--shard <i>/<n>] [--jobs <N>] [--list]",
          "--jobs 0: must be a whole number of builds at once, 1 or more. Usage: npm run build:clinics -- [--shard <i>/<n>] [--jobs <N>] [--list]",
          "--jobs two: must be a whole number of builds at once, 1 or more. Usage: npm run build:clinics -- [--shard <i>/<n>] [--jobs <N>] [--list]",
          "--shards: is not an option of build:clinics. Usage: npm run build:clinics -- [--shard <i>/<n>] [--jobs <N>] [--list]",
        ]
      `);
  });
});

describe('clinicsOfShard', () => {
  it('gives each clinic to exactly one of n shards, in code-point order whatever the input order', () => {
    const shards = [1, 2, 3].map((index) => clinicsOfShard(CLINICS, { index, count: 3 }));
    expect(shards).toEqual([
      ['Zeta', 'harbour-skin'],
      ['acorn', 'maple-street'],
      ['birch', 'élan'],
    ]);
    expect(clinicsOfShard([...CLINICS].reverse(), { index: 2, count: 3 })).toEqual(shards[1]);
    expect(shards.flat().sort()).toEqual([...CLINICS].sort());
    expect(clinicsOfShard(CLINICS, { index: 7, count: 7 })).toEqual([]);
  });
});

describe('runLimited', () => {
  it('runs at most `limit` at once and keeps results in order', async () => {
    let now = 0;
    let most = 0;
    const results = await runLimited([3, 1, 2, 1], 2, async (value, position) => {
      most = Math.max(most, ++now);
      await Promise.resolve();
      now--;
      return `${position}:${value}`;
    });
    expect(results).toEqual(['0:3', '1:1', '2:2', '3:1']);
    expect(most).toBe(2);
  });
});

describe('failureReason', () => {
  it('is the first error line of a build and the two after it, never the closing "Build failed"', () => {
    const output = [
      '07:13:30 [content-checks] review dates checked',
      '',
      'The content has problems; the build stopped and the last good site is untouched.',
      '  - content/clinics/broken/clinic.yaml: url is missing. Add the address the site is published at.',
      '',
      'Build failed; nothing was written to dist-clinics/broken.',
    ].join('\n');
    expect(failureReason(output)).toBe(
      'The content has problems; the build stopped and the last good site is untouched. - content/clinics/broken/clinic.yaml: url is missing. Add the address the site is published at.',
    );
  });
});
