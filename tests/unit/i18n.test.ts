import { describe, expect, it } from 'vitest';
import { entryLocale, localePrefix, LOCALES } from '../../src/i18n/locales';
import { stringsOf, t } from '../../src/i18n/t';

describe('locales', () => {
  it('puts English at the root and other languages under their code', () => {
    expect(localePrefix('en')).toBe('');
    expect(localePrefix('es')).toBe('/es');
  });

  it('reads the language of a content entry from its folder', () => {
    expect(entryLocale('first-week')).toEqual({ locale: 'en', slug: 'first-week' });
    expect(entryLocale('es/primera-semana')).toEqual({ locale: 'es', slug: 'primera-semana' });
    expect(entryLocale('en/first-week')).toEqual({ locale: 'en', slug: 'en/first-week' });
  });
});

describe('t()', () => {
  it('has every English key, and only those, in every locale', () => {
    const keys = Object.keys(stringsOf('en')).sort();
    for (const locale of LOCALES) expect(Object.keys(stringsOf(locale)).sort(), locale).toEqual(keys);
  });

  it('leaves no locale string empty', () => {
    for (const locale of LOCALES) {
      for (const [key, value] of Object.entries(stringsOf(locale))) expect(value.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('returns the string of the locale', () => {
    expect(t('es', 'language.switch')).toBe('Idioma');
  });
});
