import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CLINICS_FOLDER } from '../lib/collections';
import { CLINIC_GUIDES_DIR } from '../lib/clinic-config';
import { filesEndingWith, NotUtf8Error, readText, readUtf8 } from '../lib/files';
import { describeIssues, describeYamlError, type ContentProblem } from '../lib/friendly-errors';
import { MdxSourceError, parseMdx } from '../lib/mdx-source';
import { signsSchema, type Sign } from '../schemas/sign';
import { DEFAULT_LOCALE, entryLocale, type Locale } from '../i18n/locales';
import { LANGUAGE_NAMES } from './languages';
import { careCardItems, checkSignUrgency, sharedPhrases, SIGNS_FILE, type CareCardItem } from './sign-urgency';

/** A guide as the content check has already read it. */
interface ParsedGuide {
  locale: Locale;
  data: { draft?: boolean };
  careCards: readonly CareCardItem[];
}

/** The language of a clinic guide from its path under the clinics folder: `<id>/guides/<stage>/es/x.mdx` is Spanish. */
function clinicGuideLocale(name: string): Locale {
  return entryLocale(name.split(/[\\/]/).slice(3).join('/')).locale;
}

/**
 * Care card items of the clinics' own guides under `<content>/clinics/<id>/guides/`, so a default build
 * also catches a clinic guide that puts a sign at another level. A clinic build has its guides in the
 * assembled content already (and no clinics folder). Files that do not parse are skipped here: the
 * clinic's own build reports them with the rest of its problems.
 */
function clinicGuideItems(contentRoot: string, display: (path: string) => string): CareCardItem[] {
  const clinics = join(contentRoot, CLINICS_FOLDER);
  return filesEndingWith(clinics, ['.mdx'])
    .filter((name) => name.split(/[\\/]/)[1] === CLINIC_GUIDES_DIR)
    .flatMap((name) => {
      const path = join(clinics, name);
      try {
        const parsed = parseMdx(readUtf8(path));
        return (parsed.frontmatter as { draft?: boolean }).draft ? [] : careCardItems(display(path), parsed.tree, clinicGuideLocale(name));
      } catch (error) {
        if (error instanceof MdxSourceError || error instanceof NotUtf8Error) return [];
        throw error;
      }
    });
}

function readSigns(path: string, file: string, problems: ContentProblem[]): Sign[] | undefined {
  if (!existsSync(path)) {
    problems.push({ file, message: 'is missing. Add it: every care card item is checked against the signs it lists, each with one level' });
    return undefined;
  }
  const text = readText(path, file, problems);
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    problems.push({ file, message: describeYamlError(error) });
    return undefined;
  }
  const result = signsSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    problems.push(...describeIssues(file, result.error.issues, { kind: 'sign lists', fields: [], schema: signsSchema }));
    return undefined;
  }
  return result.data;
}

/**
 * Reads `<content>/signs.yaml` and checks every care card item of the published guides (and the clinics'
 * own guides) against it: one sign, one urgency, everywhere.
 */
export function checkSigns(contentRoot: string, guides: readonly ParsedGuide[], display: (path: string) => string): ContentProblem[] {
  const items = [
    ...guides.filter((guide) => !guide.data.draft).flatMap((guide) => guide.careCards),
    ...clinicGuideItems(contentRoot, display),
  ];
  if (items.length === 0) return [];
  const path = join(contentRoot, SIGNS_FILE);
  const problems: ContentProblem[] = [];
  const signs = readSigns(path, display(path), problems);
  if (!signs) return problems;
  const file = display(path);
  const translated = [...new Set([...guides.map((guide) => guide.locale), ...items.map((item) => item.locale)])].filter(
    (locale): locale is Exclude<Locale, 'en'> => locale !== DEFAULT_LOCALE,
  );
  const untranslated = translated.flatMap((locale) => missingTranslations(signs, file, locale));
  // Until every sign has its translation, which sign a translated item names is unknown: one message, not two.
  const checkable = untranslated.length > 0 ? items.filter((item) => item.locale === DEFAULT_LOCALE) : items;
  return [
    ...untranslated,
    ...sharedPhrases(signs, file),
    ...translated.flatMap((locale) => sharedPhrases(signs, file, locale)),
    ...checkSignUrgency(checkable, signs, file),
  ];
}

/**
 * Once the site has guides in a language, every sign has its wording and phrases in it: a translation's
 * care cards name signs with them, and the signs a page may name cannot depend on its language.
 */
function missingTranslations(signs: readonly Sign[], signsFile: string, locale: Exclude<Locale, 'en'>): ContentProblem[] {
  return signs.flatMap((sign, index) =>
    sign[locale]
      ? []
      : [
          {
            file: signsFile,
            field: `[${index + 1}].${locale}`,
            message: `is missing, and the site has ${LANGUAGE_NAMES[locale]} guides. Add ${locale}: { wording: "…", phrases: ["…"] } to "${sign.id}": the sign in plain ${LANGUAGE_NAMES[locale]}, and the phrases ${LANGUAGE_NAMES[locale]} care cards name it with`,
          },
        ],
  );
}
