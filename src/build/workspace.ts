// Node-only: the private folder each build runs Astro in. Imported by Node directly (type stripping).
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isRunning } from './output-swap.ts';

/** Where build workspaces live, inside the checkout (git-ignored). */
export const WORKSPACES_DIR = '.builds';

/** Astro keeps its per-build state here, relative to its root; the only thing a workspace keeps between builds. */
const ASTRO_STATE = '.astro';

/**
 * What a build does not need from the checkout: git and tool state, installed packages (linked instead),
 * tests, outputs of earlier builds, other workspaces. Everything else at the top level is copied, so a file
 * the build reads tomorrow (a new config) needs no change here.
 */
function isCopied(name: string): boolean {
  if (name.startsWith('.')) return /^\.env(\..+)?$/.test(name);
  return !['node_modules', 'tests', 'test-results', 'package-lock.json'].includes(name) && !/^dist($|-)/.test(name);
}

export interface Workspace {
  /** The Astro root of this build: a snapshot of the checkout with its own `.astro/`. */
  root: string;
  /** Lets the next build of the same site reuse this workspace's cache (or deletes a one-off workspace). */
  close(): void;
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
  if (!owned && !running(Number(readFileSync(lock, 'utf8')))) {
    unlinkSync(lock);
    owned = tryLock(lock, pid);
  }
  const root = join(dir, owned ? site : `${site}.${pid}`);
  mkdirSync(root, { recursive: true });
  for (const name of readdirSync(root)) if (name !== ASTRO_STATE) rmSync(join(root, name), { recursive: true, force: true });
  const skipped = new Set(outputs.map((output) => relative(projectRoot, output).split(sep)[0]));
  for (const name of readdirSync(projectRoot)) {
    if (isCopied(name) && !skipped.has(name)) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  }
  if (existsSync(join(projectRoot, 'node_modules'))) symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    close: () => {
      if (owned) rmSync(lock, { force: true });
      else rmSync(root, { recursive: true, force: true });
    },
  };
}
