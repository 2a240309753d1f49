import type {
  BreadcrumbList,
  CollectionPage,
  DefinedTermSet,
  FAQPage,
  MedicalClinic,
  MedicalProcedure,
  MedicalWebPage,
  Organization,
  Person,
  SearchAction,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { Crumb } from './journey';
import type { SiteIdentity } from './site';
import type { StageId } from './stages';
import { isoDate } from './dates';
import { routes } from './routes';
import { GUIDES_PER_PAGE } from './pagination';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { intlLocale } from '../i18n/page-locale';

/**
 * schema.org data for every page type, as plain typed objects (schema-dts). Pages call these and hand the
 * result to the layout, which serialises each object with `serializeJsonLd`.
 */

const CONTEXT = 'https://schema.org' as const;

/** What the guides are about, named the same way on every page. */
export const PROCEDURE_NAME = 'Micro-needling (collagen induction therapy)';

/** Who checked a guide: one clinician (Person) or a team such as the editors (Organization). */
export interface ReviewerFacts {
  name: string;
  credentials: string;
  role: string;
  kind: 'person' | 'team';
}

export type Publisher = MedicalClinic | Organization;

/** The site's publisher: the clinic (address, phone) on a clinic's copy, a plain Organization on the neutral site. */
export function publisherJsonLd(site: SiteIdentity, homeUrl: string): Exclude<Publisher, string> {
  const url = homeUrl;
  if (!site.clinic) return { '@type': 'Organization', name: site.name, url };
  return {
    '@type': 'MedicalClinic',
    name: site.name,
    url,
    ...(site.clinicPhone ? { telephone: site.clinicPhone } : {}),
    email: site.clinic.email,
    address: site.clinic.address,
    ...(site.clinic.openingHours.length > 0 ? { openingHours: site.clinic.openingHours } : {}),
  };
}

export function reviewerJsonLd(reviewer: ReviewerFacts): Exclude<Person | Organization, string> {
  return reviewer.kind === 'team'
    ? { '@type': 'Organization', name: reviewer.name, description: `${reviewer.role} ${reviewer.credentials}.` }
    : { '@type': 'Person', name: reviewer.name, jobTitle: reviewer.role, description: reviewer.credentials };
}

export interface PageFacts {
  /** Absolute URL of the page. */
  url: string;
  title: string;
  description: string;
  locale: string;
  /** Absolute URL of the page's social card, if it has one. */
  image?: string;
  crumbs: readonly Crumb[];
  site: URL;
  publisher: Exclude<Publisher, string>;
}

/** The facts every page's data shares, from its path (and its card's path) on this site. */
export function pageFacts(input: {
  path: string;
  title: string;
  description: string;
  crumbs: readonly Crumb[];
  site: SiteIdentity;
  siteUrl: URL;
  cardPath?: string;
  /** The page's language; English by default. */
  locale?: Locale;
}): PageFacts {
  const absolute = (path: string) => new URL(path, input.siteUrl).href;
  return {
    url: absolute(input.path),
    title: input.title,
    description: input.description,
    locale: intlLocale(input.locale ?? DEFAULT_LOCALE, input.site.locale),
    ...(input.cardPath ? { image: absolute(input.cardPath) } : {}),
    crumbs: input.crumbs,
    site: input.siteUrl,
    publisher: publisherJsonLd(input.site, absolute(routes.home(input.locale))),
  };
}

export interface GuidePageFacts extends PageFacts {
  lastReviewed: Date;
  reviewer: ReviewerFacts;
}

/** A guide: a patient-facing medical page about the procedure, with its review facts, and its breadcrumbs. */
export function guideJsonLd(facts: GuidePageFacts): [WithContext<MedicalWebPage>, WithContext<BreadcrumbList>] {
  return [
    {
      '@context': CONTEXT,
      '@type': 'MedicalWebPage',
      url: facts.url,
      name: facts.title,
      description: facts.description,
      inLanguage: facts.locale,
      ...(facts.image ? { image: facts.image } : {}),
      lastReviewed: isoDate(facts.lastReviewed),
      reviewedBy: reviewerJsonLd(facts.reviewer),
      audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
      about: { '@type': 'MedicalProcedure', name: PROCEDURE_NAME },
      publisher: facts.publisher,
    },
    breadcrumbJsonLd(facts.crumbs, facts.site),
  ];
}

export function breadcrumbJsonLd(crumbs: readonly Crumb[], site: URL): WithContext<BreadcrumbList> {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: new URL(crumb.href, site).href,
    })),
  };
}

