// The benchmark of issue 14 (never part of npm test: timings are measured here, never asserted in tests).
// For each corpus size: generates seeded synthetic guides (scripts/bench/corpus.mjs), builds them with this
// project's full pipeline and with a bare Astro site (MDX + sitemap + Pagefind), clean, --runs times each,
// and reports medians: wall, CPU, peak RSS, time per guide, phases, output and page sizes; then the
// one-guide rebuild against a clean build, and build:clinics over synthetic clinics on the smallest corpus.
// Writes bench-results/<time>.json and .md (git-ignored) and prints the table. Exits 1 if a build fails or
// a page is over the page budget.
// Usage: npm run bench -- [--sizes 100,1000,5000] [--runs 3] [--seed 14] [--clinics 10] [--no-rebuild]
await import('./check-node.mjs');
const { mkdirSync, rmSync, writeFileSync } = await import('node:fs');
const { availableParallelism, cpus, loadavg, totalmem } = await import('node:os');
const { join, resolve } = await import('node:path');
const { loadTs } = await import('./bench/load-ts.mjs');
const { differingFiles, folderBytes, largestPage, pageWeight, timed } = await import('./bench/measure.mjs');

const root = resolve(import.meta.dirname, '..');
const { formatReport, MAX_PAGE_BYTES, median, medianByKey, parseBenchArgs, parsePhases } = await loadTs(root, '/src/bench/stats.ts');
const { changeOneGuide, writeBenchClinics, writeBenchSites } = await loadTs(root, '/src/bench/bench-project.ts');
const { guideParams } = await loadTs(root, '/src/lib/routes.ts');

let options;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const node = process.execPath;
// Not a placeholder host (a production build refuses those), and one that cannot exist.
const env = { SITE_URL: 'https://bench.microneedling-guide.test' };
/** The only rebuild goal is stated at 1,000 guides; larger corpora skip it to keep the bench within an hour. */
const REBUILD_MAX_GUIDES = 1000;
const clean = (dir, names) => names.forEach((name) => rmSync(join(dir, name), { recursive: true, force: true }));

function fail(what, result) {
  console.error(`${what} failed (exit ${result.code}):\n${result.log.split('\n').slice(-40).join('\n')}`);
  process.exit(1);
}

/** A clean build of this project into `out`: no workspace, no Astro cache. */
async function buildProject(project, out, { keepCache = false } = {}) {
  if (!keepCache) clean(project, ['.builds', '.astro', 'dist']);
  rmSync(out, { recursive: true, force: true });
  const result = await timed(node, [join('scripts', 'build.mjs'), '--outDir', out], { cwd: project, env });
  if (result.code !== 0) fail(`Project build in ${project}`, result);
  return result;
}

/** A clean build of the bare site, then Pagefind over it, measured as one. */
async function buildBare(bare) {
  clean(bare, ['.astro', 'dist']);
  const script = `"$0" node_modules/astro/bin/astro.mjs build && "$0" node_modules/pagefind/lib/runner/bin.cjs --site dist`;
  const result = await timed('sh', ['-c', script, node], { cwd: bare, env: {} });
  if (result.code !== 0) fail(`Bare build in ${bare}`, result);
  return result;
}

/** Medians over runs, with what the last run's output weighs. */
function summarise(runs, guides, dist, guidePage) {
  return {
    wallS: median(runs.map((run) => run.wallS)),
    cpuS: median(runs.map((run) => run.cpuS)),
    peakRssMiB: median(runs.map((run) => run.peakRssMiB)),
    perGuideMs: (median(runs.map((run) => run.wallS)) / guides) * 1000,
    phases: medianByKey(runs.map((run) => parsePhases(run.log))),
    distBytes: folderBytes(dist),
    pagefindBytes: folderBytes(join(dist, 'pagefind')),
    largestPage: largestPage(dist),
    guidePage: pageWeight(dist, guidePage),
    runs: runs.map(({ wallS, cpuS, peakRssMiB, log }) => ({ wallS, cpuS, peakRssMiB, phases: parsePhases(log) })),
  };
}

const machine = {
  cpus: availableParallelism(),
  model: cpus()[0]?.model,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  loadAtStart: loadavg().map((load) => Number(load.toFixed(2))),
};
console.log(`Bench: sizes ${options.sizes.join(', ')}, ${options.runs} run(s) each, on ${machine.cpus} cores (${machine.model}), load ${machine.loadAtStart.join(' ')}`);

