import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { loadClinic, type LoadedClinic } from '../lib/clinic-config';
import { isDraftBuild } from '../build/site-setting';
import { contentCheckRuns, holdProblems } from './held-problems';
import { assembleClinicContent } from '../lib/clinic-content';
import { CONTENT_DIR_ENV, clinicContentCache, contentRoot } from '../lib/content-location';
import { publishedLocales } from '../lib/published-locales';
import { ContentCheckError } from '../lib/friendly-errors';
import { NEUTRAL_IDENTITY, identityFromClinic } from '../lib/identity';
import { brandCss, type BrandFont } from '../lib/brand-css';
import { cspSetting } from '../lib/security-policy';
import { NEUTRAL_CARD_BRAND, cardBrand, guideCardTexts, type CardBrand } from '../lib/social-card';
import { readReviewedGuides } from '../lib/sitemap';
import { keepFrontmatter } from '../build/kept-frontmatter';
import { cardPoolFrom, startCardPool } from '../build/card-pool';
import { isCardKept } from '../lib/card-key';
import { phaseLine } from '../build/phase';

const SITE_MODULE = 'virtual:microneedling-guide/site';
const BRAND_MODULE = 'virtual:microneedling-guide/brand.css';

/** Font weights bundled for body text and bold. */
const FONT_WEIGHTS = ['400', '700'];

function resolveFont(root: string, loaded: LoadedClinic): BrandFont | undefined {
  const { font } = loaded.clinic;
  if (font === 'system') return undefined;
  const require = createRequire(join(root, 'package.json'));
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve(`${font.package}/package.json`));
  } catch {
    throw new ContentCheckError([
      {
        file: `content/clinics/${loaded.id}/clinic.yaml`,
        field: 'font.package',
        message: `names ${font.package}, which is not installed. Run: npm install --save-dev ${font.package}`,
      },
    ]);
  }
  return { family: font.family, files: FONT_WEIGHTS.map((weight) => join(packageDir, `${weight}.css`)).filter((file) => existsSync(file)) };
}

/**
 * Makes a clinic's copy of the site when CLINIC=<id> is set: checks its config, assembles its content,
 * sets the site URL, and provides the identity and brand stylesheet to the pages as virtual modules.
 * Without CLINIC the neutral default site is built.
 */
export function clinicSite(): AstroIntegration {
  return {
    name: 'microneedling-guide:clinic',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        // Before the first guide is read here: the content check saves what this build read (or took as kept).
        if (command === 'build') keepFrontmatter(fileURLToPath(config.cacheDir), root);
        const id = process.env.CLINIC?.trim();
        let identity = NEUTRAL_IDENTITY;
        let css = '';
        let logo: { path: string; alt: string } | undefined;
        let favicon: string | undefined;
        let brand: CardBrand = NEUTRAL_CARD_BRAND;
        let loadedUrl: string | undefined;
        delete process.env[CONTENT_DIR_ENV];
        if (id) {
          // A build is what gets published: it refuses placeholders; dev and preview show them as they are.
          const { clinic: loaded, problems, forContentCheck } = await loadClinic(root, id, { production: command === 'build' && !isDraftBuild() });
          if (!loaded) {
            const cannot = `The clinic "${id}" cannot be built; the last good site is untouched.`;
            if (!forContentCheck || !contentCheckRuns(command)) throw new ContentCheckError(problems, cannot);
            // Its guides can still be assembled: the content check reports their problems with these, in one run.
            const assembled = assembleClinicContent(root, forContentCheck, clinicContentCache(root, id), (line) => logger.info(line));
            holdProblems([...problems, ...assembled]);
            if (assembled.length === 0) process.env[CONTENT_DIR_ENV] = clinicContentCache(root, id);
            return;
          }
          const target = clinicContentCache(root, id);
          const contentProblems = assembleClinicContent(root, loaded, target, (line) => logger.info(line));
          if (contentProblems.length > 0) throw new ContentCheckError(contentProblems);
          process.env[CONTENT_DIR_ENV] = target;
          identity = identityFromClinic(loaded.clinic);
          css = brandCss(loaded.colours, resolveFont(root, loaded));
          logo = { path: loaded.logoPath, alt: loaded.clinic.logo.alt };
          favicon = loaded.faviconPath;
          brand = cardBrand(loaded.colours, loaded.clinic.font);
          updateConfig({ site: loaded.clinic.url });
          loadedUrl = loaded.clinic.url;
          logger.info(`building the site of ${loaded.clinic.name} (${id})`);
        }
        const guides = readReviewedGuides(contentRoot(root));
        identity = { ...identity, locales: publishedLocales(guides, identity.locales, (line) => logger.info(line)) };
        const siteUrl = loadedUrl ?? config.site;
        // The cards to draw take a core of their own while the content is checked and the pages bundled. Those
        // the last build kept are not the pool's: a rebuild starts no thread only to find them kept. A site with
        // too few cards for a pool never asks the cache here: its route draws or takes each card.
        const cardPaths = { root, cacheDir: fileURLToPath(config.cacheDir) };
        const siteCards = command === 'build' && siteUrl ? guideCardTexts(guides, identity, siteUrl) : [];
        const cardTexts = siteCards.length >= cardPoolFrom() ? siteCards.filter((text) => !isCardKept(text, brand, cardPaths)) : [];
        if (cardTexts.length >= cardPoolFrom()) {
          // Wall-clock time, which the pool's threads share: the line says when the last card was drawn.
          const started = Date.now();
          startCardPool(cardTexts, brand, cardPaths, {
            onFinished: (drawn, lastDrawnAt) => logger.info(phaseLine('cards', `${drawn} social cards drawn ahead`, started, lastDrawnAt)),
          });
        }
        const siteModule = [
          logo ? `import logoSrc from ${JSON.stringify(`${logo.path}?url`)};` : '',
          favicon ? `import faviconSrc from ${JSON.stringify(`${favicon}?url`)};` : '',
          `export const site = ${JSON.stringify(identity)};`,
          `export const logo = ${logo ? `{ src: logoSrc, alt: ${JSON.stringify(logo.alt)} }` : 'undefined'};`,
          `export const favicon = ${favicon ? 'faviconSrc' : 'undefined'};`,
          // For build-time images (social cards, touch icons): files on disk, not bundled URLs.
          `export const brand = ${JSON.stringify({ ...brand, faviconFile: favicon ?? join(root, 'public', 'favicon.svg') })};`,
          `export const buildPaths = ${JSON.stringify({ root, cacheDir: fileURLToPath(config.cacheDir) })};`,
          // The site's address as this build publishes it (a clinic's own): `import.meta.env.SITE` may still hold site.yaml's.
          `export const siteUrl = ${JSON.stringify(siteUrl)};`,
        ].join('\n');
        updateConfig({
          security: { csp: cspSetting(identity.analytics?.scriptUrl) },
          vite: {
            plugins: [
              {
                name: 'microneedling-guide:clinic-modules',
                resolveId: (source) => (source === SITE_MODULE || source === BRAND_MODULE ? `\0${source}` : undefined),
                load: (resolved) => {
                  if (resolved === `\0${SITE_MODULE}`) return siteModule;
                  if (resolved === `\0${BRAND_MODULE}`) return css;
                  return undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}
