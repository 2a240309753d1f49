import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryLocale, localePrefix, LOCALES } from '../../src/i18n/locales';
import { intlLocale, pageLocale } from '../../src/i18n/page-locale';
import { stringsOf, t, tParts, type StringKey } from '../../src/i18n/t';
import { formatDate } from '../../src/lib/dates';
import { filesEndingWith } from '../../src/lib/files';
import { NEUTRAL_IDENTITY, identityIn } from '../../src/lib/identity';
import { astroLiterals, scriptLiterals } from '../support/interface-literals';
import { TEST_CLINIC_IDENTITY } from '../support/identities';
import { PROJECT_ROOT } from '../support/paths';

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

describe('placeholders', () => {
  it('are the same in every locale, so each translation can be filled with the same values', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [key, english] of Object.entries(stringsOf('en'))) {
      for (const locale of LOCALES) expect(names(stringsOf(locale)[key as StringKey]), `${locale} ${key}`).toEqual(names(english));
    }
  });

  it('are filled by t(), and one without a value is an error instead of half a sentence', () => {
    expect(t('es', 'stage.stepOf', { number: 2, total: 4 })).toBe('Paso 2 de 4');
    expect(() => t('en', 'stage.stepOf', { number: 2 })).toThrowErrorMatchingInlineSnapshot(`[Error: t("stage.stepOf") needs a value for {total}]`);
  });

  it('can hold a link: tParts keeps each value in its place in the sentence', () => {
    const link = { href: '/plan/', text: 'haga su plan de tratamiento' };
    expect(tParts('es', 'planLink.text', { link })).toEqual(['Vea estos pasos en sus propias fechas: ', link, '.']);
  });
});

describe('pageLocale', () => {
  it("is Astro's current locale, English when there is none or it is not one of the site's", () => {
    expect(pageLocale({ currentLocale: 'es' })).toBe('es');
    expect(pageLocale({ currentLocale: 'en' })).toBe('en');
    expect(pageLocale({ currentLocale: undefined })).toBe('en');
    expect(pageLocale({})).toBe('en');
    expect(pageLocale({ currentLocale: 'fr' })).toBe('en');
  });

  it("formats dates with the site's own tag in its language, and with the page's language otherwise", () => {
    expect(intlLocale('en', 'en-US')).toBe('en-US');
    expect(intlLocale('es', 'en-US')).toBe('es');
    expect(intlLocale('es', 'es-MX')).toBe('es-MX');
    expect(formatDate(new Date('2026-11-22T00:00:00Z'), intlLocale('es', 'en'))).toBe('22 de noviembre de 2026');
  });
});

describe('the neutral site', () => {
  it("speaks the page's language; a clinic keeps the words of its clinic.yaml", () => {
    expect(identityIn(NEUTRAL_IDENTITY, 'es')).toMatchObject({ name: 'Microagujas: una guía para pacientes', urgentCareAdvice: 'llame a su médico o a su servicio de urgencias' });
    expect(identityIn(TEST_CLINIC_IDENTITY, 'es')).toBe(TEST_CLINIC_IDENTITY);
  });
});

/** Every file a patient's page is made from: components, layouts, pages, and the browser scripts. */
const INTERFACE_FILES = ['components', 'layouts', 'pages', 'scripts'].flatMap((folder) =>
  filesEndingWith(join(PROJECT_ROOT, 'src', folder), ['.astro', '.ts']).map((file) => `src/${folder}/${file}`),
);
const literalsIn = (file: string) => {
  const source = readFileSync(join(PROJECT_ROOT, file), 'utf8');
  return file.endsWith('.astro') ? astroLiterals(source) : file.startsWith('src/scripts/') ? scriptLiterals(source) : [];
};

describe('no interface literal outside the string files', () => {
  it('finds components, layouts, pages and scripts to scan', () => {
    expect(INTERFACE_FILES.filter((file) => file.endsWith('.astro')).length).toBeGreaterThan(30);
    expect(INTERFACE_FILES).toContain('src/scripts/treatment-plan.ts');
  });

  it.each(INTERFACE_FILES)('%s writes every word through t()', (file) => {
    expect(literalsIn(file).map((literal) => `${file}:${literal.line}: "${literal.text}"`)).toEqual([]);
  });

  it('catches text between tags, text attributes, rendered strings and frontmatter text fields', () => {
    const planted = [
      '---',
      "const crumbs = [{ label: 'Home', href: '/' }];",
      "const title = 'Your plan';",
      "const kind = 'do';",
      "if (!kind) throw new Error('An author-facing message');",
      '---',
      '<nav aria-label="Main" class="menu"><a href="/">{t(locale, \'nav.home\')}</a></nav>',
      '<p>Read more: <a href={href}>{guide.title}</a></p>',
      "<p>{kind === 'do' ? 'Do:' : t(locale, 'plan.avoid')}</p>",
      '<img alt="A clinic" src="/x.png" />',
      "{items.map((item) => <li title={`Step ${item}`}>{item} · {' — '}</li>)}",
      '<style>.a::after { content: "Words in CSS"; }</style>',
      '<script>const label = 1;</script>',
    ].join('\n');
    expect(astroLiterals(planted)).toEqual([
      { line: 2, text: 'Home' },
      { line: 3, text: 'Your plan' },
      { line: 7, text: 'Main' },
      { line: 8, text: 'Read more:' },
      { line: 9, text: 'Do:' },
      { line: 10, text: 'A clinic' },
      { line: 11, text: 'Step {…}' },
    ]);
  });

  it('catches words a script writes into the page, not the keys and selectors it uses', () => {
    const planted = [
      "const status = document.querySelector<HTMLElement>('[data-status]')!;",
      'status.textContent = ready ? `Showing ${count} dates.` : \'\';',
      "when.replaceChildren('Book it between ', from, ' and ', to, '.');",
      "const link = Object.assign(document.createElement('a'), { download: `plan-${date}.ics` });",
      "link.setAttribute('aria-label', 'Download');",
      "status.dataset.state = 'ready';",
      'status.textContent = fill(text.showing, { date });',
    ].join('\n');
    expect(scriptLiterals(planted)).toEqual([
      { line: 2, text: 'Showing {…} dates.' },
      { line: 3, text: 'Book it between' },
      { line: 3, text: 'and' },
      { line: 4, text: 'plan-{…}.ics' },
      { line: 5, text: 'Download' },
    ]);
  });
});