const results = [];
let clinics;
const stamp = new Date().toISOString().replace(/[:.]/g, '-');

/** Writes the report so far (after each size, so a long run that is stopped keeps what it measured); returns it. */
function save() {
  machine.loadAtEnd = loadavg().map((load) => Number(load.toFixed(2)));
  const note = `Machine: ${machine.cpus} cores (${machine.model}), ${machine.memoryGiB} GiB, Node ${machine.node}; load average ${machine.loadAtStart.join(' ')} at start, ${machine.loadAtEnd.join(' ')} at end.`;
  const report = `${note}\n\n${formatReport(results, clinics, options.runs)}`;
  const dir = join(root, 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${stamp}.json`), `${JSON.stringify({ options, machine, results, clinics }, null, 2)}\n`);
  writeFileSync(join(dir, `${stamp}.md`), `${report}\n`);
  return report;
}
const smallest = Math.min(...options.sizes);
for (const guides of options.sizes) {
  const dest = join(root, '.bench', String(guides));
  const sites = writeBenchSites(root, dest, guides, options.seed);
  const out = join(dest, 'out');
  const first = sites.guides[0];
  const { section, guide: slug } = guideParams(first);
  const guidePage = join(section, slug, 'index.html');
  const bareRuns = [];
  const projectRuns = [];
  // Interleaved, so a burst of load from elsewhere hits both variants alike.
  for (let run = 1; run <= options.runs; run += 1) {
    bareRuns.push(await buildBare(sites.bare));
    projectRuns.push(await buildProject(sites.project, out));
    console.log(`  ${guides} guides, run ${run}: bare ${bareRuns.at(-1).wallS.toFixed(1)} s, project ${projectRuns.at(-1).wallS.toFixed(1)} s`);
  }
  const result = {
    guides,
    bare: summarise(bareRuns, guides, join(sites.bare, 'dist'), guidePage),
    project: summarise(projectRuns, guides, out, guidePage),
  };
  if (options.rebuild && guides <= REBUILD_MAX_GUIDES) {
    // The workspace of the last clean build keeps Astro's cache: change one guide and build again.
    changeOneGuide(join(sites.project, 'content'), first);
    const rebuilt = join(dest, 'out-rebuilt');
    const rebuild = await buildProject(sites.project, rebuilt, { keepCache: true });
    const reference = await buildProject(sites.project, out);
    const differing = differingFiles(rebuilt, out);
    result.rebuild = { wallS: rebuild.wallS, cleanWallS: reference.wallS, identical: differing.length === 0, differing };
    rmSync(rebuilt, { recursive: true, force: true });
    console.log(`  ${guides} guides, one-guide rebuild ${rebuild.wallS.toFixed(1)} s, clean ${reference.wallS.toFixed(1)} s, identical: ${differing.length === 0}`);
  }
  if (options.clinics > 0 && guides === smallest) {
    writeBenchClinics(root, sites.project, options.clinics);
    const run = await timed(node, [join('scripts', 'build-clinics.mjs')], { cwd: sites.project, env: {} });
    clinics = { guides, clinics: options.clinics, wallS: run.wallS, cpuS: run.cpuS, peakRssMiB: run.peakRssMiB, ok: run.code === 0 };
    if (run.code !== 0) console.error(run.log.split('\n').slice(-20).join('\n'));
    console.log(`  build:clinics, ${options.clinics} clinics: ${run.wallS.toFixed(1)} s${run.code === 0 ? '' : ' (failed)'}`);
  }
  results.push(result);
  save();
  rmSync(dest, { recursive: true, force: true });
}

const table = save();
console.log(`\n${table}\n\nWritten to bench-results/${stamp}.json and .md`);

const overweight = results.filter((result) => result.project.largestPage.bytes > MAX_PAGE_BYTES);
for (const { guides, project } of overweight) {
  console.error(`At ${guides} guides, ${project.largestPage.path} is ${(project.largestPage.bytes / 1024).toFixed(1)} KB; no page may be over ${MAX_PAGE_BYTES / 1024} KB.`);
}
if (overweight.length > 0 || (clinics && !clinics.ok)) process.exit(1);
