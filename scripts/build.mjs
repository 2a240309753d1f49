// Builds the site into a temporary folder and replaces the output folder only when everything succeeded
// (Astro, the content checks, the search index). A failed or stopped build leaves the last good site untouched.
// Usage: node scripts/build.mjs [--outDir <folder>] [--draft]
//   --outDir  default: dist/, or dist-clinics/<id>/ with CLINIC=<id>
//   --draft   a local preview: placeholder settings are allowed and every page is marked as a draft
// Astro runs in a workspace of its own (src/build/workspace.ts), so builds in one checkout never mix.
await import('./check-node.mjs');
const { spawn } = await import('node:child_process');
const { constants } = await import('node:os');
const { existsSync, mkdirSync, rmSync } = await import('node:fs');
const { dirname, join, relative, resolve } = await import('node:path');
const { describeSwapError, outputTarget, recoverLeftovers, replaceOutput, swapPaths } = await import('../src/build/output-swap.ts');
const { CHECK_STORE_ENV, openWorkspace, rememberOutput, sharedCheckStore } = await import('../src/build/workspace.ts');
const { BUILD_MEMORY } = await import('../src/build/thread-limits.ts');
const { noiseFilter } = await import('../src/build/log-filter.ts');
const { followAstro } = await import('../src/build/astro-process.ts');
const { ENDING_TOKEN_ENV } = await import('../src/build/clean-failure.ts');
const { randomUUID } = await import('node:crypto');
const { CLINICS_OUTPUT_DIR, DEFAULT_OUTPUT_DIR } = await import('../src/build/outputs.ts');
const { DRAFT_ENV, siteUrl, siteUrlProblem } = await import('../src/build/site-setting.ts');

const projectRoot = resolve(import.meta.dirname, '..');
const astro = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
const clinic = process.env.CLINIC?.trim();
const flag = process.argv.indexOf('--outDir');
const outDir = resolve(flag !== -1 ? process.argv[flag + 1] : clinic ? join(CLINICS_OUTPUT_DIR, clinic) : DEFAULT_OUTPUT_DIR);
// Named as the user gave it: relative when inside the current folder, else in full.
const shown = relative(process.cwd(), outDir).startsWith('..') ? outDir : relative(process.cwd(), outDir) || outDir;

function fail(line) {
  console.error(`${line}\nBuild failed.`);
  process.exit(1);
}

const draft = process.argv.includes('--draft');
// A production build of the default site must know where it is published; a clinic's address is checked
// with the rest of its clinic.yaml.
const unsafe = !draft && !clinic && siteUrlProblem(siteUrl(projectRoot));
if (unsafe) fail(`${unsafe}.`);

let target;
try {
  target = outputTarget(outDir);
} catch (error) {
  fail(error.message);
}
mkdirSync(dirname(target), { recursive: true });
for (const note of recoverLeftovers(target)) console.log(note);

const paths = swapPaths(target, process.pid, Date.now());
// Slashes and dots out of the id: it names a folder; the clinic integration says what is wrong with it.
const workspace = openWorkspace(projectRoot, clinic ? `clinic-${clinic.replace(/[^\w-]/g, '_')}` : 'default', [outDir, target]);

// Astro says with it that it is ending after a problem report (src/build/astro-process.ts).
const endingToken = randomUUID();
const child = spawn(process.execPath, [astro, 'build', '--root', workspace.root, '--outDir', paths.staging], {
  cwd: workspace.root,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: {
    ...BUILD_MEMORY,
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    [DRAFT_ENV]: draft ? '1' : '0',
    [CHECK_STORE_ENV]: sharedCheckStore(projectRoot),
    [ENDING_TOKEN_ENV]: endingToken,
  },
});

// Output streams line by line as Astro writes it, so a long or killed build shows where it was.
const keep = { stdout: noiseFilter(), stderr: noiseFilter() };
const ended = followAstro(child, endingToken, (line, stream) => keep[stream](line) && process[stream].write(`${line}\n`));

// Ctrl-C, a CI timeout or `kill` stop Astro too, and the output folder is not touched. Astro gets the same
// signal; if it has not stopped within a grace period it is killed.
const GRACE_MS = 10_000;
let stoppedBy;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stoppedBy ??= signal;
    child.kill(signal);
    setTimeout(() => child.kill('SIGKILL'), GRACE_MS).unref();
  });
}

const { code, signal } = await ended;
workspace.close(code === 0 && !stoppedBy);
if (stoppedBy || code !== 0) rmSync(paths.staging, { recursive: true, force: true });
const where = target === outDir ? shown : `${shown} (${target})`;
const kept = existsSync(target) ? `${where} still holds the last good build, untouched` : `nothing was written to ${where}`;
if (stoppedBy) {
  console.error(`\nBuild stopped (${stoppedBy}); ${kept}.`);
  process.exit(128 + constants.signals[stoppedBy]);
}
if (code !== 0) {
  console.error(`\nBuild failed${signal ? ` (Astro was stopped by ${signal})` : ''}; ${kept}.`);
  process.exit(code || 1);
}
try {
  replaceOutput(target, paths);
} catch (error) {
  rmSync(paths.staging, { recursive: true, force: true });
  fail(describeSwapError(shown, error));
}
rememberOutput(projectRoot, outDir);
console.log(`\nBuild succeeded: ${shown} replaced${draft ? ' (a draft: every page says so; not for publishing)' : ''}.`);
