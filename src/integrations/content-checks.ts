import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent } from '../checks/content-check';
import { CONTENT_DIR } from '../lib/collections';
import { clinicDisplayPath, reassembleClinicContent } from '../lib/clinic-content';
import { CONTENT_DIR_ENV, clinicContentCache } from '../lib/content-location';
import { REVIEW_DATE_ENV, isoDate, reviewDate } from '../lib/dates';
import { ContentCheckError, formatProblem, type ContentProblem } from '../lib/friendly-errors';
import { contentCheckRuns, takeHeldProblems } from './held-problems';
import { logProblems, reportContentInDev } from './dev-content-report';
import { phaseLine, progressReporter } from '../build/phase';
import { CHECK_STORE_ENV } from '../build/workspace';
import { CONTENT_CHECKED } from '../build/clinic-jobs';
import { beforeRender, finishBeforeRender } from '../build/before-render';
import { checkGuidesLater } from '../build/text-gates-later';
import { WRITING_THREAD_FROM } from '../build/thread-limits';
import { keepFrontmatter, saveKeptFrontmatter } from '../build/kept-frontmatter';

/**
 * Where each guide's parse facts and text gate results are kept between builds: the store all builds of the
 * checkout share (scripts/build.mjs), or else a folder in Astro's cache (`astro dev`, `astro build` run directly).
 */
const STORE_FOLDER = 'content-checks';

/**
 * Runs the content check on the content the site is made from now (a clinic's assembled content, if CLINIC
 * is set). With `later` (a build on two cores or more), the gates of guides with no kept results run in a
 * thread while Astro bundles, and must pass before the first page is rendered (`beforeRender`): at 1,000
 * guides they are about 2 s of the check's 3.5 s, and Vite's bundling leaves a core idle about half the time.
 */
function runCheck(root: string, logger: AstroIntegrationLogger, cacheDir: string, later = false): ContentProblem[] {
  const started = performance.now();
  const contentDir = process.env[CONTENT_DIR_ENV];
  const clinic = process.env.CLINIC?.trim();
  const result = checkContent(root, {
    today: reviewDate(process.env[REVIEW_DATE_ENV]),
    contentDir,
    displayPath: contentDir && clinic ? clinicDisplayPath(root, clinic, contentDir) : undefined,
    cacheDir: process.env[CHECK_STORE_ENV] || join(cacheDir, STORE_FOLDER),
    onProgress: progressReporter('content', 'checked', 'guides', (line) => logger.info(line), started),
    laterFrom: later ? WRITING_THREAD_FROM : undefined,
  });
  for (const warning of result.warnings) logger.warn(formatProblem(warning));
  const cached = result.guidesFromCache > 0 ? ` (${result.guidesFromCache} unchanged, from the cache)` : '';
  // Counted now: the closures below outlive this call, and the result holds every guide's parse.
  const checkedLine = `${result.guides.length} ${CONTENT_CHECKED}${cached}`;
  const checked = (at = performance.now()) => logger.info(`${checkedLine} in ${Math.round(at - started)} ms`);
  if (result.problems.length > 0) return result.problems;
  if (!result.later) {
    checked();
    return [];
  }
  logger.info(phaseLine('content', `${result.guides.length} guides read; the writing of ${result.later.guides.length} is checked while Astro bundles`, started));
  const gates = checkGuidesLater(result.later, progressReporter('content', 'checked the writing of', 'guides', (line) => logger.info(line), started));
  // Caught here and thrown where the render awaits it: a rejection nobody awaits yet would end the process.
  const outcome = gates.then(
    (found) => ({ found, at: performance.now() }),
    (error: unknown) => ({ error }),
  );
  beforeRender(async () => {
    const done = await outcome;
    if ('error' in done) throw done.error;
    for (const warning of done.found.warnings) logger.warn(formatProblem(warning));
    if (done.found.problems.length > 0) throw new ContentCheckError(done.found.problems);
    // Timed to when the thread finished, not to when the render asked: the phase line says what the check took.
    checked(done.at);
  });
  return [];
}

/**
 * Checks every guide and data file before Astro renders anything, and stops the build with one line per
 * problem (file, field or line, what to do). Astro's own schema errors would also stop the build, but name
 * only one problem at a time and in zod's words. In `astro dev` the check runs again on every save under
 * `content/`, and the problems are shown in the browser and the terminal instead of stopping the server.
 */
export function contentChecks(): AstroIntegration {
  let root = '';
  let cacheDir = '';
  let atStart: ContentProblem[] = [];
  return {
    name: 'microneedling-guide:content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (!contentCheckRuns(command)) return;
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        if (process.env[REVIEW_DATE_ENV]) logger.info(`review dates checked against ${isoDate(reviewDate(process.env[REVIEW_DATE_ENV]))} (${REVIEW_DATE_ENV})`);
        const held = takeHeldProblems();
        // Held problems stop the build after the check: it runs whole, to list every problem at once.
        const later = command === 'build' && held.length === 0 && availableParallelism() >= 2;
        if (command === 'build') keepFrontmatter(cacheDir, root);
        const problems = [...held, ...runCheck(root, logger, cacheDir, later)];
        // Every guide's frontmatter has been read by now, this build's or kept.
        if (command === 'build') saveKeptFrontmatter();
        if (problems.length === 0) return;
        if (command !== 'dev') throw new ContentCheckError(problems);
        atStart = problems;
        logProblems(logger, problems);
      },
      // First of the build's end hooks: a site that rendered no page has not awaited the gates yet.
      'astro:build:done': () => finishBeforeRender(),
      'astro:server:setup': ({ server, logger }) => {
        if (!root) return;
        const clinic = process.env.CLINIC?.trim();
        const assembled = process.env[CONTENT_DIR_ENV];
        reportContentInDev({
          server,
          logger,
          contentDir: join(root, CONTENT_DIR),
          initial: atStart,
          // A clinic's site reads content assembled from content/ and its folder: assemble it again first.
          recheck: clinic && assembled === clinicContentCache(root, clinic)
            ? async () => [...(await reassembleClinicContent(root, clinic, assembled, () => {})), ...runCheck(root, logger, cacheDir)]
            : () => runCheck(root, logger, cacheDir),
        });
      },
    },
  };
}
