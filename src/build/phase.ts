/**
 * One build phase's log line, written as the phase ends: what it did, with counts, and how long it took,
 * e.g. `links: 34 pages checked in 0.4 s`. Long builds then say where they are as they go.
 */
export function phaseLine(phase: string, done: string, startedMs: number, nowMs = performance.now()): string {
  return `${phase}: ${done} in ${((nowMs - startedMs) / 1000).toFixed(1)} s`;
}

/** A phase over fewer items than this ends before anyone waits for it: it logs only its closing line. */
export const PROGRESS_FROM = 200;
/** Progress lines per phase: one at every tenth of the way. */
const STEPS = 10;

/** A line saying how far a phase is, e.g. `html: validated 400/1000 pages in 12.3 s`. */
export function progressLine(phase: string, verb: string, done: number, total: number, noun: string, startedMs: number, nowMs = performance.now()): string {
  return phaseLine(phase, `${verb} ${done}/${total} ${noun}`, startedMs, nowMs);
}

/**
 * A callback for a phase's loop (`(done, total)` after each item) that logs a progress line at each tenth
 * of the way as it is reached: none for a phase under PROGRESS_FROM items, and none at the end, which the
 * phase's closing line reports.
 */
export function progressReporter(
  phase: string,
  verb: string,
  noun: string,
  log: (line: string) => void,
  startedMs = performance.now(),
  now: () => number = () => performance.now(),
): (done: number, total: number) => void {
  let shown = 0;
  return (done, total) => {
    if (total < PROGRESS_FROM || done >= total) return;
    const step = Math.floor((done * STEPS) / total);
    if (step <= shown) return;
    shown = step;
    log(progressLine(phase, verb, done, total, noun, startedMs, now()));
  };
}
