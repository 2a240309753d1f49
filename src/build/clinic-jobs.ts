// Node-only: which clinics `npm run build:clinics` builds, and how many at once. Imported by Node directly.

export interface ClinicJobs {
  /** This runner's part of the clinic list, 1-based: `--shard 2/5` is { index: 2, count: 5 }. */
  shard: { index: number; count: number };
  /** Builds at once. */
  jobs: number;
  /** Print the clinics this shard would build, and build nothing. */
  list: boolean;
}

/**
 * What a build's log says once its content check has passed (src/integrations/content-checks.ts): from then
 * on, its guides' results are in the check store every build of the checkout shares (src/build/check-cache.ts).
 */
export const CONTENT_CHECKED = 'guides checked';

export const CLINIC_JOBS_USAGE = 'Usage: npm run build:clinics -- [--shard <i>/<n>] [--jobs <N>] [--list]';

const wholeNumber = (text: string | undefined) => (text !== undefined && /^\d+$/.test(text) ? Number(text) : NaN);

/**
 * Reads `--shard i/n` (default 1/1), `--jobs N` (default: the number of cores) and `--list`. A bad value
 * throws one line naming the flag and what to write.
 */
export function parseClinicJobs(args: readonly string[], cores: number): ClinicJobs {
  const options: ClinicJobs = { shard: { index: 1, count: 1 }, jobs: Math.max(1, cores), list: false };
  for (let at = 0; at < args.length; at++) {
    const flag = args[at];
    const value = args[at + 1];
    if (flag === '--list') {
      options.list = true;
    } else if (flag === '--shard') {
      const [index, count] = (value ?? '').split('/').map(wholeNumber) as [number, number];
      if (!(count >= 1 && index >= 1 && index <= count)) {
        throw new Error(`--shard ${value ?? ''}: must be <i>/<n> with 1 ≤ i ≤ n, e.g. --shard 2/4 for the second of four runners. ${CLINIC_JOBS_USAGE}`);
      }
      options.shard = { index, count };
      at++;
    } else if (flag === '--jobs') {
      const jobs = wholeNumber(value);
      if (!(jobs >= 1)) throw new Error(`--jobs ${value ?? ''}: must be a whole number of builds at once, 1 or more. ${CLINIC_JOBS_USAGE}`);
      options.jobs = jobs;
      at++;
    } else {
      throw new Error(`${flag}: is not an option of build:clinics. ${CLINIC_JOBS_USAGE}`);
    }
  }
  return options;
}

/**
 * Every n-th clinic, from the i-th, in code-point order of their ids: the same split on every runner and
 * every machine (no locale), so the n shards together build each clinic exactly once.
 */
export function clinicsOfShard(ids: readonly string[], { index, count }: ClinicJobs['shard']): string[] {
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).filter((_, position) => position % count === index - 1);
}

/** Runs `work` over `items` with at most `limit` at once, keeping results in the items' order. */
export async function runLimited<T, R>(items: readonly T[], limit: number, work: (item: T, position: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const position = next++;
      results[position] = await work(items[position]!, position);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Why a clinic's build failed, in one line: its first error line and the two after it. */
export function failureReason(output: string): string {
  const lines = output.split('\n').map((line) => line.trim());
  const first = Math.max(
    lines.findIndex((line) => /error|problem|cannot|failed/i.test(line) && !/^Build failed/.test(line)),
    0,
  );
  return lines.slice(first, first + 3).filter(Boolean).join(' ');
}
