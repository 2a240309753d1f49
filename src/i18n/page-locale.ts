import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

/**
 * The language of the page being rendered: Astro's `currentLocale` (from the URL under its i18n routing),
 * English when Astro has none or names a language the site does not have.
 */
export function pageLocale(astro: { currentLocale?: string | undefined }): Locale {
  return isLocale(astro.currentLocale) ? astro.currentLocale : DEFAULT_LOCALE;
}

/**
 * The tag `Intl` formats a page's dates with: the site's own tag (e.g. a clinic's `en-US`) when the page is
 * in the site's language, else the page's language (`es` → Spanish month names).
 */
export function intlLocale(locale: Locale, siteLocale: string): string {
  return siteLocale.split('-')[0] === locale ? siteLocale : locale;
}
