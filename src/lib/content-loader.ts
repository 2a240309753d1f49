import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { AstroIntegrationLogger } from 'astro';
import { parseGuideAhead } from './guide-body';
import { isInsideFolder } from './files';
import { contentRoot } from './content-location';

/** How Astro's glob loader starts the error it logs when a file saved in `astro dev` fails its schema. */
const FAILED_RELOAD = 'Failed to reload ';

/**
 * A logger that passes everything on except Astro's failed-reload errors, which go to debug (`astro dev
 * --verbose` still shows them). They are zod's words with an empty `****` for an unknown field, and the
 * content check (src/integrations/content-checks.ts) reports the same file first, with the same schemas,
 * one clear line per problem.
 */
export function quietReloads(logger: AstroIntegrationLogger): AstroIntegrationLogger {
  const quiet = Object.create(logger) as AstroIntegrationLogger;
  quiet.error = (message) => (message.startsWith(FAILED_RELOAD) ? logger.debug(message) : logger.error(message));
  return quiet;
}

/**
 * In `astro dev` only (a watcher is given), while the server starts: an entry that fails its schema is kept
 * as written instead of stopping the server with zod's message. The content check has already listed its
 * problems, and the dev server shows them instead of every page until a save fixes them (then the entry is
 * parsed again). Builds never get here: the content check stops them first, and they have no watcher.
 */
export function startDespiteInvalidEntries(context: LoaderContext): { context: LoaderContext; started: () => void } {
  if (!context.watcher) return { context, started: () => {} };
  let starting = true;
  const parseData: LoaderContext['parseData'] = async (entry) => {
    try {
      return await context.parseData(entry);
    } catch (error) {
      if (!starting) throw error;
      context.logger.debug(`${entry.filePath ?? entry.id}: kept unparsed until fixed: ${(error as Error).message}`);
      return entry.data;
    }
  };
  return { context: { ...context, parseData }, started: () => (starting = false) };
}

/** What an entry type reads from a content file (Astro's `ContentEntryType.getEntryInfo`, the part used here). */
type GetEntryInfo = (params: { fileUrl: URL; contents: string }) => unknown;
/** What Astro's glob loader keeps of an entry's render: the images it shows, which Astro then resolves. */
type RenderImages = (entry: { body?: string; filePath?: string }) => Promise<{ html: string; metadata: { imagePaths: string[] } }>;
/** How Astro tells its glob loader, at run time, what reads each kind of content file (by extension). */
type EntryTypes = Map<string, { getEntryInfo: GetEntryInfo; getRenderFunction?: () => Promise<RenderImages> }>;

/**
 * Guides read as data: `.mdx` files keep the frontmatter and body that Astro's MDX integration reads, but
 * without its render module, so they stay entries in the data store instead of modules Vite compiles and
 * bundles (a guide page renders its body from the data: src/lib/guide-body.ts). Their "render" here only
 * lists the images saved beside the guide, so that Astro resolves them as it does a Markdown entry's
 * (src/components/guide/GuideImage.astro) — never a file outside the content folder: the content check
 * refuses those with their line, and the page cannot render them. The body it parses for them is kept for
 * the page (`parseGuideAhead`), which then does not parse it again.
 */
export function mdxAsData(context: LoaderContext): LoaderContext {
  const entryTypes = (context as LoaderContext & { entryTypes?: EntryTypes }).entryTypes;
  const mdx = entryTypes?.get('.mdx');
  // Fails loudly if a new Astro stops passing these: guides would otherwise go back to being compiled as code.
  if (!entryTypes || !mdx) throw new Error('Astro gave the guide loader no MDX entry type: is @astrojs/mdx in astro.config.mjs, and does this Astro still pass `entryTypes` to loaders?');
  const content = contentRoot(fileURLToPath(context.config.root));
  const renderImages: RenderImages = async ({ body = '', filePath = '' }) => ({
    html: '',
    metadata: { imagePaths: parseGuideAhead(body).filter((src) => isInsideFolder(content, join(dirname(filePath), src))) },
  });
  const guides = new Map(entryTypes);
  guides.set('.mdx', { getEntryInfo: mdx.getEntryInfo.bind(mdx), getRenderFunction: async () => renderImages });
  return { ...context, entryTypes: guides } as LoaderContext;
}

/** Astro's glob loader, with its schema errors in `astro dev` left to the content check (see above). */
export function contentGlob(options: Parameters<typeof glob>[0], { mdxAsData: asData = false } = {}): Loader {
  const loader = glob(options);
  return {
    ...loader,
    load: async (given) => {
      const original = asData ? mdxAsData(given) : given;
      const { context, started } = startDespiteInvalidEntries({ ...original, logger: quietReloads(original.logger) });
      try {
        await loader.load(context);
      } finally {
        started();
      }
    },
  };
}
