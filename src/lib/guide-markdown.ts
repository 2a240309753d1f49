import type { BlockContent, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { stringify as stringifyYaml } from 'yaml';
import { careCardText, CARE_LEVELS, type CareLevel } from './care-card';
import { dayAfterLabel, daysBeforeLabel, groupByDay } from './care-plan';
import { isoDate } from './dates';
import type { SiteIdentity } from './site';
import { isAsideType } from './mdx-components';
import type { Locale } from '../i18n/locales';
import { t, tParts } from '../i18n/t';

/**
 * A guide as plain Markdown, for AI assistants (`/<stage>/<guide>.md`): the same MDX source the content
 * check parses (src/lib/mdx-source.ts), with each component replaced by the Markdown a reader would see —
 * care cards and checklists become lists under their heading, terms become their words — and the
 * frontmatter facts (review dates, reviewer, sources) at the top as YAML and at the end as a list.
 */

export interface GuideMarkdownFacts {
  title: string;
  description: string;
  /** Absolute URL of the guide's page. */
  url: string;
  /** Stage label, or the section of a topic guide. */
  section: string;
  summary: readonly string[];
  lastReviewed: Date;
  nextReview: Date;
  reviewer: { name: string; credentials: string; role: string };
  sources: readonly { title: string; publisher: string; url: string; year: number }[];
  checklist?: readonly { daysBefore: number; action: string }[];
  timeline?: readonly { dayAfter: number; do: readonly string[]; avoid: readonly string[] }[];
  /** Absolute URL of the treatment-plan page, which checklists and timelines point to. */
  planUrl: string;
  /** The guide's language: the words the Markdown adds (headings, day labels, care cards) are in it. */
  locale: Locale;
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const list = (items: readonly (string | BlockContent[])[]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map(
    (item): ListItem => ({ type: 'listItem', spread: false, children: typeof item === 'string' ? [paragraph(text(item))] : item }),
  ),
});

function attribute(node: Jsx, name: string): string | undefined {
  const found = node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
  return found && typeof found.value === 'string' ? found.value : undefined;
}

/** "See these steps on your own dates: [make your treatment plan](…)." */
const planLink = (facts: GuideMarkdownFacts): Paragraph =>
  paragraph(
    ...tParts<PhrasingContent>(facts.locale, 'planLink.text', { link: { type: 'link', url: facts.planUrl, children: [text(t(facts.locale, 'planLink.link'))] } }).map(
      (part) => (typeof part === 'string' ? text(part) : part),
    ),
  );

function checklistMarkdown(facts: GuideMarkdownFacts): RootContent[] {
  const groups = groupByDay(facts.checklist ?? [], (item) => item.daysBefore, 'countdown');
  return [
    list(groups.map(([days, items]) => [paragraph(strong(daysBeforeLabel(days, facts.locale))), list(items.map((item) => item.action))])),
    planLink(facts),
  ];
}

function timelineMarkdown(facts: GuideMarkdownFacts): RootContent[] {
  const days = groupByDay(facts.timeline ?? [], (item) => item.dayAfter, 'countup');
  return [
    list(
      days.map(([day, items]) => [
        paragraph(strong(dayAfterLabel(day, facts.locale))),
        ...items.flatMap((item): BlockContent[] => [
          ...(item.do.length > 0 ? [paragraph(text(t(facts.locale, 'plan.do'))), list(item.do)] : []),
          ...(item.avoid.length > 0 ? [paragraph(text(t(facts.locale, 'plan.avoid'))), list(item.avoid)] : []),
        ]),
      ]),
    ),
    planLink(facts),
  ];
}

/** A care card as the page shows it: urgency and heading, the signs as a list, then whom to call (with the number). */
function careCardMarkdown(node: Jsx, site: SiteIdentity, locale: Locale, children: RootContent[]): RootContent[] {
  const level = attribute(node, 'level');
  const card = careCardText(CARE_LEVELS.includes(level as CareLevel) ? (level as CareLevel) : 'non-urgent', site, locale);
  const action = card.action && site.clinicPhone && level !== 'emergency' ? `${card.action} (tel:${site.clinicPhone})` : card.action;
  return [paragraph(strong(`${card.urgency}. ${card.heading}`)), ...children, ...(action ? [paragraph(text(action))] : [])];
}

/** The words a `<BookingLink>` shows, as on the page: a link on a clinic's site, plain words on the neutral one. */
function bookingMarkdown(site: SiteIdentity, locale: Locale, children: PhrasingContent[]): PhrasingContent[] {
  if (site.bookingUrl) {
    return [{ type: 'link', url: site.bookingUrl, children: children.length > 0 ? children : [text(t(locale, 'booking.withSite', { name: site.name }))] }];
  }
  return children.length > 0 ? [...children, text(` ${t(locale, 'booking.withClinic')}`)] : [text(t(locale, 'booking.default'))];
}

/** A JSX string expression such as `{" "}` (a kept space); any other expression has no Markdown form. */
function expressionText(value: string): string | undefined {
  return /^\s*(["'])(.*)\1\s*$/.exec(value)?.[2];
}

/**
 * Joins neighbouring text nodes and drops spaces before a line break: a kept space (`{" "}`) at the end of
 * a source line would otherwise be written as `&#x20;`.
 */
function tidyPhrasing(children: PhrasingContent[]): PhrasingContent[] {
  const joined: PhrasingContent[] = [];
  for (const child of children) {
    const last = joined.at(-1);
    if (child.type === 'text' && last?.type === 'text') last.value += child.value;
    else joined.push(child.type === 'text' ? { ...child } : child);
  }
  for (const child of joined) if (child.type === 'text') child.value = child.value.replace(/[ \t]+\n/g, '\n');
  return joined;
}

function convert(nodes: readonly Nodes[], facts: GuideMarkdownFacts, site: SiteIdentity, siteUrl: URL): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    switch (node.type) {
      case 'yaml':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
        return [];
      case 'mdxTextExpression': {
        const value = expressionText(node.value);
        return value === undefined ? [] : [text(value)];
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const children = convert(node.children, facts, site, siteUrl);
        switch (node.name) {
          case 'CareCard':
            return careCardMarkdown(node, site, facts.locale, children);
          case 'Checklist':
            return checklistMarkdown(facts);
          case 'Timeline':
            return timelineMarkdown(facts);
          case 'Aside': {
            const type = attribute(node, 'type');
            const label = attribute(node, 'title') ?? t(facts.locale, `aside.${isAsideType(type) ? type : 'note'}`);
            return [{ type: 'blockquote', children: [paragraph(strong(label)), ...(children as BlockContent[])] }];
          }
          case 'BookingLink':
            return bookingMarkdown(site, facts.locale, children as PhrasingContent[]);
          default:
            // Term and any other inline wrapper: its words.
            return children;
        }
      }
      case 'paragraph':
        return [{ ...node, children: tidyPhrasing(convert(node.children, facts, site, siteUrl) as PhrasingContent[]) }];
      case 'link':
      case 'image':
      case 'definition':
        // Site paths become absolute, so the Markdown works wherever an assistant quotes it.
        return [{ ...node, url: node.url.startsWith('/') ? new URL(node.url, siteUrl).href : node.url, ...('children' in node ? { children: convert(node.children, facts, site, siteUrl) as PhrasingContent[] } : {}) } as RootContent];
      default:
        return 'children' in node ? [{ ...node, children: convert(node.children, facts, site, siteUrl) } as RootContent] : [node as RootContent];
    }
  });
}

