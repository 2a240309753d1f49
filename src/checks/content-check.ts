import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { slug } from 'github-slugger';
import { filesEndingWith, readText } from '../lib/files';
import { CONTENT_DIR, CONTENT_FOLDERS, REQUIRED_GUIDE_COLLECTIONS, type DataCollection } from '../lib/collections';
import { describeIssues, describeYamlError, type ContentProblem } from '../lib/friendly-errors';
import { didYouMean, exampleOf } from '../lib/suggest';
import { MdxSourceError, parseMdx, type ParsedMdx } from '../lib/mdx-source';
import { GUIDE_COLLECTIONS, type GuideCollection } from '../lib/stages';
import { routes, sitePaths } from '../lib/routes';
import { translatedPaths } from '../lib/translations';
import { guideLocales } from '../lib/published-locales';
import { DEFAULT_LOCALE, entryLocale, type Locale } from '../i18n/locales';
import { guideFields, guideSchema, type GuideData } from '../schemas/guide';
import { reviewerSchema } from '../schemas/reviewer';
import { glossarySchema, type GlossaryTerm } from '../schemas/glossary';
import { faqSchema, type FaqEntry } from '../schemas/faq';
import { checkContentFiles } from './content-files';
import { gateRulesVersion, openTextGateStore, runGuideGates, type GateRun, type GuideCheckedLater, type GuideForLater } from './gate-cache';
import { careCardsOf, parseFacts, parsedFromFacts, type ParseFacts } from './parse-facts';
import { hashOf, openCheckStore, type CheckCache } from '../build/check-cache';
import { checkFaq } from './faq';
import { checkTranslations } from './translations';
import type { CheckedGuide, GateContext } from './types';

export type { CheckedGuide } from './types';
import { checkSigns } from './signs';

/** Guides larger than this are refused: nothing a patient reads is this long, and it keeps builds fast. */
export const MAX_GUIDE_BYTES = 512 * 1024;

export interface ContentCheckResult {
  problems: ContentProblem[];
  /** Things to fix soon that do not stop the build (a review falling due). */
  warnings: ContentProblem[];
  guides: CheckedGuide[];
  /** Guides whose gate results came from the cache (`cacheFile`). */
  guidesFromCache: number;
  /** Guide files parsed in this run: those whose bytes the cache had not seen (all of them without a cache). */
  guidesParsed: number;
  glossary: Map<string, GlossaryTerm>;
  faq: Map<string, FaqEntry>;
  /** With `laterFrom`: the guides left for a thread to check, when everything else passed. */
  later?: ContentCheckLater;
}

/**
 * The guides a check left for later (`CheckOptions.laterFrom`): they passed every check but their gates, which
 * a thread runs (src/build/text-gates-later.ts) while Astro bundles; `keep` stores what it found for the
 * next build. Every other check passed, so the gates' problems are the check's, in the order it lists them.
 */
export interface ContentCheckLater {
  guides: GuideForLater[];
  context: Omit<GateContext, 'ownPath' | 'glossaryIds'>;
  keep(checked: readonly GuideCheckedLater[]): void;
}

/** Files of a folder with one of the extensions, minus those the content-files gate refused (links, and all below them). */
function listFiles(dir: string, extensions: readonly string[], refused: ReadonlySet<string>): string[] {
  return filesEndingWith(dir, extensions)
    .map((name) => join(dir, name))
    .filter((path) => ![...refused].some((bad) => path === bad || path.startsWith(`${bad}${sep}`)));
}

/**
 * The entry id Astro's glob loader gives a file: each path segment slugged (github-slugger), extension
 * dropped, a trailing `/index` removed. `Sun Care.mdx` and `sun-care/index.mdx` both become `sun-care`.
 */
