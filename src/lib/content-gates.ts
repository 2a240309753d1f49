import { visit } from 'unist-util-visit';
import { toString as mdastToString } from 'mdast-util-to-string';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Image, Link, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { CONTENT_RULES, SAFE_EXTERNAL_LINK } from './content-rules';
import type { ContentProblem } from './friendly-errors';
import { MDX_COMPONENT_NAMES } from './mdx-components';
import { readability } from './readability';
import { CARE_LEVELS } from './care-card';
import { isoDate } from './dates';
import type { CheckedGuide } from './content-check';

export interface GateContext {
  /** This guide's own page path, for links to `#section` on the same page. */
  ownPath: string;
  /** The day the build runs; review dates are compared with it. */
  today: Date;
  /** Reviewer names by id, for review messages. */
  reviewerNames: ReadonlyMap<string, string>;
  /** Glossary ids, for `<Term id>`. */
  glossaryIds: ReadonlySet<string>;
  /** Every internal page path of the site, e.g. `/aftercare/first-week/`. */
  routes: ReadonlySet<string>;
  /** Element ids of pages whose ids are known before rendering (guides' headings, glossary terms). */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
  /** Folder of files served as they are (`public/`), for images written as `/file.png`. */
  publicDir: string;
}

export interface GateResult {
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Words that mean a guide talks about redness of the skin. */
const REDNESS = /\bred(ness)?\b/i;
/** The phrase NHS testing found patients understand best. */
const SKIN_TONE_NOTE = /brown and black skin/i;
/** What to do when a text describes redness without the skin-tone note. */
export const SKIN_TONE_MESSAGE =
  'describes redness but not how it looks on brown and black skin. Add a sentence such as: On brown and black skin, redness may look darker, purple or grey';
/**
 * Words that describe a sign to act on after treatment. Any guide, whatever its stage, that names one
 * says when to call the clinic in a care card. Naming a risk or a reason not to treat ("an infection in
 * the area") is not a warning sign; naming what a patient would see ("pus", "keeps getting worse") is.
 */
const WARNING_SIGN =
  /\b(pus|yellow crusts?|signs? of (an )?infection|(could|may|might) mean an infection|(keeps?|kept) getting worse|gets? worse|do(es)? not go away|blisters?|numbness|severe allergic reaction|(trouble|hard to) (breathing|breathe)|(lips|tongue|mouth|throat) (start to )?swells?|swelling of (the |your )?(lips|tongue|throat))\b/i;
/** In aftercare everything happens after treatment, so naming a complication there is a warning sign too. */
const AFTERCARE_WARNING_SIGN = /\b(warning signs?|infection|infected|allergic reaction|granulomas?|cold sores?|call (your|the) clinic|urgent)\b/i;

/** The warning sign a guide names, if any: the words that make it need a care card. */
export function warningSignIn(collection: string, text: string): string | undefined {
  return WARNING_SIGN.exec(text)?.[0] ?? (collection === 'aftercare' ? AFTERCARE_WARNING_SIGN.exec(text)?.[0] : undefined);
}

/** Whether a text describes redness without saying how it looks on brown and black skin. */
export function rednessWithoutSkinTone(text: string): boolean {
  return REDNESS.test(text) && !SKIN_TONE_NOTE.test(text);
}
/** Link texts that tell a reader nothing about where they go. */
const VAGUE_LINK_TEXT = /^(click here|here|this page|this|read more|more|link|this link)$/i;

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function jsxElements(tree: Root): JsxElement[] {
  const elements: JsxElement[] = [];
  visit(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') elements.push(node as JsxElement);
  });
  return elements;
}

