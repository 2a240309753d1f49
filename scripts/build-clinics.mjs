// Builds every clinic in content/clinics/ into dist-clinics/<id>/, each with the safe build
// (scripts/build.mjs) in its own workspace, so builds run side by side and each site is what a solo build
// makes. One clinic's failure does not stop the others; the summary names what failed and why, and the
// exit code is non-zero.
// Usage: npm run build:clinics -- [--shard <i>/<n>] [--jobs <N>] [--list]
//   --shard 2/4  this runner builds every 4th clinic from the 2nd (CI matrices; see examples/ci/)
//   --jobs N     builds at once (default: the number of cores)
//   --list       print the clinics this shard would build, and build nothing
await import('./check-node.mjs');
const { spawn } = await import('node:child_process');
const { existsSync, readdirSync } = await import('node:fs');
const { availableParallelism, constants } = await import('node:os');
const { join } = await import('node:path');
const { CONTENT_CHECKED, clinicsOfShard, failureReason, parseClinicJobs, runLimited } = await import('../src/build/clinic-jobs.ts');
const { CLINICS_OUTPUT_DIR } = await import('../src/build/outputs.ts');
const { BUILDS_AT_ONCE_ENV } = await import('../src/build/thread-limits.ts');

let options;
try {
  options = parseClinicJobs(process.argv.slice(2), availableParallelism());
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const clinicsDir = join('content', 'clinics');
const all = existsSync(clinicsDir)
  ? readdirSync(clinicsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(clinicsDir, entry.name, 'clinic.yaml')))
      .map((entry) => entry.name)
  : [];
if (all.length === 0) {
  console.error(`No clinics found: add one with npm run new-clinic -- <id> --name "…" --url https://…`);
  process.exit(1);
}
const ids = clinicsOfShard(all, options.shard);
const { index, count } = options.shard;
if (options.list) {
  console.log(ids.join('\n'));
  process.exit(0);
}
if (count > 1) console.log(`Shard ${index}/${count}: ${ids.length} of ${all.length} clinics.`);
if (ids.length === 0) process.exit(0);

// A stop (Ctrl-C, CI timeout) reaches every build running; each leaves its clinic's last good site.
const running = new Set();
let stoppedBy;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stoppedBy ??= signal;
    for (const child of running) child.kill(signal);
  });
}

// The first clinic's content check puts the default guides' results in the check store all builds share
// (src/build/check-cache.ts); the other clinics start once it has, and read them instead of checking the
// same guides again side by side.
let firstChecked;
const defaultGuidesChecked = new Promise((done) => (firstChecked = done));
if (ids.length > 1) {
  const others = ids.length - 1;
  console.log(`${ids[0]} checks the guides first; the other ${others === 1 ? 'clinic starts' : `${others} clinics start`} once it has, and reuse what it found.`);
}

const results = await runLimited(ids, options.jobs, async (id, position) => {
  if (position > 0) await defaultGuidesChecked;
  if (stoppedBy) return { id, ok: false, seconds: 0, reason: `not started (${stoppedBy})` };
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [join('scripts', 'build.mjs'), '--outDir', join(CLINICS_OUTPUT_DIR, id)], {
      env: { ...process.env, CLINIC: id, [BUILDS_AT_ONCE_ENV]: String(Math.min(options.jobs, ids.length)) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      // The newest chunk and the end of the one before: the line may come in two pieces.
      if (position === 0 && output.slice(-String(chunk).length - CONTENT_CHECKED.length).includes(CONTENT_CHECKED)) firstChecked();
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      running.delete(child);
      firstChecked();
      const seconds = (performance.now() - started) / 1000;
      const ok = code === 0;
      // Builds run side by side, so each reports when it ends, numbered by its place in the list.
      console.log(`[${position + 1}/${ids.length}] ${id} … ${seconds.toFixed(1)} s ${ok ? 'ok' : 'FAILED'}`);
      done({ id, ok, seconds, reason: ok ? '' : failureReason(output) });
    });
  });
});

console.log('\nclinic'.padEnd(22) + 'result'.padEnd(9) + 'time');
for (const result of results) {
  console.log(`${result.id.padEnd(21)}${(result.ok ? 'ok' : 'FAILED').padEnd(9)}${result.seconds.toFixed(1)} s${result.ok ? '' : `  ${result.reason}`}`);
}
const failed = results.filter((result) => !result.ok);
console.log(`\n${results.length - failed.length} built, ${failed.length} failed.`);
process.exit(stoppedBy ? 128 + constants.signals[stoppedBy] : failed.length > 0 ? 1 : 0);
