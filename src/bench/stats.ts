/**
 * The pure parts of the benchmark (`npm run bench`): its options, medians, phase times read from a build's
 * log, and the Markdown table it prints. Measuring and building live in scripts/bench.mjs.
 */

export interface BenchOptions {
  /** Corpus sizes, in guides. */
  sizes: number[];
  /** Clean builds of each variant per size; the report gives medians. */
  runs: number;
  /** Seed of the corpus generator. */
  seed: number;
  /** How many synthetic clinics `build:clinics` builds (0: skip), on the smallest corpus. */
  clinics: number;
  /** Skip the one-guide rebuild. */
  rebuild: boolean;
}

export const DEFAULT_BENCH_OPTIONS: BenchOptions = { sizes: [100, 1000, 5000], runs: 3, seed: 14, clinics: 10, rebuild: true };

const USAGE = 'Usage: npm run bench -- [--sizes 100,1000,5000] [--runs 3] [--seed 14] [--clinics 10] [--no-rebuild]';

/** Reads the command line; a wrong value throws a message that says what to write instead. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options = { ...DEFAULT_BENCH_OPTIONS };
  const whole = (flag: string, value: string | undefined, min: number): number => {
    const number = Number(value);
    if (value === undefined || !Number.isInteger(number) || number < min) throw new Error(`${flag} needs a whole number of at least ${min}, not ${JSON.stringify(value ?? '')}. ${USAGE}`);
    return number;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (flag === '--sizes') {
      options.sizes = (value ?? '').split(',').map((size) => whole('--sizes', size.replace(/_/g, ''), 1));
      i += 1;
    } else if (flag === '--runs') {
      options.runs = whole('--runs', value, 1);
      i += 1;
    } else if (flag === '--seed') {
      options.seed = whole('--seed', value, 0);
      i += 1;
    } else if (flag === '--clinics') {
      options.clinics = whole('--clinics', value, 0);
      i += 1;
    } else if (flag === '--no-rebuild') {
      options.rebuild = false;
    } else {
      throw new Error(`Unknown option ${flag}. ${USAGE}`);
    }
  }
  return options;
}

/** The median; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median of each key over runs that may lack some keys (a phase absent from a run is left out). */
export function medianByKey(runs: readonly Record<string, number>[]): Record<string, number> {
  const keys = [...new Set(runs.flatMap((run) => Object.keys(run)))];
  return Object.fromEntries(keys.map((key) => [key, median(runs.flatMap((run) => (key in run ? [run[key]!] : [])))]));
}

const ANSI = /\x1b\[[\d;]*m/g;

/** A duration as Astro, Vite and the phase lines print it: `596ms`, `1.77s`, `0.2 s`, `9m 3s`, `2m`. */
const DURATION = String.raw`(\d+m(?: \d+s)?|[\d.]+\s?(?:ms|s))\b`;

/** Seconds of a printed duration (see DURATION). */
export function durationSeconds(text: string): number {
  const minutes = /^(\d+)m(?: (\d+)s)?$/.exec(text.trim());
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2] ?? 0);
  const match = /^([\d.]+)\s?(ms|s)$/.exec(text.trim());
  if (!match) throw new Error(`not a duration: ${JSON.stringify(text)}`);
  return Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
}

const VITE = new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`);
const RENDERED = new RegExp(String.raw`^(?:[\d:]+ )?✓ Completed in ${DURATION}`);
const ASTRO = new RegExp(String.raw`\[build\] [\d,]+ page\(s\) built in ${DURATION}`);
const CONTENT = new RegExp(String.raw`\[[^\]]*content-checks\] (?:[\w ]+: )?.* in ${DURATION}`);
const PHASE = new RegExp(String.raw`\[[^\]]+\] ([a-z][\w -]*): .* in ${DURATION}`);

/**
 * Seconds per build phase, from a build's log. Reads the project's phase lines (`links: 20 pages checked
 * in 0.2 s`, src/build/phase.ts; the last line of a phase wins, so progress lines do not add up), the
 * content check's line, and Astro's own: Vite bundling (`[vite] ✓ built in …`, summed over its passes),
 * page rendering (`✓ Completed in …` after "generating static routes") and the whole Astro build.
 */
export function parsePhases(log: string): Record<string, number> {
  const phases: Record<string, number> = {};
  let rendering = false;
  for (const raw of log.split('\n')) {
    const line = raw.replace(ANSI, '');
    let match: RegExpExecArray | null;
    if (line.includes('generating static routes')) rendering = true;
    if ((match = VITE.exec(line))) {
      phases.bundle = (phases.bundle ?? 0) + durationSeconds(match[1]!);
    } else if (rendering && (match = RENDERED.exec(line))) {
      phases.render = durationSeconds(match[1]!);
      rendering = false;
    } else if ((match = ASTRO.exec(line))) {
      phases.astro = durationSeconds(match[1]!);
    } else if ((match = CONTENT.exec(line))) {
      phases.content = durationSeconds(match[1]!);
    } else if ((match = PHASE.exec(line))) {
      phases[match[1]!] = durationSeconds(match[2]!);
    }
  }
  return phases;
}

/** One variant's medians at one size. */
export interface VariantSummary {
  wallS: number;
  cpuS: number;
  peakRssMiB: number;
  perGuideMs: number;
  phases: Record<string, number>;
  distBytes: number;
  pagefindBytes: number;
  /** The largest HTML page, raw bytes. */
  largestPage: { path: string; bytes: number };
  /** One guide page as a reader downloads it, gzip bytes. */
  guidePage: { html: number; css: number; js: number };
}

export interface SizeResult {
  guides: number;
  bare: VariantSummary;
  project: VariantSummary;
  rebuild?: { wallS: number; cleanWallS: number; identical: boolean; differing: string[] };
}

export interface ClinicsResult {
  guides: number;
  clinics: number;
  wallS: number;
  cpuS: number;
  peakRssMiB: number;
  ok: boolean;
}

const s = (value: number) => `${value.toFixed(1)} s`;
const mib = (value: number) => `${Math.round(value).toLocaleString('en-US')} MiB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ratio = (a: number, b: number) => `${(b / a).toFixed(2)}×`;
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/** Where the bench's page-size budget is: no page of the site over this many raw bytes, at any size. */
export const MAX_PAGE_BYTES = 100 * 1024;

