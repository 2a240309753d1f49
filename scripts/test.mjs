// `npm test` after its Node and Chromium checks: the type check (scripts/typecheck.mjs) and Vitest at once.
// The suite keeps the two cores busy only part of the time (its browser tests wait on Chromium, its build
// tests on the builds they start), and the type check (about 20 s of one core, which ran before the suite)
// fits in those gaps. The type check's output is held and printed whole after Vitest's, so the two never interleave; the
// run fails if either fails.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');

/** Runs `args` with this Node; resolves with its exit code (1 for a signal) and, when held, what it printed. */
function run(args, { hold = false } = {}) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  let output = '';
  if (hold) {
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
  }
  const ended = new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? 1, output })));
  return { child, ended };
}

const typecheck = run([join(root, 'scripts', 'typecheck.mjs')], { hold: true });
const tests = run([vitest, 'run', ...process.argv.slice(2)]);
// Stopped (Ctrl-C, CI's timeout): both stop.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const { child } of [typecheck, tests]) child.kill(signal);
  });
}
const [checked, tested] = await Promise.all([typecheck.ended, tests.ended]);
console.log(`\nType check (npm run check), run beside the tests:\n${checked.output.trimEnd()}`);
if (checked.code !== 0) console.error('\nThe type check failed (see above).');
process.exit(tested.code !== 0 ? tested.code : checked.code);
