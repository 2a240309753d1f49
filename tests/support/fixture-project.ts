import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentFixture, type FileChange } from './fixture-content';
import { PROJECT_ROOT } from './paths';

/** What a site needs besides its content: the code, the config and the installed packages. */
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A complete small site in a temporary folder: this project's code with the fixture content (two guides
 * a stage), changed as asked (`changes` inside content/, `projectFiles` written from the project root, e.g.
 * `public/x.html`). Used for cases the default site cannot show (drafts, broken input).
 */
export function fixtureProject(changes: Record<string, FileChange> = {}, projectFiles: Record<string, string> = {}): string {
  const root = contentFixture(changes);
  for (const name of PROJECT_FILES) cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  for (const [path, text] of Object.entries(projectFiles)) writeFileSync(join(root, path), text);
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/**
 * A copy of this project, real content included, in a temporary folder: for builds that must be
 * independent of this checkout (its workspaces in `.builds/`, its outputs), e.g. reference builds other
 * tests compare with.
 */
export function projectCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'mng-project-'));
  for (const name of [...PROJECT_FILES, 'content']) cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

export function tempOutDir(): string {
  return mkdtempSync(join(tmpdir(), 'mng-dist-'));
}
