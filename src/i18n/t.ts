import { en } from './strings/en';
import { es } from './strings/es';
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
  return STRINGS[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`t("${key}") needs a value for {${name}}`);
    return String(values[name]);
  });
}
