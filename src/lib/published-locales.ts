import { DEFAULT_LOCALE, entryLocale, type Locale } from '../i18n/locales';
import { readReviewedGuides } from './sitemap';

/**
 * The languages a site publishes: those it asks for (`wanted`) that have at least one published guide in
 * `contentDir`; English always. A language without guides would be a set of empty pages, so it is left
 * out, and `log` says so (the default site asks for Spanish before its Spanish guides exist).
 */
export function publishedLocales(contentDir: string, wanted: readonly Locale[], log: (line: string) => void = () => {}): Locale[] {
  const guides = readReviewedGuides(contentDir);
  return wanted.filter((locale) => {
    if (locale === DEFAULT_LOCALE || guides.some((guide) => entryLocale(guide.id).locale === locale)) return true;
    log(`no published guides in content/*/${locale}/ yet, so no /${locale}/ pages are built`);
    return false;
  });
}
