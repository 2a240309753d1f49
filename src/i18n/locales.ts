/**
 * The site's languages: the one source of truth for locale codes, their URL prefixes and content folders.
 * English is the default and lives at `/`; every other language lives under `/<code>/` and its guides in
 * `content/<collection>/<code>/`.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself, as the language switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

/** The path prefix of a language's pages: '' for English, '/es' for Spanish. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/**
 * Splits a content entry id into its language and slug: `es/primera-semana` is Spanish, `first-week` English.
 * Translations sit in a subfolder named after their language, so the folder is the language.
 */
export function entryLocale(id: string): { locale: Locale; slug: string } {
  const [first, ...rest] = id.split('/');
  if (rest.length > 0 && first !== DEFAULT_LOCALE && isLocale(first)) return { locale: first, slug: rest.join('/') };
  return { locale: DEFAULT_LOCALE, slug: id };
}
