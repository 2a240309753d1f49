import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

/**
 * The language of the page being rendered, from Astro's i18n routing (`Astro.currentLocale`: `es` under
 * `/es/`, English elsewhere). Components read it here instead of taking a `locale` prop.
 */
export function pageLocale(astro: { currentLocale?: string }): Locale {
  return isLocale(astro.currentLocale) ? astro.currentLocale : DEFAULT_LOCALE;
}
