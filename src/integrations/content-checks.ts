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
import { progressReporter } from '../build/phase';
import { CHECK_STORE_ENV } from '../build/workspace';
import { CONTENT_CHECKED } from '../build/clinic-jobs';

/**
 * Where each guide's parse facts and text gate results are kept between builds: the store all builds of the
 * checkout share (scripts/build.mjs), or else a folder in Astro's cache (`astro dev`, `astro build` run directly).
 */
const STORE_FOLDER = 'content-checks';

/** Runs the content check on the content the site is made from now (a clinic's assembled content, if CLINIC is set). */
function runCheck(root: string, logger: AstroIntegrationLogger, cacheDir: string): ContentProblem[] {
  const started = performance.now();
  const contentDir = process.env[CONTENT_DIR_ENV];
  const clinic = process.env.CLINIC?.trim();
  const result = checkContent(root, {
    today: reviewDate(process.env[REVIEW_DATE_ENV]),
    contentDir,
    displayPath: contentDir && clinic ? clinicDisplayPath(root, clinic, contentDir) : undefined,
    cacheDir: process.env[CHECK_STORE_ENV] || join(cacheDir, STORE_FOLDER),
    onProgress: progressReporter('content', 'checked', 'guides', (line) => logger.info(line), started),
  });
  for (const warning of result.warnings) logger.warn(formatProblem(warning));
  const cached = result.guidesFromCache > 0 ? ` (${result.guidesFromCache} unchanged, from the cache)` : '';
  if (result.problems.length === 0) logger.info(`${result.guides.length} ${CONTENT_CHECKED}${cached} in ${Math.round(performance.now() - started)} ms`);
  return result.problems;
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
        const problems = [...takeHeldProblems(), ...runCheck(root, logger, cacheDir)];
        if (problems.length === 0) return;
        if (command !== 'dev') throw new ContentCheckError(problems);
        atStart = problems;
        logProblems(logger, problems);
      },
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