function attribute(element: JsxElement, name: string): string | undefined {
  const found = element.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function quote(text: string, max = 90): string {
  return `"${text.length > max ? `${text.slice(0, max)}…` : text}"`;
}

/**
 * The editorial gates every guide passes before it is published: reading level, sentence length, review
 * dates, sources, inclusive descriptions of redness, care cards for warning signs (in every stage), known components,
 * glossary terms and links. Each failure names the file (and line) and says what to do.
 */
export function checkGuideQuality(guide: CheckedGuide, context: GateContext): GateResult {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const { file, data, parsed } = guide;
  if (data.draft) return { problems, warnings };

  const report = readability(parsed);
  if (report.grade > CONTENT_RULES.maxReadingGrade) {
    const hardest = [...report.sentences]
      .sort((a, b) => b.grade - a.grade)
      .slice(0, CONTENT_RULES.hardestSentencesShown)
      .map((sentence) => `line ${sentence.line} (grade ${sentence.grade.toFixed(1)}): ${quote(sentence.text)}`)
      .join('; ');
    problems.push({
      file,
      message: `reads at US grade ${report.grade.toFixed(1)}; the limit is ${CONTENT_RULES.maxReadingGrade}. Use shorter sentences and plainer words. Hardest sentences: ${hardest}`,
    });
  }
  for (const sentence of report.sentences) {
    if (sentence.words > CONTENT_RULES.maxSentenceWords) {
      problems.push({
        file,
        line: sentence.line,
        message: `a sentence has ${sentence.words} words; the limit is ${CONTENT_RULES.maxSentenceWords}. Split it: ${quote(sentence.text)}`,
      });
    }
  }

  const reviewer = context.reviewerNames.get((data.reviewedBy as { id?: string }).id ?? String(data.reviewedBy)) ?? 'the reviewer';
  const daysLeft = Math.floor((data.nextReview.getTime() - context.today.getTime()) / DAY_MS);
  if (daysLeft < 0) {
    problems.push({
      file,
      field: 'nextReview',
      message: `was ${isoDate(data.nextReview)}: the review is overdue. Ask ${reviewer} to review "${data.title}", then update lastReviewed and nextReview`,
    });
  } else if (daysLeft <= CONTENT_RULES.reviewWarningDays) {
    warnings.push({
      file,
      field: 'nextReview',
      message: `is ${isoDate(data.nextReview)}, in ${daysLeft} days. Ask ${reviewer} to review "${data.title}" soon`,
    });
  }

  if (data.sources.length < CONTENT_RULES.minSources) {
    problems.push({
      file,
      field: 'sources',
      message: `lists ${data.sources.length}; a published guide cites at least ${CONTENT_RULES.minSources}. Add the sources its facts come from`,
    });
  }

  const body = mdastToString(parsed.tree);
  if (rednessWithoutSkinTone(body)) {
    problems.push({ file, message: SKIN_TONE_MESSAGE });
  }

  const elements = jsxElements(parsed.tree);
  const careCards = elements.filter((element) => element.name === 'CareCard');
  const sign = careCards.length === 0 ? warningSignIn(guide.collection, body) : undefined;
  if (sign) {
    problems.push({
      file,
      message: `mentions a warning sign ("${sign}") but has no <CareCard>. Add one that says when to call the clinic`,
    });
  }
  for (const element of elements) {
    const line = element.position?.start.line;
    if (element.name && /^[A-Z]/.test(element.name) && !(MDX_COMPONENT_NAMES as readonly string[]).includes(element.name)) {
      problems.push({
        file,
        line,
        message: `<${element.name}> is not a component guides can use. Use one of: ${MDX_COMPONENT_NAMES.join(', ')}`,
      });
    }
    if (element.name === 'CareCard') {
      const level = attribute(element, 'level');
      if (!level || !(CARE_LEVELS as readonly string[]).includes(level)) {
        problems.push({ file, line, message: `<CareCard> needs level="${CARE_LEVELS.join('" or level="')}"` });
      }
      let bullets = 0;
      visit(element, 'listItem', () => {
        bullets += 1;
      });
      if (bullets === 0 || bullets > CONTENT_RULES.maxCareCardBullets) {
        problems.push({
          file,
          line,
          message: `<CareCard> has ${bullets} bullets; write 1 to ${CONTENT_RULES.maxCareCardBullets} as a Markdown list, with blank lines around it`,
        });
      }
    }
    if (element.name === 'Term') {
      const id = attribute(element, 'id');
      if (!id || !context.glossaryIds.has(id)) {
        problems.push({
          file,
          line,
          message: `<Term id="${id ?? ''}"> names no glossary term. Add content/glossary/${id ?? '<id>'}.yaml or use an existing id`,
        });
      }
    }
    if ((element.name === 'Checklist' && !data.checklist?.length) || (element.name === 'Timeline' && !data.timeline?.length)) {
      const field = element.name === 'Checklist' ? 'checklist' : 'timeline';
      problems.push({ file, line, message: `<${element.name} /> shows the frontmatter ${field}, but this guide has none. Add ${field} to the frontmatter` });
    }
  }

  visit(parsed.tree, 'link', (link: Link) => {
    const line = link.position?.start.line;
    const text = mdastToString(link).trim();
    if (VAGUE_LINK_TEXT.test(text)) {
      problems.push({ file, line, message: `link text "${text}" does not say where it goes. Name the page instead` });
    }
    if (link.url.startsWith('/') || link.url.startsWith('#')) {
      const [rawPath, fragment] = link.url.split('#') as [string, string | undefined];
      const path = rawPath || context.ownPath;
      if (!context.routes.has(path)) {
        problems.push({
          file,
          line,
          message: `links to ${link.url}, which is not a page of this site. Link to an existing guide, e.g. /aftercare/first-week/ (with the trailing slash)`,
        });
      } else if (fragment && context.anchors.has(path) && !context.anchors.get(path)!.has(fragment)) {
        const known = [...context.anchors.get(path)!].slice(0, 8).join(', ');
        problems.push({ file, line, message: `links to ${link.url}, but that page has no section #${fragment}. Use one of: ${known}` });
      }
    } else if (/^http:\/\//i.test(link.url)) {
      problems.push({ file, line, message: `links to ${link.url} over http. Use the https:// address` });
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(link.url) && !SAFE_EXTERNAL_LINK.test(link.url)) {
      problems.push({ file, line, message: `links to ${link.url}. Links may only start with https://, tel: or mailto:` });
    }
  });

  visit(parsed.tree, 'image', (image: Image) => {
    const line = image.position?.start.line;
    if (/^[a-z]+:/i.test(image.url)) {
      if (!image.url.startsWith('https://')) problems.push({ file, line, message: `image ${image.url} is not https. Use an https:// address or a local file` });
      return;
    }
    const target = image.url.startsWith('/') ? join(context.publicDir, image.url) : join(dirname(guide.path), image.url);
    if (!existsSync(target)) {
      problems.push({ file, line, message: `shows image ${image.url}, but there is no such file. Add it ${image.url.startsWith('/') ? 'to public/' : 'next to the guide'} or fix the path` });
    }
    if (!image.alt?.trim()) problems.push({ file, line, message: `image ${image.url} has no alt text. Describe it in the brackets: ![what it shows](${image.url})` });
  });

  return { problems, warnings };
}

/** The ids Astro gives a guide's headings (github-slugger, as its Markdown processors do), plus the summary box. */
export function headingIds(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>(['summary-heading']);
  visit(tree, 'heading', (heading) => {
    ids.add(slugger.slug(mdastToString(heading)));
  });
  return ids;
}
