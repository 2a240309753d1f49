import type { AstroIntegration } from 'astro';

/** The name `ContentCheckError` (src/lib/friendly-errors.ts) carries; matched by name so any copy of the class counts. */
const PROBLEM_REPORT = 'ContentCheckError';

/** Exit code of a build stopped by content problems (what `astro build` uses for any failure). */
const FAILED = 1;

/**
 * Wraps an integration so that, in `astro build`, a content problem it reports (a ContentCheckError:
 * a title and one line per problem) ends the build with exactly those lines. Astro would otherwise wrap
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
        if (!building || (error as Error | undefined)?.name !== PROBLEM_REPORT) throw error;
        // stderr is a pipe or a terminal here: both are written synchronously on Linux, so nothing is lost on exit.
        process.stderr.write(`\n${(error as Error).message}\n`);
        process.exit(FAILED);
      }
    };
  }
  return { ...integration, hooks };
}
