import { DEFAULT_LOCALE, entryLocale, LOCALES, type Locale } from '../i18n/locales';

/** The languages these guides are written in (a guide's language is its folder), English first and always. */
export function guideLocales(guides: readonly { id: string }[]): Locale[] {
  const present = new Set(guides.map((guide) => entryLocale(guide.id).locale));
  return LOCALES.filter((locale) => locale === DEFAULT_LOCALE || present.has(locale));
}

/**
 * The languages a site publishes: those it asks for (`wanted`) that have at least one of the published
 * `guides` (`readReviewedGuides`); English always. A language without guides would be a set of empty pages, so it is left
 * out, and `log` says so (the default site asks for Spanish before its Spanish guides exist).
 */
export function publishedLocales(guides: readonly { id: string }[], wanted: readonly Locale[], log: (line: string) => void = () => {}): Locale[] {
  const written = guideLocales(guides);
  return wanted.filter((locale) => {
    if (written.includes(locale)) return true;
    log(`no published guides in content/*/${locale}/ yet, so no /${locale}/ pages are built`);
    return false;
  });
}
