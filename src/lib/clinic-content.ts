import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { visit } from 'unist-util-visit';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Link } from 'mdast';
import { stringify as stringifyYaml, parse as parseYaml } from 'yaml';
import { CLINICS_FOLDER, CONTENT_DIR } from './collections';
import { CLINIC_GUIDES_DIR, clinicDir, loadClinic, type LoadedClinic } from './clinic-config';
import { applyClinicReview, reviewDateFor } from './clinic-review';
import { isoDate } from './dates';
import type { ContentProblem } from './friendly-errors';
import { filesEndingWith, mirrorFolder, NotUtf8Error, readUtf8 } from './files';
import { MdxSourceError, parseMdx } from './mdx-source';
import { DEFAULT_LOCALE, entryLocale, LOCALES } from '../i18n/locales';
import { routes } from './routes';
import { GUIDE_COLLECTIONS, isGuideCollection } from './stages';


/**
 * A guide's text, or undefined when it is not UTF-8: such a file is left as it is for the content check, which
 * names it (a lossy read or re-save would hide the bad bytes).
 */
function guideText(file: string): string | undefined {
  try {
    return readUtf8(file);
  } catch (error) {
    if (error instanceof NotUtf8Error) return undefined;
    throw error;
  }
}

/** Every guide file in the assembled content, translations included: its collection and its name inside it. */
function guideFiles(target: string): { collection: string; name: string; file: string }[] {
  return GUIDE_COLLECTIONS.flatMap((collection) =>
    filesEndingWith(join(target, collection), ['.mdx']).map((name) => ({ collection, name, file: join(target, collection, name) })),
  );
}

/** The page of a guide address `<stage>/<id>`, a translation's too (`aftercare/es/primera-semana`). */
function guidePathFor(address: string): string {
  const [collection, ...rest] = address.split('/');
  if (!collection || !isGuideCollection(collection)) return '';
  return routes.guide({ collection, id: rest.join('/') });
}

/**
 * The translations of a hidden English guide, as `<stage>/<locale>/<slug>`: the guides in its stage's
 * language folders whose `translationOf` names it. They are hidden with it, or they would translate a guide
 * the site does not have. Files that do not read or parse are left for the content check to report.
 */
function translationsOf(target: string, address: string): string[] {
  const [collection, ...rest] = address.split('/');
  const id = rest.join('/');
  if (!collection || entryLocale(id).locale !== DEFAULT_LOCALE) return [];
  return LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).flatMap((locale) =>
    filesEndingWith(join(target, collection, locale), ['.mdx']).flatMap((name) => {
      const text = guideText(join(target, collection, locale, name));
      if (text === undefined) return [];
      try {
        const { frontmatter } = parseMdx(text);
        return (frontmatter as { translationOf?: unknown }).translationOf === id ? [`${collection}/${locale}/${name.slice(0, -'.mdx'.length)}`] : [];
      } catch (error) {
        if (error instanceof MdxSourceError) return [];
        throw error;
      }
    }),
  );
}

/** Replaces Markdown links to hidden guides with their plain text, so no page links to a missing guide. */
export function unlinkHidden(source: string, hiddenPaths: ReadonlySet<string>): string {
  const { tree } = parseMdx(source);
  const edits: { start: number; end: number; text: string }[] = [];
  visit(tree, 'link', (link: Link) => {
    const path = link.url.split('#')[0]!;
    if (hiddenPaths.has(path) && link.position?.start.offset !== undefined && link.position.end.offset !== undefined) {
      edits.push({ start: link.position.start.offset, end: link.position.end.offset, text: mdastToString(link) });
    }
  });
  return edits
    .sort((a, b) => b.start - a.start)
    .reduce((text, edit) => `${text.slice(0, edit.start)}${edit.text}${text.slice(edit.end)}`, source);
}

/**
 * Puts the clinic's reviewer on the default guides its `review:` covers (see clinic-review.ts). A guide
 * revised after that review keeps the site's reviewer, and the build log says which and why.
 */
function applyReview(root: string, loaded: LoadedClinic, target: string, log: (line: string) => void): ContentProblem[] {
  const review = loaded.clinic.review;
  if (!review) return [];
  const reviewer = loaded.clinic.practitioners[review.by]?.name ?? review.by;
  const problems: ContentProblem[] = [];
  for (const { collection, name, file } of guideFiles(target)) {
    const address = `${collection}/${name.slice(0, -'.mdx'.length)}`;
    const reviewed = reviewDateFor(review, address);
    // The clinic's own guides name their reviewer themselves.
    if (!reviewed || existsSync(join(loaded.dir, CLINIC_GUIDES_DIR, collection, name))) continue;
    const source = guideText(file);
    if (source === undefined) continue;
    const outcome = applyClinicReview(source, review.by, reviewed);
    if (outcome.kind === 'applied') writeFileSync(file, outcome.source);
    else if (outcome.kind === 'outdated') {
      log(`${CONTENT_DIR}/${address}.mdx: revised on ${isoDate(outcome.revised)}, after ${reviewer}'s review on ${isoDate(outcome.reviewed)}; it keeps the site's reviewer until you review it again and update review in clinic.yaml`);
    } else {
      problems.push({ file: `${CONTENT_DIR}/${address}.mdx`, message: 'has no lastReviewed, nextReview and reviewedBy lines in its frontmatter, so the clinic review cannot be applied. Add them' });
    }
  }
  return problems;
}

/** Folders that hold a language's content: `<collection>/<code>/` for guides, FAQ and glossary. */
const TRANSLATED_FOLDERS = [...GUIDE_COLLECTIONS, 'faq', 'glossary'] as const;

