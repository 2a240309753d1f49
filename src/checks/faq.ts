import { entryLocale, type Locale } from '../i18n/locales';
import { CONTENT_DIR } from '../lib/collections';
import type { ContentProblem } from '../lib/friendly-errors';
import { didYouMean, exampleOf } from '../lib/suggest';
import type { FaqEntry } from '../schemas/faq';
import { LANGUAGE_NAMES } from './languages';
import { rednessWithoutSkinTone, skinToneMessage } from './skin-tone';

/** A guide file (valid or not) by collection and entry id, with its `translationOf` when it parsed. */
export interface FaqTarget {
  collection: string;
  id: string;
  translationOf?: string;
}

/** The language of a guide address `<stage>/<id>`: `aftercare/es/primera-semana` is Spanish. */
function addressLocale(address: string): Locale {
  return entryLocale(address.slice(address.indexOf('/') + 1)).locale;
}

/**
 * FAQ entries: each answer is read on its own, so it says how redness looks on brown and black skin in its
 * own language; its `guide` names an existing guide of its own language (an entry in `faq/es/` names a
 * Spanish guide), so the "read more" link never switches language.
 */
export function checkFaq(faq: ReadonlyMap<string, FaqEntry>, guides: readonly FaqTarget[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const addresses = new Set(guides.map((guide) => `${guide.collection}/${guide.id}`));
  for (const [id, entry] of faq) {
    const file = `${CONTENT_DIR}/faq/${id}.yaml`;
    const { locale } = entryLocale(id);
    if (rednessWithoutSkinTone(`${entry.question} ${entry.answer}`, locale)) {
      problems.push({ file, field: 'answer', message: skinToneMessage(locale) });
    }
    const own = [...addresses].filter((address) => addressLocale(address) === locale);
    if (!addresses.has(entry.guide)) {
      problems.push({
        file,
        field: 'guide',
        message: `names "${entry.guide}", which is not a guide.${didYouMean(entry.guide, own)} Use <stage>/<id> of an existing guide${exampleOf(entry.guide, own)}`,
      });
    } else if (addressLocale(entry.guide) !== locale) {
      problems.push({ file, field: 'guide', message: languageMismatch(entry.guide, locale, guides, own) });
    }
  }
  return problems;
}

/** The guide is in another language: name the translation of it (or back to its original) when there is one. */
function languageMismatch(address: string, locale: Locale, guides: readonly FaqTarget[], own: readonly string[]): string {
  const [collection] = address.split('/');
  const named = guides.find((guide) => `${guide.collection}/${guide.id}` === address);
  const twin = guides.find(
    (guide) =>
      guide.collection === collection &&
      entryLocale(guide.id).locale === locale &&
      (guide.translationOf === entryLocale(named?.id ?? '').slug || guide.id === named?.translationOf),
  );
  const example = twin ? `: ${twin.collection}/${twin.id}` : exampleOf(address, own);
  return `names "${address}", a guide in ${LANGUAGE_NAMES[addressLocale(address)]}, but this entry is in ${LANGUAGE_NAMES[locale]}. Name a guide in ${LANGUAGE_NAMES[locale]}${example}`;
}
