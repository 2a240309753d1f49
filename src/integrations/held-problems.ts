import type { ContentProblem } from '../lib/friendly-errors';

/**
 * Problems the clinic integration found in clinic.yaml or its files but held back, so that the content check
 * (the next integration, in the same process) reports them together with the guides' problems: an author
 * fixes everything from one run instead of one layer per build.
 */
const held: ContentProblem[] = [];

export function holdProblems(problems: readonly ContentProblem[]): void {
  held.push(...problems);
}

/** The held problems, emptied: each is reported once. */
export function takeHeldProblems(): ContentProblem[] {
  return held.splice(0);
}

/** Whether the content check runs for this command (and so will report what is held). */
export function contentCheckRuns(command: string): boolean {
  // Vitest loads the Astro config to compile components; it tests content checks itself.
  return command !== 'preview' && !process.env.VITEST;
}