/**
 * Removes the content of languages the clinic does not publish (`locales` in clinic.yaml), so its site
 * has no pages, links or search entries in them and their guides are not checked for it. Logged per language.
 */
function leaveOutLanguages(target: string, published: readonly string[], log: (line: string) => void): void {
  for (const locale of LOCALES.filter((code) => !published.includes(code))) {
    const folders = TRANSLATED_FOLDERS.map((folder) => join(target, folder, locale)).filter((dir) => existsSync(dir));
    for (const dir of folders) rmSync(dir, { recursive: true });
    if (folders.length > 0) log(`${CONTENT_DIR}/*/${locale}/: left out, as locales in clinic.yaml does not include ${locale}`);
  }
}

/**
 * Builds the content a clinic's site is made from, in `target`: the default guides, the clinic's added or
 * replacing guides (same id replaces), minus the guides it hides; its practitioners become reviewers, and
 * the one its `review:` names reviews the default guides it covers; links
 * and FAQ entries that point to hidden guides are removed, and each such change is logged (`log`), so
 * nothing is changed silently.
 */
export function assembleClinicContent(root: string, loaded: LoadedClinic, target: string, log: (line: string) => void = () => {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const source = join(root, CONTENT_DIR);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    if (entry.name !== CLINICS_FOLDER) cpSync(join(source, entry.name), join(target, entry.name), { recursive: true });
  }

  const own = join(loaded.dir, CLINIC_GUIDES_DIR);
  if (existsSync(own)) {
    for (const folder of readdirSync(own, { withFileTypes: true })) {
      if (!folder.isDirectory() || !(GUIDE_COLLECTIONS as readonly string[]).includes(folder.name)) {
        problems.push({
          file: relative(root, join(own, folder.name)),
          message: `is not a stage folder. Put clinic guides in ${GUIDE_COLLECTIONS.map((name) => `guides/${name}/`).join(', ')}`,
        });
        continue;
      }
      cpSync(join(own, folder.name), join(target, folder.name), { recursive: true });
    }
  }

  leaveOutLanguages(target, loaded.clinic.locales, log);

  for (const [id, practitioner] of Object.entries(loaded.clinic.practitioners)) {
    mkdirSync(join(target, 'reviewers'), { recursive: true });
    writeFileSync(join(target, 'reviewers', `${id}.yaml`), stringifyYaml(practitioner));
  }

  const hiddenPaths = new Set<string>();
  for (const address of loaded.clinic.hide) {
    const file = join(target, `${address}.mdx`);
    // loadClinic has reported every address that names no guide.
    if (!existsSync(file)) continue;
    const translations = translationsOf(target, address);
    rmSync(file);
    hiddenPaths.add(guidePathFor(address));
    for (const translation of translations) {
      rmSync(join(target, `${translation}.mdx`));
      hiddenPaths.add(guidePathFor(translation));
      log(`${CONTENT_DIR}/${translation}.mdx: left out, as it translates the hidden guide ${address}`);
    }
  }
  problems.push(...applyReview(root, loaded, target, log));
  if (hiddenPaths.size === 0) return problems;

  for (const { collection, name, file } of guideFiles(target)) {
    const text = guideText(file);
    if (text === undefined) continue;
    const unlinked = unlinkHidden(text, hiddenPaths);
    if (unlinked === text) continue;
    writeFileSync(file, unlinked);
    log(`${CONTENT_DIR}/${collection}/${name}: links to hidden guides became plain text`);
  }
  const faqDir = join(target, 'faq');
  if (existsSync(faqDir)) {
    for (const name of filesEndingWith(faqDir, ['.yaml', '.yml'])) {
      const entry = parseYaml(readFileSync(join(faqDir, name), 'utf8')) as { guide?: string } | null;
      if (!entry?.guide || !hiddenPaths.has(guidePathFor(entry.guide))) continue;
      rmSync(join(faqDir, name));
      log(`${CONTENT_DIR}/faq/${name}: left out, as it points to the hidden guide ${entry.guide}`);
    }
  }
  return problems;
}

/**
 * Assembles a clinic's content again while `astro dev` runs, after a file under `content/` changed: into a
 * fresh folder beside `target`, then mirrored into it, so Astro's loader (which watches `target`) reloads only
 * what changed. Returns the problems of clinic.yaml and of the assembly. What clinic.yaml decides before the
 * server starts (name, colours, logo, address) needs a restart of `npm run dev`; guides, `hide:`,
 * practitioners and `review:` apply on save.
 */
export async function reassembleClinicContent(root: string, id: string, target: string, log: (line: string) => void): Promise<ContentProblem[]> {
  const { clinic, problems, forContentCheck } = await loadClinic(root, id);
  const usable = clinic ?? forContentCheck;
  if (!usable) return problems;
  const next = `${target}.next`;
  const assembled = assembleClinicContent(root, usable, next, log);
  mirrorFolder(next, target);
  rmSync(next, { recursive: true, force: true });
  return [...problems, ...assembled];
}

/**
 * Names a file of a clinic's assembled content the way its author knows it: the clinic's own guide where
 * it came from there, else the default content file.
 */
export function clinicDisplayPath(root: string, id: string, assembled: string): (path: string) => string {
  const clinicGuides = join(clinicDir(root, id), CLINIC_GUIDES_DIR);
  return (path) => {
    const inside = relative(assembled, path);
    if (inside.startsWith('..')) return relative(root, path);
    return existsSync(join(clinicGuides, inside)) ? relative(root, join(clinicGuides, inside)) : `${CONTENT_DIR}/${inside}`;
  };
}
