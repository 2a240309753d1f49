import { relative, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { formatProblem, type ContentProblem } from '../lib/friendly-errors';
import { devErrorPage, isPageRequest } from '../server/dev-error-page';

/** Watcher events that change what the content check reads. */
const CONTENT_EVENTS = new Set(['add', 'change', 'unlink', 'addDir', 'unlinkDir']);

/** Prints the problems of the content one line each, as the build does, with a first line that says where else they show. */
export function logProblems(logger: AstroIntegrationLogger, problems: readonly ContentProblem[]): void {
  logger.error(`The content has ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}; the browser shows them until you fix them:`);
  for (const problem of problems) logger.error(formatProblem(problem));
}

export interface DevContentReport {
  server: ViteDevServer;
  logger: AstroIntegrationLogger;
  /** The folder whose changes re-run the check (`<root>/content`, a clinic's folder included). */
  contentDir: string;
  /** The problems found when the server started. */
  initial: readonly ContentProblem[];
  /** Runs the content check again on the files as they are now. */
  recheck: () => ContentProblem[] | Promise<ContentProblem[]>;
}

/**
 * Keeps `astro dev` honest about the content: on every save under `content/` the check runs again; while it
 * finds problems every page request gets an error page listing them (Astro would keep serving the last good
 * entry, so the author would read old text and believe the change was taken) and the terminal prints them
 * one line each; when a save fixes them the page reloads with the new content.
 */
export function reportContentInDev({ server, logger, contentDir, initial, recheck }: DevContentReport): void {
  let problems = initial;
  server.middlewares.use((request, response, next) => {
    if (problems.length === 0 || !isPageRequest(request.method, request.headers.accept, request.url)) return next();
    response.statusCode = 500;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    response.end(devErrorPage(problems));
  });

  const publish = (found: readonly ContentProblem[]) => {
    // One save can be several watcher events (editors write a temporary file, then rename it): say each outcome once.
    if (found.map(formatProblem).join('\n') === problems.map(formatProblem).join('\n')) return;
    const had = problems.length > 0;
    problems = found;
    if (found.length > 0) logProblems(logger, found);
    else if (had) logger.info('content problems fixed');
    // Open pages reload: to the error page, or from it to the fixed content. Astro reloads them again once its
    // store has the new entry.
    if (had || found.length > 0) server.environments.client.hot.send({ type: 'full-reload', path: '*' });
  };

  // One check at a time; saves during a check (a branch switch changes many files) run it once more after.
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        publish(await recheck());
      } while (again);
    } catch (error) {
      logger.error(`the content check failed: ${(error as Error).stack ?? String(error)}`);
    } finally {
      running = false;
    }
  };
  server.watcher.on('all', (event, path) => {
    const inside = relative(contentDir, path);
    if (!CONTENT_EVENTS.has(event) || inside.startsWith(`..${sep}`) || inside === '..') return;
    void run();
  });
}
