// Runs the tests and, beside them, a check at the lowest priority (scripts/test.mjs): the check takes only
// the cores the tests leave idle, its output is printed once the tests are done, and either failing fails.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const NICE = '/usr/bin/nice';

/** The command at the lowest priority where `nice` is there to give it (Linux, macOS); as it is elsewhere. */
const atLowestPriority = (command) => (existsSync(NICE) ? [NICE, '-n', '19', ...command] : command);

/** Runs a command to its end; `capture` keeps its output (both streams, in order) instead of passing it on. */
function run([command, ...args], { cwd, capture = false }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('error', (error) => resolve({ code: 1, output: `${output}${command} could not start: ${error.message}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/**
 * Runs `tests` (its output passed on as it comes) and `check` (named `checkName`) at once, and returns the
 * exit code for both: the tests' if they failed, else the check's.
 */
export async function runBeside({ tests, check, checkName, cwd }) {
  const checked = run(atLowestPriority(check), { cwd, capture: true });
  const tested = await run(tests, { cwd });
  const { code, output } = await checked;
  console.log(`\n${checkName}, run beside the tests:\n${output.trim()}`);
  if (code !== 0) console.error(`\n${checkName} failed: see its output above.`);
  return tested.code !== 0 ? tested.code : code;
}
