import type { AstroIntegration } from 'astro';

/**
 * Problems in what the build was given, reported one line each: they teach an author, so they print
 * alone. Matched by name, so any copy of the classes counts (Vite may load a module twice).
 */
const PROBLEM_REPORTS = new Set(['ContentCheckError', 'BuildProblemsError']);

/** Problems found in the built pages (broken links, invalid HTML): a title line, then one line each. */
export class BuildProblemsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildProblemsError';
  }
}

/** Exit code of a build stopped by content problems (what `astro build` uses for any failure). */
export const FAILED = 1;

/** Whether an error is a problem report (a title and one line per problem), not a bug. */
export const isProblemReport = (error: unknown): boolean => PROBLEM_REPORTS.has((error as Error | undefined)?.name ?? '');

/**
 * The line `astro build` writes last when it ends itself after a problem report: the exit code it is about
 * to use, then the token scripts/build.mjs gave it in ENDING_TOKEN_ENV, so that no text a guide or clinic
 * makes Astro print can pass for it. scripts/build.mjs hides the line, and kills a process that then fails
 * to exit (src/build/astro-process.ts).
 */
export const ENDING_LINE = '[microneedling-guide] exiting with code';
export const ENDING_TOKEN_ENV = 'MNG_ENDING_TOKEN';

export const endingLine = (code: number, token: string): string => `${ENDING_LINE} ${code} ${token}`;

/**
 * Ends `astro build` with a problem report's lines alone. stderr is a pipe or a terminal here: both are
 * written synchronously on Linux, so nothing is lost on exit.
 */
export function endBuildWith(report: Error): never {
  const token = process.env[ENDING_TOKEN_ENV];
  process.stderr.write(`\n${report.message}\n${token ? `${endingLine(FAILED, token)}\n` : ''}`);
  process.exit(FAILED);
}

/**
 * Wraps an integration so that, in `astro build`, a problem report it throws (a ContentCheckError or
 * BuildProblemsError: a title and one line per problem) ends the build with exactly those lines. Astro would otherwise wrap
 * them in "An unhandled error occurred while running the … hook" and a stack trace, which points at our
 * code instead of the author's file. Any other error is a bug and keeps its stack. `astro dev` is left as
 * it is: there the error reaches the browser overlay.
 */
export function failingCleanly(integration: AstroIntegration): AstroIntegration {
  let building = false;
  const hooks: AstroIntegration['hooks'] = {};
  for (const [name, hook] of Object.entries(integration.hooks) as [string, (...args: unknown[]) => unknown][]) {
    (hooks as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      const options = args[0] as { command?: string } | undefined;
      // Only config:setup says which command runs; astro:build:* hooks run in builds alone.
      if (name === 'astro:config:setup') building = options?.command === 'build';
      if (name.startsWith('astro:build:')) building = true;
      try {
        return await hook(...args);
      } catch (error) {
        if (!building || !isProblemReport(error)) throw error;
        endBuildWith(error as Error);
      }
    };
  }
  return { ...integration, hooks };
}
