import { describe, expect, it } from 'vitest';
import {
  englishAddress,
  guideVersionPaths,
  homeVersions,
  hreflangAlternates,
  pathInLocale,
  samePathVersions,
  switcherLinks,
  translationSets,
  versionsOf,
} from '../../src/lib/translations';
import { pageLocale } from '../../src/i18n/page-locale';
import { intlLocale } from '../../src/i18n/page-locale';

const firstWeek = { collection: 'aftercare' as const, id: 'first-week' };
const primeraSemana = { collection: 'aftercare' as const, id: 'es/primera-semana', translationOf: 'first-week' };
const warningSigns = { collection: 'aftercare' as const, id: 'warning-signs' };
const risks = { collection: 'topics' as const, id: 'risks' };
const guides = [firstWeek, primeraSemana, warningSigns, risks];

describe('pairing guides with their translations', () => {
  it('groups a Spanish guide with the English guide it names, whatever its slug', () => {
    expect(englishAddress(primeraSemana)).toBe('aftercare/first-week');
    expect(englishAddress(firstWeek)).toBe('aftercare/first-week');
    expect(translationSets(guides).get('aftercare/first-week')).toEqual({ en: firstWeek, es: primeraSemana });
  });

  it('finds a guide’s versions from either side, and only its own', () => {
    expect(versionsOf(guides, firstWeek)).toEqual({ en: firstWeek, es: primeraSemana });
    expect(versionsOf(guides, primeraSemana)).toEqual({ en: firstWeek, es: primeraSemana });
    expect(versionsOf(guides, warningSigns)).toEqual({ en: warningSigns });
    expect(guideVersionPaths(versionsOf(guides, primeraSemana))).toEqual({ en: '/aftercare/first-week/', es: '/es/aftercare/primera-semana/' });
  });

  it('leaves a translation of a guide in another collection, or of none, on its own', () => {
    const stray = { collection: 'procedure' as const, id: 'es/el-dia', translationOf: 'first-week' };
    expect(versionsOf([...guides, stray], stray)).toEqual({ es: stray });
  });
});

describe('the same page in another language', () => {
  it('swaps the language prefix, keeping the base path', () => {
    expect(pathInLocale('/faq/', 'en', 'es', '/')).toBe('/es/faq/');
    expect(pathInLocale('/es/faq/', 'es', 'en', '/')).toBe('/faq/');
    expect(pathInLocale('/es/', 'es', 'en', '/')).toBe('/');
    expect(pathInLocale('/', 'en', 'es', '/')).toBe('/es/');
    expect(pathInLocale('/guide/es/aftercare/', 'es', 'en', '/guide/')).toBe('/guide/aftercare/');
    // An English path that merely starts with "es" is not Spanish.
    expect(pathInLocale('/essentials/', 'en', 'es', '/')).toBe('/es/essentials/');
  });

  it('lists a page under each language of the site; the 404 page points at each home page', () => {
    expect(samePathVersions('/es/plan/', 'es', ['en', 'es'], '/')).toEqual({ en: '/plan/', es: '/es/plan/' });
    expect(samePathVersions('/plan/', 'en', ['en'], '/')).toEqual({ en: '/plan/' });
    expect(homeVersions(['en', 'es'])).toEqual({ en: '/', es: '/es/' });
  });
});

describe('hreflang alternates', () => {
  it('name every version and English as x-default', () => {
    expect(hreflangAlternates({ en: '/aftercare/first-week/', es: '/es/aftercare/primera-semana/' }, 'https://clinic.example')).toEqual([
      { hreflang: 'en', href: 'https://clinic.example/aftercare/first-week/' },
      { hreflang: 'es', href: 'https://clinic.example/es/aftercare/primera-semana/' },
      { hreflang: 'x-default', href: 'https://clinic.example/aftercare/first-week/' },
    ]);
  });

  it('are left out for a page in one language (a one-language site, an untranslated guide)', () => {
    expect(hreflangAlternates({ en: '/faq/' }, 'https://clinic.example')).toEqual([]);
    expect(hreflangAlternates({ es: '/es/aftercare/solo/' }, 'https://clinic.example')).toEqual([]);
  });
});

describe('language switcher', () => {
  it('links to the same page in each other language of the site', () => {
    expect(switcherLinks('en', ['en', 'es'], { en: '/faq/', es: '/es/faq/' })).toEqual([{ locale: 'es', href: '/es/faq/', missing: false }]);
    expect(switcherLinks('es', ['en', 'es'], { en: '/aftercare/first-week/', es: '/es/aftercare/primera-semana/' }, 'aftercare')).toEqual([
      { locale: 'en', href: '/aftercare/first-week/', missing: false },
    ]);
  });

  it('goes to the other language’s stage page (home for a topic) when the guide has no translation', () => {
    expect(switcherLinks('en', ['en', 'es'], { en: '/aftercare/warning-signs/' }, 'aftercare')).toEqual([{ locale: 'es', href: '/es/aftercare/', missing: true }]);
    expect(switcherLinks('en', ['en', 'es'], { en: '/topics/risks/' }, 'topics')).toEqual([{ locale: 'es', href: '/es/', missing: true }]);
  });

  it('is empty on a one-language site', () => {
    expect(switcherLinks('en', ['en'], { en: '/faq/' })).toEqual([]);
  });
});

describe('page language', () => {
  it('comes from Astro.currentLocale, English when unset or unknown', () => {
    expect(pageLocale({ currentLocale: 'es' })).toBe('es');
    expect(pageLocale({ currentLocale: undefined })).toBe('en');
    expect(pageLocale({ currentLocale: 'fr' })).toBe('en');
  });

  it('is declared with the site’s own tag for English and the code for other languages', () => {
    expect(intlLocale('en', 'en-GB')).toBe('en-GB');
    expect(intlLocale('es', 'en-GB')).toBe('es');
  });
});
