import { DEFAULT_LOCALE, type Locale } from './locales';

/**
 * The language tag a page in `locale` declares (`<html lang>`, `inLanguage`, `og:locale`): English pages
 * keep the site's own tag (`en-GB` for a UK clinic, so dates and spelling follow it); other languages their
 * code. Pagefind builds one search index per tag.
 */
export function languageTag(locale: Locale, siteTag: string): string {
  return locale === DEFAULT_LOCALE ? siteTag : locale;
}
