import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASTRO_CACHE_DIR, WORKSPACES_DIR, openWorkspace, rememberOutput } from '../../src/build/workspace';

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

  it('leaves out a site an earlier build wrote into the checkout, until another folder takes its name', () => {
    const root = checkout();
    const site = join(root, 'site-copy');
    mkdirSync(join(site, 'aftercare'), { recursive: true });
    writeFileSync(join(site, 'aftercare', 'index.html'), '<!doctype html>');
    // Copied like any folder until a build says it wrote a site there.
    expect(readdirSync(openWorkspace(root, 'default', [], 1, () => false).root)).toContain('site-copy');
    rememberOutput(root, site);
    rememberOutput(root, join(tmpdir(), 'outside-the-checkout'));
    rememberOutput(root, join(root, 'dist'));
    expect(Object.keys(JSON.parse(readFileSync(join(root, WORKSPACES_DIR, 'outputs.json'), 'utf8')))).toEqual(['site-copy']);
    const next = openWorkspace(root, 'default', [], 2, () => false);
    expect(readdirSync(next.root)).not.toContain('site-copy');
    expect(readdirSync(next.root)).toContain('src');

    // The site deleted and a folder of notes made under its name: copied again.
    rmSync(site, { recursive: true });
    mkdirSync(site);
    writeFileSync(join(site, 'notes.md'), 'notes');
    const later = openWorkspace(root, 'default', [], 3, () => false);
    expect(readFileSync(join(later.root, 'site-copy', 'notes.md'), 'utf8')).toBe('notes');

    // A damaged note is no note: every folder is copied.
    for (const damaged of ['null', '[1]', '{"site-copy": 7}', '{']) {
      writeFileSync(join(root, WORKSPACES_DIR, 'outputs.json'), damaged);
      expect(readdirSync(openWorkspace(root, 'default', [], 4, () => false).root)).toContain('site-copy');
    }
  });

  it('keeps Astro’s state for the next build of the same site, with fresh sources', () => {
    const root = checkout();
    const first = openWorkspace(root, 'default', [], 1, () => false);
    mkdirSync(join(first.root, '.astro'));
    writeFileSync(join(first.root, '.astro', 'data-store.json'), '{}');
    first.close(true);
    writeFileSync(join(root, 'src', 'page.astro'), 'v2');
    const second = openWorkspace(root, 'default', [], 2, () => false);
    expect(second.root).toBe(first.root);
    expect(existsSync(join(second.root, '.astro', 'data-store.json'))).toBe(true);
    expect(readFileSync(join(second.root, 'src', 'page.astro'), 'utf8')).toBe('v2');
  });

  it('copies again only what changed, and deletes what the checkout no longer has', () => {
    const root = checkout();
    writeFileSync(join(root, 'content', 'kept.mdx'), 'same');
    writeFileSync(join(root, 'content', 'edited.mdx'), 'old words');
    writeFileSync(join(root, 'content', 'gone.mdx'), 'gone');
    mkdirSync(join(root, 'content', 'folder-then-file'));
    writeFileSync(join(root, 'content', 'file-then-folder'), 'file');
    symlinkSync('kept.mdx', join(root, 'content', 'link.mdx'));
    const first = openWorkspace(root, 'default', [], 1, () => false);
    first.close(true);
    const inode = (name: string) => statSync(join(first.root, 'content', name)).ino;
    const keptInode = inode('kept.mdx');
    const keptWritten = statSync(join(first.root, 'content', 'kept.mdx')).mtimeMs;
    writeFileSync(join(root, 'content', 'edited.mdx'), 'new words, longer');
    rmSync(join(root, 'content', 'gone.mdx'));
    rmSync(join(root, 'content', 'folder-then-file'), { recursive: true });
    writeFileSync(join(root, 'content', 'folder-then-file'), 'now a file');
    rmSync(join(root, 'content', 'file-then-folder'));
    mkdirSync(join(root, 'content', 'file-then-folder'));
    writeFileSync(join(root, 'content', 'file-then-folder', 'inside.mdx'), 'inside');
    const second = openWorkspace(root, 'default', [], 2, () => false);
    const content = join(second.root, 'content');
    expect(readdirSync(content).sort()).toEqual(readdirSync(join(root, 'content')).sort());
    expect(readFileSync(join(content, 'edited.mdx'), 'utf8')).toBe('new words, longer');
    expect(readFileSync(join(content, 'folder-then-file'), 'utf8')).toBe('now a file');
    expect(readFileSync(join(content, 'file-then-folder', 'inside.mdx'), 'utf8')).toBe('inside');
    expect(lstatSync(join(content, 'link.mdx')).isSymbolicLink()).toBe(true);
    // The unchanged file was not written again.
    expect(inode('kept.mdx')).toBe(keptInode);
    expect(statSync(join(content, 'kept.mdx')).mtimeMs).toBe(keptWritten);
  });

  it('gives a second build of the same site running at once a one-off workspace, deleted when it ends', () => {
    const root = checkout();
    const first = openWorkspace(root, 'clinic-a', [], 1, (pid) => pid === 1);
    const second = openWorkspace(root, 'clinic-a', [], 2, (pid) => pid === 1);
    const other = openWorkspace(root, 'clinic-b', [], 2, (pid) => pid === 1);
    expect(new Set([first.root, second.root, other.root]).size).toBe(3);
    second.close(true);
    expect(existsSync(second.root)).toBe(false);
    expect(existsSync(first.root)).toBe(true);
  });

  /** Astro's cache in a workspace: the pages kept for reuse, their manifest, and a check cache beside them. */
  function fillCache(root: string): { pages: string; manifest: string; checks: string } {
    const cache = join(root, ASTRO_CACHE_DIR);
    mkdirSync(join(cache, 'dist', 'aftercare'), { recursive: true });
    const paths = { pages: join(cache, 'dist', 'aftercare', 'index.html'), manifest: join(cache, 'incremental-build.json'), checks: join(cache, 'content-check.json') };
    for (const path of Object.values(paths)) writeFileSync(path, '{}');
    return paths;
  }

  it('keeps the pages Astro kept for reuse after a build that succeeded, and drops them (not the check caches) after one that failed', () => {
    const root = checkout();
    const good = openWorkspace(root, 'default', [], 1, () => false);
    const kept = fillCache(good.root);
    good.close(true);
    expect(Object.values(kept).every((path) => existsSync(path))).toBe(true);
    const bad = openWorkspace(root, 'default', [], 2, () => false);
    bad.close(false);
    expect([existsSync(kept.pages), existsSync(kept.manifest), existsSync(kept.checks)]).toEqual([false, false, true]);
  });

  it('drops the pages kept for reuse when it takes over from a killed build, which may have been rendering', () => {
    const root = checkout();
    const killed = openWorkspace(root, 'default', [], 1, () => true);
    const kept = fillCache(killed.root);
    openWorkspace(root, 'default', [], 2, (pid) => pid === 2);
    expect([existsSync(kept.pages), existsSync(kept.manifest), existsSync(kept.checks)]).toEqual([false, false, true]);
  });

  it('takes over the workspace of a build that was killed', () => {
    const root = checkout();
    openWorkspace(root, 'default', [], 1, () => true);
    const next = openWorkspace(root, 'default', [], 2, (pid) => pid === 2);
    expect(next.root).toBe(join(root, WORKSPACES_DIR, 'default'));
    expect(readFileSync(join(root, WORKSPACES_DIR, 'default.lock'), 'utf8')).toBe('2');
  });
});
