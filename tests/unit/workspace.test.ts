import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKSPACES_DIR, openWorkspace } from '../../src/build/workspace';

/** A checkout with sources, content, an output folder, tests and git state. */
function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), 'workspace-'));
  for (const dir of ['src', 'content', 'dist', 'dist-clinics', 'tests', '.git', 'node_modules/astro', 'site']) mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, 'src', 'page.astro'), 'v1');
  writeFileSync(join(root, 'astro.config.mjs'), 'config');
  writeFileSync(join(root, '.env'), 'SITE_URL=https://x.example');
  return root;
}

describe('openWorkspace', () => {
  it('copies what the build reads, links node_modules, and leaves out outputs, tests and git', () => {
    const root = checkout();
    const workspace = openWorkspace(root, 'default', [join(root, 'site')], 1, () => false);
    expect(workspace.root).toBe(join(root, WORKSPACES_DIR, 'default'));
    expect(readdirSync(workspace.root).sort()).toEqual(['.env', 'astro.config.mjs', 'content', 'node_modules', 'src']);
    expect(lstatSync(join(workspace.root, 'node_modules')).isSymbolicLink()).toBe(true);
  });

  it('keeps Astro’s state for the next build of the same site, with fresh sources', () => {
    const root = checkout();
    const first = openWorkspace(root, 'default', [], 1, () => false);
    mkdirSync(join(first.root, '.astro'));
    writeFileSync(join(first.root, '.astro', 'data-store.json'), '{}');
    first.close();
    writeFileSync(join(root, 'src', 'page.astro'), 'v2');
    const second = openWorkspace(root, 'default', [], 2, () => false);
    expect(second.root).toBe(first.root);
    expect(existsSync(join(second.root, '.astro', 'data-store.json'))).toBe(true);
    expect(readFileSync(join(second.root, 'src', 'page.astro'), 'utf8')).toBe('v2');
  });

  it('gives a second build of the same site running at once a one-off workspace, deleted when it ends', () => {
    const root = checkout();
    const first = openWorkspace(root, 'clinic-a', [], 1, (pid) => pid === 1);
    const second = openWorkspace(root, 'clinic-a', [], 2, (pid) => pid === 1);
    const other = openWorkspace(root, 'clinic-b', [], 2, (pid) => pid === 1);
    expect(new Set([first.root, second.root, other.root]).size).toBe(3);
    second.close();
    expect(existsSync(second.root)).toBe(false);
    expect(existsSync(first.root)).toBe(true);
  });

  it('takes over the workspace of a build that was killed', () => {
    const root = checkout();
    openWorkspace(root, 'default', [], 1, () => true);
    const next = openWorkspace(root, 'default', [], 2, (pid) => pid === 2);
    expect(next.root).toBe(join(root, WORKSPACES_DIR, 'default'));
    expect(readFileSync(join(root, WORKSPACES_DIR, 'default.lock'), 'utf8')).toBe('2');
  });
});
