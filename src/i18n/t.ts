import { en } from './strings/en';
import { es } from './strings/es';
import { fill, missingPlaceholders, placeholderParts } from './format';
import type { Locale } from './locales';

export type StringKey = keyof typeof en;
/** A locale's strings: every key English has, no more. */
export type Strings = Record<StringKey, string>;

const STRINGS: Record<Locale, Strings> = { en, es };

/** A locale's full string table (for checks that every key is present). */
export function stringsOf(locale: Locale): Strings {
  return STRINGS[locale];
}

/**
 * The interface string `key` in `locale`, with `{name}` placeholders filled from `values`.
 * A placeholder without a value is an error, so a half-filled sentence never reaches a patient.
 */
export function t(locale: Locale, key: StringKey, values: Record<string, string | number> = {}): string {
  return fill(checked(locale, key, values), values);
}

/** The string `key`, once every placeholder in it has a value. */
function checked(locale: Locale, key: StringKey, values: Record<string, unknown>): string {
  const [missing] = missingPlaceholders(STRINGS[locale][key], values);
  if (missing !== undefined) throw new Error(`t("${key}") needs a value for {${missing}}`);
  return STRINGS[locale][key];
}

/**
 * The string `key` as parts, its placeholders replaced by any values (a link, an element): for sentences
 * with a link inside, whose word order differs between languages.
 */
export function tParts<T>(locale: Locale, key: StringKey, values: Record<string, string | number | T>): (string | T)[] {
  return placeholderParts(checked(locale, key, values), values);
}

/** The raw string `key`, placeholders left in: for browser code that fills them itself (`fill`). */
export function template(locale: Locale, key: StringKey): string {
  return STRINGS[locale][key];
}
