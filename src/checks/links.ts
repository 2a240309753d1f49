import { toString as mdastToString } from 'mdast-util-to-string';
import { didYouMean, exampleOf } from '../lib/suggest';
import type { Locale } from '../i18n/locales';
import { LANGUAGE_NAMES, withoutAccents } from './languages';
import { nodesOfType } from './mdx-nodes';
import type { SiteGate, TextGate } from './types';

/**
 * Link texts that tell a reader nothing about where they go, per language, written without accents: the
 * text is compared without them, so "aqui" is caught as "aquí" is.
 */
const VAGUE_LINK_TEXT: Record<Locale, RegExp> = {
  en: /^(click here|here|this page|this|read more|more|link|this link)$/i,
  es: /^(haga clic aqui|haga click aqui|clic aqui|pulse aqui|aqui|aca|esta pagina|este enlace|enlace|mas informacion|mas|leer mas|lea mas|ver mas)$/i,
};

/** Links say where they go: a link's text names its page, not "click here". */
export const linkTextGate: TextGate = ({ file, locale, parsed }, { problems }) => {
  for (const link of nodesOfType(parsed.tree, 'link')) {
    const text = mdastToString(link).trim();
    if (VAGUE_LINK_TEXT[locale].test(withoutAccents(text))) {
      problems.push({ file, line: link.position?.start.line, message: `link text "${text}" does not say where it goes. Name the page instead` });
    }
  }
};

/**
 * Internal links reach a page (and section) of this site, in the guide's language when there is one. (Which
 * schemes a link may use at all is the guide-language gate's rule.)
 */
export const linkTargetsGate: SiteGate = ({ file, locale, references }, context, { problems }) => {
  for (const { url, line } of references.links) {
    // `//host/…` is another site (the guide-language gate refuses it), not a path of this one.
    if (!((url.startsWith('/') && !url.startsWith('//')) || url.startsWith('#'))) continue;
    const [rawPath, fragment] = url.split('#') as [string, string | undefined];
    const path = rawPath || context.ownPath;
    const translated = context.translatedPaths.get(`${locale}\n${path}`);
    if (translated) {
      problems.push({
        file,
        line,
        message: `links to ${url}, a page in English. Link to ${translated}${fragment ? ' (and the id of that section there)' : ''} instead, its ${LANGUAGE_NAMES[locale]} page, so the reader stays in ${LANGUAGE_NAMES[locale]}`,
      });
    } else if (!context.routes.has(path)) {
      problems.push({
        file,
        line,
        message: `links to ${url}, which is not a page of this site.${didYouMean(path, context.routes)} Link to an existing page, with its trailing slash${exampleOf(path, context.routes)}`,
      });
    } else if (fragment && context.anchors.has(path) && !context.anchors.get(path)!.has(fragment)) {
      const sections = context.anchors.get(path)!;
      const known = [...sections].slice(0, 8).join(', ');
      problems.push({
        file,
        line,
        message: `links to ${url}, but that page has no section #${fragment}.${didYouMean(fragment, sections)} Use one of: ${known}`,
      });
    }
  }
};
