// Builds the site into a temporary folder and replaces the output folder only when everything succeeded
// (Astro, the content checks, the search index). A failed build leaves the last good site untouched.
// Usage: node scripts/build.mjs [--outDir dist]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const flag = process.argv.indexOf('--outDir');
const outDir = resolve(flag === -1 ? 'dist' : process.argv[flag + 1]);
const stamp = `${process.pid}-${Date.now()}`;
const staging = join(dirname(outDir), `.${stamp}.building`);
const previous = join(dirname(outDir), `.${stamp}.previous`);
const astro = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');

mkdirSync(dirname(outDir), { recursive: true });

// A build that was killed (Ctrl-C, a CI timeout) leaves its staging folder behind; clear those of processes
// that no longer run, so they never pile up. Another build running at the same time keeps its own.
const running = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};
for (const name of readdirSync(dirname(outDir))) {
  const leftover = /^\.(\d+)-\d+\.(building|previous)$/.exec(name);
  if (leftover && !running(Number(leftover[1]))) rmSync(join(dirname(outDir), name), { recursive: true, force: true });
}

const result = spawnSync(process.execPath, [astro, 'build', '--outDir', staging], {
  stdio: ['ignore', 'pipe', 'pipe'],
  encoding: 'utf8',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  maxBuffer: 256 * 1024 * 1024,
});

// Astro 7.3 prints a multi-line Vite warning per MDX file about "use astro:head-inject"; it is known upstream
// noise (see STACK.md) and would bury real warnings, so each such warning, up to the next log line, is dropped.
const quiet = (text) => {
  let skipping = false;
  return text
    .split('\n')
    .filter((line) => {
      // A warning's body is indented or drawn with box characters; anything starting with plain text is new.
      const plain = line.replace(/\x1b\[[\d;]*m/g, '');
      if (/^[\x21-\x7e]/.test(plain)) skipping = /MODULE_LEVEL_DIRECTIVE/.test(plain);
      return !skipping;
    })
    .join('\n');
};
process.stdout.write(quiet(result.stdout ?? ''));
process.stderr.write(quiet(result.stderr ?? ''));

if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  const kept = existsSync(outDir) ? `${outDir} still holds the last good build, untouched` : `nothing was written to ${outDir}`;
  console.error(`\nBuild failed; ${kept}.`);
  process.exit(result.status ?? 1);
}

if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`\nBuild succeeded: ${outDir} replaced.`);
