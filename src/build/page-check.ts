// Node-only: the checks of one built page, in the build's thread or a worker (page-check-worker.ts).
import { htmlValidateFindings, lineAt, structuralProblems, type HtmlProblem } from '../lib/html-check.ts';
import { readPage, type PageArticle, type PageLinks, type PageParts } from '../lib/page-parts.ts';

/** A problem of a page, without the page's name: the same bytes give the same findings wherever they are. */
export type PageFinding = Omit<HtmlProblem, 'page'>;

/** What checking one page found: its HTML problems, and its ids and links for the site-wide link check. */
export interface PageResult {
  problems: PageFinding[];
  links: PageLinks;
}

/**
 * The frames found valid in this thread, by frame key (see `PageParts`): a guide's frame is the same
 * template on every guide of its stage, so it is validated once. A frame with problems is never kept: its
 * pages are validated whole, and say exactly what they said before frames were kept.
 */
const validFrames = new Set<string>();
/** Bounded, for a long-lived process: a frame forgotten is only validated again. */
const MAX_VALID_FRAMES = 10_000;

/** The page with its articles' content taken out. */
function frameOf(html: string, articles: PageArticle[]): string {
  let frame = '';
  let from = 0;
  for (const article of articles) {
    frame += html.slice(from, article.contentStart);
    from = article.contentEnd;
  }
  return frame + html.slice(from);
}

/**
 * One article as a document of its own: the page's `<html>` and `<body>` and the elements around the
 * article, on the first line, so that its lines are the page's from where it starts. Their ids are left
 * out: an article reusing one is found with the ids used across parts.
 */
function articleDocument(html: string, article: PageArticle): { text: string; from: number; to: number } {
  const oneLine = (tag: string) => tag.replace(/[\r\n]/g, ' ').replace(/\sid\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+)/gi, '');
  const tagOf = (name: string) => oneLine(article.ancestors.find((outer) => outer.name === name)?.tag ?? `<${name}>`);
  const around = article.ancestors.filter((outer) => outer.name !== 'html' && outer.name !== 'body');
  const before = `<!doctype html>${tagOf('html')}<head><title>article</title></head>${tagOf('body')}${around.map((outer) => oneLine(outer.tag)).join('')}`;
  const after = `${around.map((outer) => `</${outer.name}>`).reverse().join('')}</body></html>`;
  return { text: before + html.slice(article.start, article.end) + after, from: before.length, to: before.length + article.end - article.start };
}

/** A finding as a page result keeps it: without its place in the text or its page's name. */
const asPageFinding = ({ line, rule, message }: PageFinding): PageFinding => ({ line, rule, message });

/** Whether the page's frame is valid, validating it unless a frame with its key was found valid before. */
async function frameIsValid(html: string, page: string, parts: PageParts & { frameKey: string }): Promise<boolean> {
  if (validFrames.has(parts.frameKey)) return true;
  const valid = (await htmlValidateFindings(frameOf(html, parts.articles), page)).length === 0;
  if (valid && validFrames.size >= MAX_VALID_FRAMES) validFrames.clear();
  if (valid) validFrames.add(parts.frameKey);
  return valid;
}

/**
 * html-validate's findings in a page whose frame is valid: each article's, validated on its own, and the ids
 * the articles use again from the frame or from each other. The same as validating the page whole, in a
 * fraction of the time: a guide page's frame is most of its markup.
 */
async function articleFindings(html: string, page: string, parts: PageParts): Promise<PageFinding[]> {
  const found: PageFinding[] = [];
  for (const article of parts.articles) {
    const { text, from, to } = articleDocument(html, article);
    const firstLine = lineAt(html, article.start);
    for (const finding of await htmlValidateFindings(text, page)) {
      // Findings in the elements around it belong to the frame, which is valid.
      if (finding.offset >= from && finding.offset < to) found.push({ ...asPageFinding(finding), line: firstLine + finding.line - 1 });
    }
  }
  for (const { id, index } of parts.crossPartDuplicates) found.push({ line: lineAt(html, index), rule: 'no-dup-id', message: `Duplicate ID "${id}"` });
  return found.sort((a, b) => a.line - b.line);
}

/** Validates one page and reads its links, from the same text. */
export async function checkPage(html: string, page: string): Promise<PageResult> {
  const { links, parts } = readPage(html);
  const split = parts.frameKey !== undefined && (await frameIsValid(html, page, parts as PageParts & { frameKey: string }));
  // A page without articles is all frame: valid, or validated whole like any page whose frame is not.
  const found = split ? await articleFindings(html, page, parts) : (await htmlValidateFindings(html, page)).map(asPageFinding);
  return { problems: [...found, ...structuralProblems(html, page).map(asPageFinding)], links };
}
