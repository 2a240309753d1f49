import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { CLINICS_FOLDER, CONTENT_DIR } from '../lib/collections';
import { GUIDE_COLLECTIONS } from '../lib/stages';
import { signsSchema } from '../schemas/sign';
import { SIGNS_FILE } from '../checks/sign-urgency';
import { generateCorpus, type CorpusGuide, type CorpusTerm } from './corpus';
import { bareSiteFiles } from './bare-site';

/**
 * Writes a benchmark corpus as two sites that share node_modules by symlink: `project/` (this project's
 * code, config and data collections with the generated guides instead of the real ones) and `bare/` (a
 * bare Astro 7 site with MDX and sitemap over the same guide files, for Pagefind after it).
 */

/** What a copy of the project needs besides its content. */
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'site.yaml'];
/**
 * Content kept from the real project: the data the gates read. Guides are replaced; FAQ entries and the
 * clinics are left out because they name real guides (the bench adds its own clinics).
 */
const KEPT_CONTENT = ['reviewers', 'glossary', SIGNS_FILE];
const REVIEWER = 'editorial-team';

export interface BenchSites {
  project: string;
  bare: string;
  guides: CorpusGuide[];
}

/** The glossary entries of a content folder, for `<Term>`. */
export function readTerms(contentDir: string): CorpusTerm[] {
  const dir = join(contentDir, 'glossary');
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ id: name.replace(/\.ya?ml$/, ''), term: (parseYaml(readFileSync(join(dir, name), 'utf8')) as { term: string }).term }));
}

/** Writes each guide to `<contentDir>/<collection>/<id>.mdx`. */
export function writeGuides(contentDir: string, guides: readonly CorpusGuide[]): void {
  for (const collection of GUIDE_COLLECTIONS) mkdirSync(join(contentDir, collection), { recursive: true });
  for (const guide of guides) writeFileSync(join(contentDir, guide.collection, `${guide.id}.mdx`), guide.text);
}

/** Today as YYYY-MM-DD (UTC): the corpus is reviewed on the day it is made, so no review falls due. */
export const today = () => new Date().toISOString().slice(0, 10);

/**
 * Generates `count` guides from `seed` and writes both sites under `dest` (emptied first). `root` is the
 * project the code, data and node_modules come from.
 */
export function writeBenchSites(root: string, dest: string, count: number, seed: number, reviewed = today()): BenchSites {
  rmSync(dest, { recursive: true, force: true });
  const project = join(dest, 'project');
  const bare = join(dest, 'bare');
  const modules = realpathSync(join(root, 'node_modules'));
  for (const name of PROJECT_FILES) if (existsSync(join(root, name))) cpSync(join(root, name), join(project, name), { recursive: true });
  for (const name of KEPT_CONTENT) cpSync(join(root, CONTENT_DIR, name), join(project, CONTENT_DIR, name), { recursive: true });
  const contentDir = join(project, CONTENT_DIR);
  // Empty, not missing: Astro's glob loader warns about a missing folder.
  mkdirSync(join(contentDir, 'faq'), { recursive: true });
  const signs = signsSchema.parse(parseYaml(readFileSync(join(contentDir, SIGNS_FILE), 'utf8')));
  const guides = generateCorpus({ count, seed, reviewed, terms: readTerms(contentDir), signs, reviewer: REVIEWER });
  writeGuides(contentDir, guides);
  for (const [path, text] of Object.entries(bareSiteFiles())) {
    mkdirSync(join(bare, path, '..'), { recursive: true });
    writeFileSync(join(bare, path), text);
  }
  writeGuides(join(bare, CONTENT_DIR), guides);
  for (const site of [project, bare]) symlinkSync(modules, join(site, 'node_modules'), 'dir');
  return { project, bare, guides };
}

/** The example clinic the synthetic clinics copy: fictional, complete, ready for a production build. */
const TEMPLATE_CLINIC = 'maple-street';

/**
 * Writes `count` clinics (`bench-clinic-01`, …) into the project copy, each a copy of the example clinic's
 * clinic.yaml and logo under its own name and address, without its own guides (they link to real guides).
 * Returns their ids.
 */
export function writeBenchClinics(root: string, project: string, count: number): string[] {
  const from = join(root, CONTENT_DIR, CLINICS_FOLDER, TEMPLATE_CLINIC);
  const config = parseYaml(readFileSync(join(from, 'clinic.yaml'), 'utf8')) as Record<string, unknown>;
  return Array.from({ length: count }, (_, index) => {
    const id = `bench-clinic-${String(index + 1).padStart(2, '0')}`;
    const dir = join(project, CONTENT_DIR, CLINICS_FOLDER, id);
    mkdirSync(dir, { recursive: true });
    const name = `Bench Clinic ${index + 1}`;
    writeFileSync(join(dir, 'clinic.yaml'), stringifyYaml({ ...config, name, shortName: name, url: `https://${id}.example` }));
    cpSync(join(from, 'logo.svg'), join(dir, 'logo.svg'));
    return id;
  });
}

/** A sentence that keeps every gate green, added to one guide to measure a rebuild. */
const EDIT = '\nYour skin keeps healing under the surface for weeks.\n';

/** Changes one guide of a written corpus, as an author would: one more sentence at its end. */
export function changeOneGuide(contentDir: string, guide: CorpusGuide): void {
  const path = join(contentDir, guide.collection, `${guide.id}.mdx`);
  writeFileSync(path, `${readFileSync(path, 'utf8')}${EDIT}`);
}