/** The report as Markdown: builds side by side, phases, page weights, the rebuild and the clinics. */
export function formatReport(results: readonly SizeResult[], clinics: ClinicsResult | undefined, runs: number): string {
  const lines: string[] = [];
  lines.push(`Medians of ${runs} clean build${runs === 1 ? '' : 's'} of each variant.`, '');
  lines.push(row(['guides', 'bare Astro', 'this project', 'ratio', 'per guide bare → project', 'CPU bare → project', 'peak RSS bare → project']));
  lines.push(row(Array(7).fill('---')));
  for (const { guides, bare, project } of results) {
    lines.push(
      row([
        guides.toLocaleString('en-US'),
        s(bare.wallS),
        s(project.wallS),
        ratio(bare.wallS, project.wallS),
        `${bare.perGuideMs.toFixed(1)} → ${project.perGuideMs.toFixed(1)} ms`,
        `${s(bare.cpuS)} → ${s(project.cpuS)}`,
        `${mib(bare.peakRssMiB)} → ${mib(project.peakRssMiB)}`,
      ]),
    );
  }
  const phaseNames = [...new Set(results.flatMap((result) => Object.keys(result.project.phases)))];
  if (phaseNames.length > 0) {
    lines.push('', 'Phases of this project’s build (seconds, median):', '');
    lines.push(row(['guides', ...phaseNames]), row(Array(phaseNames.length + 1).fill('---')));
    for (const { guides, project } of results) {
      lines.push(row([guides.toLocaleString('en-US'), ...phaseNames.map((name) => (name in project.phases ? project.phases[name]!.toFixed(1) : '–'))]));
    }
  }
  lines.push('', 'Output:', '');
  lines.push(row(['guides', 'dist bare → project', 'Pagefind index bare → project', 'largest page (raw)', 'a guide page gzip HTML + CSS + JS']));
  lines.push(row(Array(5).fill('---')));
  for (const { guides, bare, project } of results) {
    const largest = project.largestPage;
    const budget = largest.bytes > MAX_PAGE_BYTES ? ` **over ${kb(MAX_PAGE_BYTES)}**` : '';
    const page = project.guidePage;
    lines.push(
      row([
        guides.toLocaleString('en-US'),
        `${mb(bare.distBytes)} → ${mb(project.distBytes)}`,
        `${mb(bare.pagefindBytes)} → ${mb(project.pagefindBytes)}`,
        `${kb(largest.bytes)} (${largest.path})${budget}`,
        `${kb(page.html)} + ${kb(page.css)} + ${kb(page.js)}`,
      ]),
    );
  }
  const rebuilds = results.filter((result) => result.rebuild);
  if (rebuilds.length > 0) {
    lines.push('', row(['guides', 'one-guide rebuild', 'clean build', 'ratio', 'byte-identical to a clean build']), row(Array(5).fill('---')));
    for (const { guides, rebuild } of rebuilds) {
      const same = rebuild!.identical ? 'yes' : `**no**: ${rebuild!.differing.slice(0, 3).join(', ')}${rebuild!.differing.length > 3 ? ` and ${rebuild!.differing.length - 3} more` : ''}`;
      lines.push(row([guides.toLocaleString('en-US'), s(rebuild!.wallS), s(rebuild!.cleanWallS), ratio(rebuild!.cleanWallS, rebuild!.wallS), same]));
    }
  }
  if (clinics) {
    lines.push(
      '',
      `build:clinics, ${clinics.clinics} synthetic clinics over ${clinics.guides.toLocaleString('en-US')} guides: ${s(clinics.wallS)} wall (${s(clinics.wallS / Math.max(clinics.clinics, 1))} a clinic), CPU ${s(clinics.cpuS)}, peak RSS ${mib(clinics.peakRssMiB)}${clinics.ok ? '' : ', **failed**'}`,
    );
  }
  return lines.join('\n');
}
