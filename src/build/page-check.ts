// Node-only: the checks of one built page, in the build's thread or a worker (page-check-worker.ts).
import { validateHtml, type HtmlProblem } from '../lib/html-check.ts';
import { pageLinks, type PageLinks } from '../lib/link-check.ts';

/** A problem of a page, without the page's name: the same bytes give the same findings wherever they are. */
export type PageFinding = Omit<HtmlProblem, 'page'>;

/** What checking one page found: its HTML problems, and its ids and links for the site-wide link check. */
export interface PageResult {
  problems: PageFinding[];
  links: PageLinks;
}

/** Validates one page and reads its links, from the same text. */
export async function checkPage(html: string, page: string): Promise<PageResult> {
  const problems = (await validateHtml(html, page)).map(({ line, rule, message }) => ({ line, rule, message }));
  return { problems, links: pageLinks(html) };
}
