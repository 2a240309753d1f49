import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CONTENT_DIR } from '../lib/collections';
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