export function entryId(collectionDir: string, file: string): string {
  return relative(collectionDir, file)
    .replace(/\.[^.]+$/, '')
    .split(sep)
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

interface DataEntries<T> {
  /** Entries that passed their schema. */
  valid: Map<string, T>;
  /** Every file's id, valid or not: references to a file with its own problems are not errors too. */
  ids: Set<string>;
}

function readDataCollection<T>(
  contentRoot: string,
  display: (path: string) => string,
  name: DataCollection,
  schema: z.ZodType<T>,
  kind: string,
  problems: ContentProblem[],
  refused: ReadonlySet<string>,
): DataEntries<T> {
  const dir = join(contentRoot, name);
  const entries = new Map<string, T>();
  const ids = new Set<string>();
  const fields = Object.keys((schema as unknown as z.ZodObject).shape ?? {});
  for (const path of listFiles(dir, ['.yaml', '.yml'], refused)) {
    const file = display(path);
    ids.add(entryId(dir, path));
    const text = readText(path, file, problems);
    if (text === undefined) continue;
    let data: unknown;
    try {
      data = parseYaml(text);
    } catch (error) {
      problems.push({ file, message: describeYamlError(error) });
      continue;
    }
    const result = schema.safeParse(data ?? {}, { reportInput: true });
    if (!result.success) {
      problems.push(...describeIssues(file, result.error.issues, { kind, fields }));
      continue;
    }
    entries.set(entryId(dir, path), result.data);
  }
  return { valid: entries, ids };
}

/** `cacheDir` keeps each guide's parse facts and text gate results between builds; `onProgress` follows the gates guide by guide. */
export interface CheckOptions extends GateRun {
  /** The day the build runs (review dates); today by default. */
  today?: Date;
  /** Folder the content is read from; `<root>/content` by default (a clinic build assembles its own). */
  contentDir?: string;
  /** How a file is named in messages; its path from the project root by default. */
  displayPath?: (absolutePath: string) => string;
  /**
   * When at least this many guides have no kept text results, leave their gates for later
   * (`ContentCheckResult.later`), unless something else has a problem: then they run here, so that every
   * problem is listed at once. None: they always run here.
   */
  laterFrom?: number;
}

/**
 * A guide file that will be a page once its own problems are fixed. Links, sections and FAQ entries are
 * checked against these, not only the guides that passed: one mistake in a guide is one message, not
 * one more for every link to it. `tree` is missing when the MDX did not parse (its sections are unknown).
 */
interface GuidePage {
  collection: GuideCollection;
  id: string;
  /** The file, as messages name it. */
  file: string;
  /** Its heading ids; missing when the MDX did not parse (its sections are unknown). */
  headings?: readonly string[];
}

/** Where a store keeps the parse facts, beside the text gates' results (`cacheDir`). */
const PARSE_FACTS_KIND = 'parse';

/** Parses a guide, or takes what the checks read of its parse from the cache when its bytes were parsed before. */
function parseGuide(source: string, cache: CheckCache<ParseFacts> | undefined, counts: { parsed: number }): { parsed: ParsedMdx; facts: ParseFacts } {
  const key = cache ? hashOf(source) : '';
  const known = cache?.get(key);
  if (known) return { parsed: parsedFromFacts(source, known), facts: known };
  // A file that does not parse is never cached: it is parsed (and reported) again on every build.
  const parsed = parseMdx(source);
  counts.parsed += 1;
  const facts = parseFacts(parsed);
  cache?.set(key, facts);
  return { parsed, facts };
}

/**
 * Whether an entry id names a file in a folder guides may not use. A translation sits in its language's
 * folder (`es/primera-semana`), nothing deeper; any other subfolder (`en/`, `extra/`) is refused.
 */
function inSubfolder(id: string): boolean {
  const { locale, slug } = entryLocale(id);
  return slug.includes('/') || (locale === DEFAULT_LOCALE && id.includes('/'));
}

/**
 * Entry ids grouped by language, each without its language folder: `es/erythema` is `erythema` in Spanish.
 * English is always there, so the English glossary's sections are checked even when it is empty.
 */
function idsByLocale(ids: Iterable<string>): Map<Locale, Set<string>> {
  const grouped = new Map<Locale, Set<string>>([[DEFAULT_LOCALE, new Set()]]);
  for (const id of ids) {
    const { locale, slug } = entryLocale(id);
    grouped.set(locale, (grouped.get(locale) ?? new Set()).add(slug));
  }
  return grouped;
}

/** Reads and checks the guides of one collection folder: ids, size, MDX syntax, frontmatter, unique order. */
function checkCollection(
  collection: GuideCollection,
  dir: string,
  reviewedBy: z.ZodType,
  display: (path: string) => string,
  problems: ContentProblem[],
  refused: ReadonlySet<string>,
  pages: GuidePage[],
  parsing: { cache?: CheckCache<ParseFacts>; parsed: number },
): CheckedGuide[] {
  const files = listFiles(dir, ['.mdx'], refused);
  if (files.length === 0 && REQUIRED_GUIDE_COLLECTIONS.includes(collection)) {
    problems.push({ file: `${CONTENT_DIR}/${collection}/`, message: 'has no guides. Add at least one .mdx guide: every stage needs one' });
  }
  const schema = guideSchema(collection, reviewedBy);
  const context = { kind: `${collection} guides`, fields: guideFields(collection) };
  // Orders are unique per language: a translation takes its English guide's order.
  const orders = new Map<string, string>();
  const ids = new Map<string, string>();
  const guides: CheckedGuide[] = [];
  for (const path of files) {
    const file = display(path);
    const id = entryId(dir, path);
    if (inSubfolder(id)) {
      problems.push({
        file,
        message: `is in a subfolder. Put guides directly in ${CONTENT_DIR}/${collection}/, or a translation in its language's folder (${CONTENT_DIR}/${collection}/es/), or as <id>/index.mdx`,
      });
      continue;
    }
    const twin = ids.get(id);
    if (twin) {
      problems.push({ file, message: `makes the same guide id "${id}" as ${twin}, so one would hide the other. Rename one of the files` });
      continue;
    }
    ids.set(id, file);
    const page: GuidePage = { collection, id, file };
    pages.push(page);
    const bytes = statSync(path).size;
    if (bytes > MAX_GUIDE_BYTES) {
      problems.push({ file, message: `is ${Math.round(bytes / 1024)} KB; a guide may be at most ${MAX_GUIDE_BYTES / 1024} KB. Split it into several guides` });
      continue;
    }
    const source = readText(path, file, problems);
    if (source === undefined) continue;
    let parsed: ParsedMdx;
    let facts: ParseFacts;
    try {
      ({ parsed, facts } = parseGuide(source, parsing.cache, parsing));
    } catch (error) {
      if (!(error instanceof MdxSourceError)) throw error;
      problems.push({ file, line: error.line, message: error.message });
      continue;
    }
    page.headings = facts.headings;
    const result = schema.safeParse(parsed.frontmatter, { reportInput: true });
    if (!result.success) {
      problems.push(...describeIssues(file, result.error.issues, context));
      continue;
    }
    const data = result.data as GuideData;
    const { locale } = entryLocale(id);
    const clash = orders.get(`${locale}\n${data.order}`);
    if (clash) {
      const folder = locale === DEFAULT_LOCALE ? `${collection}/` : `${collection}/${locale}/`;
      problems.push({
        file,
        field: 'order',
        message: `${data.order} is also used by ${clash}. Give each guide in ${CONTENT_DIR}/${folder} its own order number`,
      });
    } else {
      orders.set(`${locale}\n${data.order}`, file);
    }
    guides.push({ collection, id, locale, file, data, parsed, path, careCards: careCardsOf(facts, file, locale), references: facts.references });
  }
  return guides;
}

/**
 * Reads every file under `content/`, checks its structure against the schemas and the rules that span
 * files (unique order, known reviewer, known folders), then the editorial gates, and returns every
 * problem at once so an author can fix them in one pass. Runs before Astro renders anything.
 */
export function checkContent(root: string, options: CheckOptions = {}): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const contentRoot = options.contentDir ?? join(root, CONTENT_DIR);
  const display = options.displayPath ?? ((path: string) => relative(root, path));

  if (!existsSync(contentRoot)) {
    return {
      problems: [{ file: `${CONTENT_DIR}/`, message: 'is missing. Create it with one folder per stage' }],
      warnings: [],
      guides: [],
      guidesFromCache: 0,
      guidesParsed: 0,
      glossary: new Map(),
      faq: new Map(),
    };
  }
  // Before anything is read: a link or an unexpected file is reported, and never read.
  const { problems: fileProblems, refused } = checkContentFiles([join(root, CONTENT_DIR), contentRoot], display);
  problems.push(...fileProblems);
  for (const entry of readdirSync(contentRoot, { withFileTypes: true })) {
    if (entry.isDirectory() && !CONTENT_FOLDERS.includes(entry.name)) {
      problems.push({
        file: `${CONTENT_DIR}/${entry.name}/`,
        message: `is not a known content folder. Move its files into one of: ${CONTENT_FOLDERS.map((name) => `${CONTENT_DIR}/${name}/`).join(', ')}`,
      });
    }
  }

  const reviewers = readDataCollection(contentRoot, display, 'reviewers', reviewerSchema, 'reviewer files', problems, refused);
  const glossaryEntries = readDataCollection(contentRoot, display, 'glossary', glossarySchema, 'glossary terms', problems, refused);
  const glossary = glossaryEntries.valid;
  const glossaryIds = glossaryEntries.ids;
  const faq = readDataCollection(contentRoot, display, 'faq', faqSchema, 'FAQ entries', problems, refused).valid;
  const reviewerIds = [...reviewers.ids];
  const reviewedBy = z.string({ error: 'is missing. Add the id of a file in content/reviewers/' }).refine(
    (id) => reviewers.ids.has(id),
    {
      error: (issue) =>
        `names "${String(issue.input)}", but content/reviewers/ has no ${String(issue.input)}.yaml.${didYouMean(String(issue.input), reviewerIds)} Use one of: ${reviewerIds.join(', ') || '(none yet: add a reviewer file)'}`,
    },
  );

  const pages: GuidePage[] = [];
  // One rule version for both stores: it hashes the checks' code and the installed packages, which a build reads once.
  const rulesVersion = options.cacheDir ? gateRulesVersion() : undefined;
  const parsing = { cache: options.cacheDir && rulesVersion ? openCheckStore<ParseFacts>(options.cacheDir, rulesVersion, PARSE_FACTS_KIND) : undefined, parsed: 0 };
  const guides = GUIDE_COLLECTIONS.flatMap((collection) =>
    checkCollection(collection, join(contentRoot, collection), reviewedBy, display, problems, refused, pages, parsing),
  );
  parsing.cache?.save();

  const translationOf = new Map(guides.map((guide) => [guide.file, guide.data.translationOf]));
  problems.push(...checkFaq(faq, pages.map((page) => ({ ...page, translationOf: translationOf.get(page.file) }))));

  const warnings: ContentProblem[] = [];
  const glossaryByLocale = idsByLocale(glossaryIds);
  const anchors = new Map<string, ReadonlySet<string>>([
    ...pages.flatMap((page): [string, Set<string>][] => (page.headings ? [[routes.guide(page), new Set(page.headings)]] : [])),
    ...[...glossaryByLocale].map(([locale, ids]): [string, Set<string>] => [routes.glossary(locale), ids]),
  ]);
  const paths = sitePaths(pages, guideLocales(pages));
  const context: Omit<GateContext, 'ownPath' | 'glossaryIds'> = {
    today: options.today ?? new Date(),
    reviewerNames: new Map([...reviewers.valid].map(([id, reviewer]) => [id, reviewer.name])),
    routes: paths,
    translatedPaths: translatedPaths(guides.map((guide) => ({ ...guide, translationOf: guide.data.translationOf })), paths),
    anchors,
    publicDir: join(root, 'public'),
    contentDir: contentRoot,
  };
  const store = options.cacheDir && rulesVersion ? openTextGateStore(options.cacheDir, rulesVersion) : undefined;
  const gates = runGuideGates(guides, context, { store, onProgress: options.onProgress, laterFrom: options.laterFrom }, (guide) => ({
    ownPath: routes.guide(guide),
    glossaryIds: glossaryByLocale.get(guide.locale) ?? new Set<string>(),
  }));
  problems.push(...gates.problems);
  warnings.push(...gates.warnings);
  const translations = checkTranslations(guides, { pages, today: context.today, reviewerNames: context.reviewerNames });
  problems.push(...translations.problems);
  warnings.push(...translations.warnings);
  problems.push(...checkSigns(contentRoot, guides, display));

  const result = { problems, warnings, guides, guidesFromCache: gates.fromCache, guidesParsed: parsing.parsed, glossary, faq };
  if (gates.later.length === 0) return result;
  // A check that found problems lists them all at once, the gates' included: run it whole.
  if (problems.length > 0) return checkContent(root, { ...options, laterFrom: undefined });
  const keep = (checked: readonly GuideCheckedLater[]) => {
    for (const { key, textResults } of checked) store?.set(key, textResults);
    store?.save();
  };
  return { ...result, later: { guides: gates.later, context, keep } };
}
