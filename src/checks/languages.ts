import type { Locale } from '../i18n/locales';

/** A language's name in English, for the build's messages (which speak to authors, in English). */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', es: 'Spanish' };

/** A text without its accents and diacritics (NFD, marks removed): authors type "aqui" for "aquí". */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
