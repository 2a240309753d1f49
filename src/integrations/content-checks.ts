import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../checks/content-check';
import { clinicDisplayPath } from '../lib/clinic-content';
import { CONTENT_DIR_ENV } from '../lib/content-location';
import { REVIEW_DATE_ENV, isoDate, reviewDate } from '../lib/dates';
import { ContentCheckError, formatProblem } from '../lib/friendly-errors';
import { contentCheckRuns, takeHeldProblems } from './held-problems';

/**
 * Checks every guide and data file before Astro renders anything, and stops the build with one line per
 * problem (file, field or line, what to do). Astro's own schema errors would also stop the build, but name
 * only one problem at a time and in zod's words.
 */
export function contentChecks(): AstroIntegration {
  return {
    name: 'microneedling-guide:content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (!contentCheckRuns(command)) return;
        const held = takeHeldProblems();
        const root = fileURLToPath(config.root);
        const started = performance.now();
        const contentDir = process.env[CONTENT_DIR_ENV];
        const clinic = process.env.CLINIC?.trim();
        const today = reviewDate(process.env[REVIEW_DATE_ENV]);
        if (process.env[REVIEW_DATE_ENV]) logger.info(`review dates checked against ${isoDate(today)} (${REVIEW_DATE_ENV})`);
        const result = checkContent(root, {
          today,
          contentDir,
          displayPath: contentDir && clinic ? clinicDisplayPath(root, clinic, contentDir) : undefined,
        });
        for (const warning of result.warnings) logger.warn(formatProblem(warning));
        if (held.length + result.problems.length > 0) throw new ContentCheckError([...held, ...result.problems]);
        logger.info(`${result.guides.length} guides checked in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