/** A stage page: a collection of the guides of that stage, in reading order. */
export function stagePageJsonLd(
  facts: PageFacts,
  guides: readonly { title: string; url: string }[],
): [WithContext<CollectionPage>, WithContext<BreadcrumbList>] {
  return [
    {
      '@context': CONTEXT,
      '@type': 'CollectionPage',
      url: facts.url,
      name: facts.title,
      description: facts.description,
      inLanguage: facts.locale,
      ...(facts.image ? { image: facts.image } : {}),
      publisher: facts.publisher,
      mainEntity: {
        '@type': 'ItemList',
        itemListElement: guides.map((guide, index) => ({ '@type': 'ListItem', position: index + 1, name: guide.title, url: guide.url })),
      },
    },
    breadcrumbJsonLd(facts.crumbs, facts.site),
  ];
}

/** The FAQ page: every question with its answer, as search engines read FAQ rich results. */
export function faqJsonLd(
  facts: PageFacts,
  entries: readonly { question: string; answer: string }[],
): [WithContext<FAQPage>, WithContext<BreadcrumbList>] {
  return [
    {
      '@context': CONTEXT,
      '@type': 'FAQPage',
      url: facts.url,
      name: facts.title,
      inLanguage: facts.locale,
      publisher: facts.publisher,
      mainEntity: entries.map((entry) => ({
        '@type': 'Question',
        name: entry.question,
        acceptedAnswer: { '@type': 'Answer', text: entry.answer },
      })),
    },
    breadcrumbJsonLd(facts.crumbs, facts.site),
  ];
}

/** The glossary: a set of defined terms, each addressable by its anchor on the page. */
export function glossaryJsonLd(
  facts: PageFacts,
  terms: readonly { id: string; term: string; definition: string; aliases: readonly string[] }[],
): [WithContext<DefinedTermSet>, WithContext<BreadcrumbList>] {
  return [
    {
      '@context': CONTEXT,
      '@type': 'DefinedTermSet',
      url: facts.url,
      name: facts.title,
      description: facts.description,
      inLanguage: facts.locale,
      publisher: facts.publisher,
      hasDefinedTerm: terms.map((term) => ({
        '@type': 'DefinedTerm',
        name: term.term,
        description: term.definition,
        url: `${facts.url}#${term.id}`,
        ...(term.aliases.length > 0 ? { alternateName: [...term.aliases] } : {}),
      })),
    },
    breadcrumbJsonLd(facts.crumbs, facts.site),
  ];
}

/** The property of `MedicalProcedure` each journey stage's guides describe; maintenance adds nothing here. */
const PROCEDURE_PARTS = { consultation: 'preparation', procedure: 'howPerformed', aftercare: 'followup' } as const satisfies Partial<
  Record<StageId, 'preparation' | 'howPerformed' | 'followup'>
>;

/**
 * The procedure itself, for the home page: how to prepare, how it is done and the follow-up, drawn from
 * the key points (`summary`) of the consultation, procedure and aftercare guides, so it says what they say.
 * Only the guides on each stage's first page count (GUIDES_PER_PAGE), so the home page stays small on a
 * site of thousands of guides.
 */
export function procedureJsonLd(
  url: string,
  description: string,
  guides: readonly { collection: string; summary: readonly string[] }[],
): WithContext<MedicalProcedure> {
  const parts = Object.fromEntries(
    Object.entries(PROCEDURE_PARTS).map(([stage, property]) => [
      property,
      guides
        .filter((guide) => guide.collection === stage)
        .slice(0, GUIDES_PER_PAGE)
        .flatMap((guide) => guide.summary)
        .join(' '),
    ]),
  ) as Record<(typeof PROCEDURE_PARTS)[keyof typeof PROCEDURE_PARTS], string>;
  return { '@context': CONTEXT, '@type': 'MedicalProcedure', name: PROCEDURE_NAME, url, description, ...parts };
}

/** Google's sitelinks search box reads `query-input`, which schema.org (and so schema-dts) does not define. */
type SearchActionWithInput = Exclude<SearchAction, string> & { 'query-input': string };

/** The site itself, with the search a browser or search engine can send readers to (`/search/?q=`). */
export function websiteJsonLd(facts: {
  name: string;
  description: string;
  locale: string;
  /** Absolute URL of the home page. */
  url: string;
  /** Absolute search URL with `{search_term_string}` where the words go. */
  searchUrlTemplate: string;
  publisher: Exclude<Publisher, string>;
}): WithContext<WebSite> {
  const action: SearchActionWithInput = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: facts.searchUrlTemplate },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: facts.name,
    url: facts.url,
    description: facts.description,
    inLanguage: facts.locale,
    publisher: facts.publisher,
    potentialAction: action,
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<` is escaped so no text (a clinic name,
 * a title) can close the script element early.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