/** The facts an assistant should quote with the guide, as YAML frontmatter. */
function frontmatter(facts: GuideMarkdownFacts): string {
  return stringifyYaml(
    {
      title: facts.title,
      description: facts.description,
      url: facts.url,
      section: facts.section,
      lastReviewed: isoDate(facts.lastReviewed),
      nextReview: isoDate(facts.nextReview),
      reviewedBy: { name: facts.reviewer.name, credentials: facts.reviewer.credentials, role: facts.reviewer.role },
      sources: facts.sources.map((source) => ({ ...source })),
    },
    { lineWidth: 0 },
  );
}

/** The whole Markdown copy of a guide from its parsed MDX body. */
export function guideMarkdown(tree: Root, facts: GuideMarkdownFacts, site: SiteIdentity, siteUrl: URL): string {
  const root: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [text(facts.title)] },
      paragraph(text(facts.description)),
      { type: 'heading', depth: 2, children: [text(t(facts.locale, 'summary.heading'))] },
      list(facts.summary),
      ...convert(tree.children, facts, site, siteUrl),
      { type: 'heading', depth: 2, children: [text(t(facts.locale, 'sources.heading'))] },
      list(
        facts.sources.map((source) => [
          paragraph({ type: 'link', url: source.url, children: [text(source.title)] }, text(`. ${source.publisher}, ${source.year}.`)),
        ]),
      ),
      paragraph(
        text(
          [
            `${t(facts.locale, 'review.lastReviewed')} ${isoDate(facts.lastReviewed)}.`,
            `${t(facts.locale, 'review.nextReview')} ${isoDate(facts.nextReview)}.`,
            t(facts.locale, 'review.reviewedBy', { name: facts.reviewer.name, credentials: facts.reviewer.credentials }),
          ].join(' '),
        ),
      ),
      paragraph(text(`${site.disclaimer} ${t(facts.locale, 'markdown.readOnline')} `), { type: 'link', url: facts.url, children: [text(facts.url)] }),
    ],
  };
  const body = toMarkdown(root, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one' });
  return `---\n${frontmatter(facts)}---\n\n${body}`;
}
