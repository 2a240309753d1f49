// `astro check` with zero errors and zero warnings. Astro answers a missing @astrojs/check with an install
// prompt that, without a terminal, exits 0 having checked nothing; so the run counts only if astro check
// printed its result line.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const astro = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const result = spawnSync(process.execPath, [astro, 'check', '--minimumSeverity', 'warning'], {
  encoding: 'utf8',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  maxBuffer: 64 * 1024 * 1024,
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
const summary = /Result \(\d+ files\):\s*\n- (\d+) errors?\n- (\d+) warnings?/.exec(`${result.stdout}${result.stderr}`.replace(/\x1b\[[\d;]*m/g, ''));
if (!summary) {
  console.error('\nastro check did not run (no result line above). Is @astrojs/check installed? Run npm install.');
  process.exit(1);
}
if (result.status !== 0 || summary[1] !== '0' || summary[2] !== '0') process.exit(result.status || 1);
