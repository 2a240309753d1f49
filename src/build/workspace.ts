// Node-only: the private folder each build runs Astro in. Imported by Node directly (type stripping).
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { mirrorFolder, writeWhole } from '../lib/files.ts';
import { isRunning } from './output-swap.ts';

/** Where build workspaces live, inside the checkout (git-ignored). */
export const WORKSPACES_DIR = '.builds';

/** Astro keeps its per-build state here, relative to its root; the only thing a workspace keeps between builds. */
const ASTRO_STATE = '.astro';

/** Astro's cache folder (astro.config.mjs `cacheDir`), inside its state: the check caches, cards and reusable pages. */
export const ASTRO_CACHE_DIR = `${ASTRO_STATE}/cache`;

/**
 * Set by scripts/build.mjs to a folder every build of this checkout shares (`sharedCheckStore`): the content
 * check keeps each guide's parse facts and text gate results there by a hash of the file, so a clinic's
 * build reuses what the default site's build (or another clinic's) found in the same guides.
 */
export const CHECK_STORE_ENV = 'MNG_CHECK_STORE';

/** The check store the builds of a checkout share, beside their workspaces. */
export const sharedCheckStore = (projectRoot: string): string => join(projectRoot, WORKSPACES_DIR, 'content-checks');

/**
 * Astro's incremental build (astro.config.mjs) keeps a copy of each page it renders and a manifest saying
 * which build made them. A build that fails or is killed while rendering has overwritten some copies and not
 * the manifest, so the manifest could hand a later build a page it does not describe: after such a build
 * both go, and the next build renders every page.
 */
export const PAGE_MANIFEST = 'incremental-build.json';
const REUSABLE_PAGES = [PAGE_MANIFEST, 'dist'].map((name) => `${ASTRO_CACHE_DIR}/${name}`);

function forgetReusablePages(root: string): void {
  for (const path of REUSABLE_PAGES) rmSync(join(root, path), { recursive: true, force: true });
}

/**
 * What a build does not need from the checkout: git and tool state, installed packages (linked instead),
 * tests, outputs of earlier builds, other workspaces. Everything else at the top level is copied, so a file
 * the build reads tomorrow (a new config) needs no change here.
 */
function isCopied(name: string): boolean {
  if (name.startsWith('.')) return /^\.env(\..+)?$/.test(name);
  return !['node_modules', 'tests', 'test-results', 'package-lock.json'].includes(name) && !/^dist($|-)/.test(name);
}

/**
 * The checkout's top-level folders that builds wrote a site into (`--outDir`), in the workspaces' folder.
 * Everything else at the top level is copied into a workspace, and `dist`, `dist-*` are the only output
 * names known in advance: a site built into `site/` would be copied into every later build's workspace
 * (at 1,000 guides about 6,000 files, 2–3 s of every build), and compared file by file after that.
 */
const OUTPUTS_FILE = 'outputs.json';

/**
 * What says a folder is still the site a build wrote: its inode and the times of its creation and of its
 * last change (its files added or removed). A folder made later under the same name, or a site someone
 * changed since, differs, and is copied again like any folder.
 */
const folderStamp = (folder: string): string | undefined => {
  const stat = lstatSync(folder, { bigint: true, throwIfNoEntry: false });
  return stat?.isDirectory() ? `${stat.ino}:${stat.birthtimeNs}:${stat.ctimeNs}` : undefined;
};

/** The top-level folder of the checkout an output is, or is in; none if it is outside the checkout. */
function topLevelName(projectRoot: string, output: string): string | undefined {
  const [name] = relative(projectRoot, output).split(sep);
  return name && name !== '..' && !isAbsolute(name) ? name : undefined;
}

