import type { BreadcrumbList, MedicalWebPage, WithContext } from 'schema-dts';
import type { Crumb } from './journey';
import { isoDate } from './dates';

export interface GuidePageFacts {
  url: string;
  title: string;
  description: string;
  lastReviewed: Date;
  reviewerName: string;
  reviewerCredentials: string;
  publisherName: string;
  locale: string;
  crumbs: Crumb[];
  site: URL;
}

/** schema.org description of a guide: a patient-facing medical page with its review facts. */
export function guideJsonLd(facts: GuidePageFacts): [WithContext<MedicalWebPage>, WithContext<BreadcrumbList>] {
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url: facts.url,
      name: facts.title,
      description: facts.description,
      inLanguage: facts.locale,
      lastReviewed: isoDate(facts.lastReviewed),
      reviewedBy: { '@type': 'Person', name: facts.reviewerName, description: facts.reviewerCredentials },
      audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
      about: { '@type': 'MedicalProcedure', name: 'Micro-needling (collagen induction therapy)' },
      publisher: { '@type': 'Organization', name: facts.publisherName },
    },
    breadcrumbJsonLd(facts.crumbs, facts.site),
  ];
}

export function breadcrumbJsonLd(crumbs: readonly Crumb[], site: URL): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: new URL(crumb.href, site).href,
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<` is escaped so no text (a clinic name,
 * a title) can close the script element early.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
