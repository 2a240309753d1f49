// Node-only: how scripts/build.mjs follows the Astro process it started. Imported by Node directly.
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { FAILED, endingLine } from './clean-failure.ts';

/**
 * How long Astro may take to exit once it has said it is ending. Node's exit can hang for good: the main
 * thread waits for V8's background compiler threads, which wait for a garbage collection only the main
 * thread would run (nodejs/node#54918, open). Here it hung in 4 of 99 builds stopped by a clinic.yaml problem
 * with a cold compile cache, and in none of 50 with a warm one or none; with this grace, 3 of 70 such builds
 * were killed and failed as they should. By then the report is written, so the exit code it named stands.
 */
export const EXIT_GRACE_MS = 5_000;

export interface AstroEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Hands each line Astro writes to `onLine` as it comes, except the line that says it is ending with a
 * failure (`endingLine` with the `token` Astro was given: never a success, whatever a line says), and
 * resolves with how it ended. If it has not exited `graceMs` after that line, it is killed, and ends with
 * the failure it named.
 */
export function followAstro(
  child: ChildProcess,
  token: string,
  onLine: (line: string, stream: 'stdout' | 'stderr') => void,
  graceMs = EXIT_GRACE_MS,
): Promise<AstroEnd> {
  const ending = endingLine(FAILED, token);
  let killed = false;
  for (const stream of ['stdout', 'stderr'] as const) {
    createInterface({ input: child[stream]!, crlfDelay: Infinity }).on('line', (line) => {
      if (stream === 'stdout' || line !== ending) return onLine(line, stream);
      setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null) killed = child.kill('SIGKILL');
      }, graceMs).unref();
    });
  }
  return new Promise((done) =>
    child.on('close', (code: number | null, signal: NodeJS.Signals | null) => done(killed ? { code: FAILED, signal: null } : { code, signal })),
  );
}