/** The noted outputs, by name; none if the note is missing or damaged (then every folder is copied). */
function builtOutputs(projectRoot: string): Record<string, unknown> {
  try {
    const noted: unknown = JSON.parse(readFileSync(join(projectRoot, WORKSPACES_DIR, OUTPUTS_FILE), 'utf8'));
    return noted && typeof noted === 'object' && !Array.isArray(noted) ? (noted as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Remembers that a build has just written its site into `output` (scripts/build.mjs), so that workspaces
 * leave it out. Only the speed of later builds depends on it: a list that cannot be written is left as it was.
 */
export function rememberOutput(projectRoot: string, output: string): void {
  const name = topLevelName(projectRoot, output);
  // `dist` and `dist-*` are never copied: noting them would only rewrite the note on every build (and race
  // with the other clinics' builds of build:clinics).
  if (name === undefined || !isCopied(name)) return;
  const stamp = folderStamp(join(projectRoot, name));
  if (stamp === undefined) return;
  try {
    mkdirSync(join(projectRoot, WORKSPACES_DIR), { recursive: true });
    writeWhole(join(projectRoot, WORKSPACES_DIR, OUTPUTS_FILE), JSON.stringify({ ...builtOutputs(projectRoot), [name]: stamp }));
  } catch {
    // A read-only checkout: later workspaces copy the site, as before.
  }
}

export interface Workspace {
  /** The Astro root of this build: a snapshot of the checkout with its own `.astro/`. */
  root: string;
  /**
   * Lets the next build of the same site reuse this workspace's cache (or deletes a one-off workspace).
   * After a build that did not succeed, the pages Astro kept for reuse are dropped.
   */
  close(succeeded: boolean): void;
}

function tryLock(lock: string, pid: number): boolean {
  try {
    writeFileSync(lock, String(pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  }
}

/**
 * Opens a workspace for one build of `site` (e.g. `default`, `clinic-harbour-skin`). Astro writes its
 * cache, content store, generated types and prerender chunks under its root's `.astro/` (no option moves
 * it), and a clinic build assembles its content there too; so two builds in one checkout sharing a root
 * would read each other's files. Each build gets its own root: a copy of the checkout's sources and
 * content (a few hundred KB) with `node_modules` linked. One build of a site at a time keeps its
 * workspace, so the next one reuses Astro's cache; a second build of the same site while the first runs
 * gets a one-off workspace, deleted when it ends. `outputs` (the folders being built into) are never copied.
 */
export function openWorkspace(
  projectRoot: string,
  site: string,
  outputs: readonly string[] = [],
  pid = process.pid,
  running: (pid: number) => boolean = isRunning,
): Workspace {
  const dir = join(projectRoot, WORKSPACES_DIR);
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, `${site}.lock`);
  let owned = tryLock(lock, pid);
  let killed = false;
  if (!owned && !running(Number(readFileSync(lock, 'utf8')))) {
    unlinkSync(lock);
    owned = tryLock(lock, pid);
    killed = owned;
  }
  const root = join(dir, owned ? site : `${site}.${pid}`);
  mkdirSync(root, { recursive: true });
  // The build that held the lock was killed, perhaps while rendering.
  if (killed) forgetReusablePages(root);
  const built = Object.entries(builtOutputs(projectRoot)).filter(([name, stamp]) => folderStamp(join(projectRoot, name)) === stamp);
  const skipped = new Set([...outputs.map((output) => topLevelName(projectRoot, output)), ...built.map(([name]) => name)]);
  const copied = readdirSync(projectRoot).filter((name) => isCopied(name) && !skipped.has(name));
  const kept = new Set([ASTRO_STATE, ...copied]);
  for (const name of readdirSync(root)) if (!kept.has(name)) rmSync(join(root, name), { recursive: true, force: true });
  for (const name of copied) mirrorFolder(join(projectRoot, name), join(root, name));
  if (existsSync(join(projectRoot, 'node_modules'))) symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    close: (succeeded) => {
      if (!owned) return rmSync(root, { recursive: true, force: true });
      if (!succeeded) forgetReusablePages(root);
      rmSync(lock, { force: true });
    },
  };
}
