/**
 * One build phase's log line, written as the phase ends: what it did, with counts, and how long it took,
 * e.g. `links: 34 pages checked in 0.4 s`. Long builds then say where they are as they go.
 */
export function phaseLine(phase: string, done: string, startedMs: number, nowMs = performance.now()): string {
  return `${phase}: ${done} in ${((nowMs - startedMs) / 1000).toFixed(1)} s`;
}
