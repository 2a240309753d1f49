import { DEFAULT_LOCALE, entryLocale } from '../i18n/locales';
import { CONTENT_DIR } from '../lib/collections';
import { CONTENT_RULES } from '../lib/content-rules';
import { isoDate } from '../lib/dates';
import { closest, didYouMean, exampleOf } from '../lib/suggest';
import type { GuideCollection } from '../lib/stages';
import type { CheckedGuide, GateResult } from './types';

/** The frontmatter fields only a translation has. */
export const TRANSLATION_FIELDS = ['translationOf', 'translatedBy', 'translationReviewed'] as const;

/** A guide file that will be a page, valid or not: a translation may name an English guide with problems of its own. */
export interface TranslationTarget {
  collection: GuideCollection;
  id: string;
  file: string;
}

export interface TranslationContext {
  /** Every guide file of the site (English and translations), by collection and id. */
  pages: readonly TranslationTarget[];
  today: Date;
  reviewerNames: ReadonlyMap<string, string>;
}

/** `reviewedBy` is a reference object inside Astro and a plain id in the content check. */
function reviewerId(value: unknown): string {
  return (value as { id?: string }).id ?? String(value);
}

function folderOf(guide: { collection: GuideCollection; locale: string }): string {
  return `${CONTENT_DIR}/${guide.collection}/${guide.locale === DEFAULT_LOCALE ? '' : `${guide.locale}/`}`;
}

/** An English guide carries no translation fields: its folder says it is the original. */
function refuseOnOriginal(guide: CheckedGuide, found: GateResult): void {
  const present = TRANSLATION_FIELDS.filter((field) => guide.data[field] !== undefined);
  if (present.length === 0) return;
  found.problems.push({
    file: guide.file,
    field: present[0],
    message: `is only for translations, and this guide is English (its folder is ${folderOf(guide)}). Remove ${present.join(', ')}, or move the file to ${CONTENT_DIR}/${guide.collection}/es/ if it is a Spanish translation`,
  });
}

/** A translation names all three fields; says which are missing, with a real value as the example. */
function missingFields(guide: CheckedGuide, englishIds: readonly string[], found: GateResult): void {
  const { slug } = entryLocale(guide.id);
  const missing = {
    translationOf: `Add the id of the English guide in ${CONTENT_DIR}/${guide.collection}/ this translates, for example ${closest(slug, englishIds) ?? '<id>'}`,
    translatedBy: `Add the id of the reviewer who checked the translation (a file in ${CONTENT_DIR}/reviewers/), for example ${reviewerId(guide.data.reviewedBy)}`,
    translationReviewed: 'Add the date the translation was last checked against the English guide, as YYYY-MM-DD',
  } satisfies Record<(typeof TRANSLATION_FIELDS)[number], string>;
  for (const field of TRANSLATION_FIELDS) {
    if (guide.data[field] === undefined) found.problems.push({ file: guide.file, field, message: `is missing. ${missing[field]}` });
  }
}

/**
 * A translation is reviewed against its source: it fails when its review is more than a year old (as an
 * overdue guide review fails), and warns while it is older than the source's last review (the English
 * guide changed since; the translation may say something else now).
 */
function reviewAge(guide: CheckedGuide, source: CheckedGuide | undefined, context: TranslationContext, found: GateResult): void {
  const reviewed = guide.data.translationReviewed;
  if (!reviewed || guide.data.draft) return;
  const years = CONTENT_RULES.maxTranslationAgeYears;
  const oldest = new Date(context.today);
  oldest.setUTCFullYear(oldest.getUTCFullYear() - years);
  const against = source ? ` against ${source.file}` : '';
  if (reviewed < oldest) {
    const reviewer = context.reviewerNames.get(reviewerId(guide.data.translatedBy)) ?? 'the translator';
    found.problems.push({
      file: guide.file,
      field: 'translationReviewed',
      message: `was ${isoDate(reviewed)}, more than ${years === 1 ? 'a year' : `${years} years`} ago. Ask ${reviewer} to check the translation${against}, then update translationReviewed`,
    });
  } else if (source && reviewed < source.data.lastReviewed) {
    found.warnings.push({
      file: guide.file,
      field: 'translationReviewed',
      message: `is ${isoDate(reviewed)}, before ${source.file} was last reviewed (${isoDate(source.data.lastReviewed)}). Check the translation against it, then update translationReviewed`,
    });
  }
}

/**
 * The rules that tie a translation to its English guide: a guide's language is its folder; a translation
 * names the English guide of the same collection it translates (`translationOf`), who checked it
 * (`translatedBy`, a reviewer, checked by the schema) and when (`translationReviewed`); each English guide
 * has at most one translation per language; an English guide has none of these fields.
 */
export function checkTranslations(guides: readonly CheckedGuide[], context: TranslationContext): GateResult {
  const found: GateResult = { problems: [], warnings: [] };
  const english = (collection: GuideCollection) =>
    context.pages.filter((page) => page.collection === collection && entryLocale(page.id).locale === DEFAULT_LOCALE).map((page) => page.id);
  const originals = new Map(guides.filter((guide) => guide.locale === DEFAULT_LOCALE).map((guide) => [`${guide.collection}/${guide.id}`, guide]));
  const taken = new Map<string, string>();
  for (const guide of guides) {
    if (guide.locale === DEFAULT_LOCALE) {
      refuseOnOriginal(guide, found);
      continue;
    }
    const englishIds = english(guide.collection);
    missingFields(guide, englishIds, found);
    const of = guide.data.translationOf;
    if (of === undefined) {
      reviewAge(guide, undefined, context, found);
      continue;
    }
    if (!englishIds.includes(of)) {
      found.problems.push({
        file: guide.file,
        field: 'translationOf',
        message: `names "${of}", which is not an English guide in ${CONTENT_DIR}/${guide.collection}/.${didYouMean(of, englishIds)} Use the id of the English guide of the same stage this translates${exampleOf(of, englishIds)}`,
      });
      continue;
    }
    const key = `${guide.locale}\n${guide.collection}/${of}`;
    const first = taken.get(key);
    if (first) {
      found.problems.push({
        file: guide.file,
        field: 'translationOf',
        message: `names "${of}", which ${first} already translates. Keep one translation per English guide: merge the two, or name the English guide this one translates`,
      });
      continue;
    }
    taken.set(key, guide.file);
    reviewAge(guide, originals.get(`${guide.collection}/${of}`), context, found);
  }
  return found;
}
