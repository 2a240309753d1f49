import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { describeSwapError, discardInBackground, outputTarget, recoverLeftovers, replaceOutput, swapPaths } from '../../src/build/output-swap';

const DEAD = 999_999_999;
const nobodyRuns = () => false;

/** A folder holding one file that says which site it is. */
function site(path: string, name: string): string {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'index.html'), name);
  return path;
}
const which = (path: string) => readFileSync(join(path, 'index.html'), 'utf8');

describe('recoverLeftovers', () => {
  it('puts back the last good site a killed build had moved aside, when the output folder is missing', () => {
    const parent = mkdtempSync(join(tmpdir(), 'swap-'));
    const dist = join(parent, 'dist');
    site(swapPaths(dist, DEAD, 1).previous, 'older');
    site(swapPaths(dist, DEAD, 2).previous, 'last good');
    site(swapPaths(dist, DEAD, 2).staging, 'half written');
    // An old site whose deletion was stopped is newer, but is never put back.
    site(swapPaths(dist, DEAD, 3).discarded, 'replaced');
    const notes = recoverLeftovers(dist, nobodyRuns);
    expect(which(dist)).toBe('last good');
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(notes).toEqual([`${dist} was missing (a build was stopped while replacing it); restored the last good site from .dist.${DEAD}-2.previous.`]);
  });

  it('deletes leftovers when the output folder is there, and keeps those of running builds and of other folders', () => {
    const parent = mkdtempSync(join(tmpdir(), 'swap-'));
    const dist = site(join(parent, 'dist'), 'current');
    site(swapPaths(dist, DEAD, 1).previous, 'old');
    const running = site(swapPaths(dist, 42, 1).staging, 'in progress');
    const other = site(swapPaths(join(parent, 'other'), DEAD, 1).previous, 'another folder');
    expect(recoverLeftovers(dist, (pid) => pid === 42)).toEqual([]);
    expect(which(dist)).toBe('current');
    expect(readdirSync(parent).sort()).toEqual([`.dist.42-1.building`, `.other.${DEAD}-1.previous`, 'dist']);
    expect([existsSync(running), existsSync(other)]).toEqual([true, true]);
  });
});

describe('replaceOutput', () => {
  it('swaps the new site in and deletes the old one in the background, in a process of its own', async () => {
    const dist = site(join(mkdtempSync(join(tmpdir(), 'swap-')), 'dist'), 'old');
    const paths = swapPaths(dist, process.pid, 1);
    site(paths.staging, 'new');
    const discarded: string[] = [];
    replaceOutput(dist, paths, renameSync, (folder) => discarded.push(folder));
    expect(which(dist)).toBe('new');
    expect([existsSync(paths.staging), existsSync(paths.previous)]).toEqual([false, false]);
    expect(discarded).toEqual([paths.discarded]);
    expect(which(paths.discarded)).toBe('old');

    discardInBackground(paths.discarded);
    await vi.waitFor(() => expect(existsSync(paths.discarded)).toBe(false), { timeout: 10_000, interval: 50 });
  });

  it('deletes the old site itself when it cannot be renamed for the background: the new site is in', () => {
    const dist = site(join(mkdtempSync(join(tmpdir(), 'swap-')), 'dist'), 'old');
    const paths = swapPaths(dist, process.pid, 1);
    site(paths.staging, 'new');
    const refusing = (from: string, to: string) => {
      if (to === paths.discarded) throw Object.assign(new Error('EACCES: permission denied, rename'), { code: 'EACCES' });
      renameSync(from, to);
    };
    const discarded: string[] = [];
    replaceOutput(dist, paths, refusing, (folder) => discarded.push(folder));
    expect([which(dist), existsSync(paths.previous), existsSync(paths.discarded), discarded]).toEqual(['new', false, false, []]);
  });

  it('discards nothing when there was no site to replace', () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'swap-')), 'dist');
    const paths = swapPaths(dist, process.pid, 1);
    site(paths.staging, 'new');
    const discarded: string[] = [];
    replaceOutput(dist, paths, renameSync, (folder) => discarded.push(folder));
    expect([which(dist), discarded]).toEqual(['new', []]);
  });

  it('moves the last good site back when the new one cannot be moved in', () => {
    const dist = site(join(mkdtempSync(join(tmpdir(), 'swap-')), 'dist'), 'old');
    const paths = swapPaths(dist, process.pid, 1);
    site(paths.staging, 'new');
    const renames: string[] = [];
    const failing = (from: string, to: string) => {
      renames.push(`${from} -> ${to}`);
      if (from === paths.staging) throw Object.assign(new Error('EACCES: permission denied, rename'), { code: 'EACCES' });
      renameSync(from, to);
    };
    expect(() => replaceOutput(dist, paths, failing)).toThrow(/EACCES/);
    expect(which(dist)).toBe('old');
    expect(renames).toEqual([`${dist} -> ${paths.previous}`, `${paths.staging} -> ${dist}`, `${paths.previous} -> ${dist}`]);
  });

  it('describes a failed swap in one line that says what to do', () => {
    const error = Object.assign(new Error('EACCES: permission denied, rename …\n    at renameSync'), { code: 'EACCES' });
    expect(describeSwapError('dist', error)).toMatchInlineSnapshot(
      `"dist: could not be replaced (EACCES). Check that this user may write to . and that no other program holds dist open, then build again."`,
    );
  });
});

describe('outputTarget', () => {
  it('replaces the folder a symlinked output points to, not the link', () => {
    const parent = mkdtempSync(join(tmpdir(), 'swap-'));
    const served = site(join(parent, 'www', 'site'), 'served');
    symlinkSync(served, join(parent, 'dist'));
    expect(outputTarget(join(parent, 'dist'))).toBe(served);
    expect(outputTarget(served)).toBe(served);
    expect(outputTarget(join(parent, 'missing'))).toBe(join(parent, 'missing'));
  });

  it('refuses a link that points nowhere', () => {
    const parent = mkdtempSync(join(tmpdir(), 'swap-'));
    symlinkSync(join(parent, 'gone'), join(parent, 'dist'));
    expect(() => outputTarget(join(parent, 'dist'))).toThrow(
      `${join(parent, 'dist')} is a symbolic link to a folder that does not exist. Create the folder it points to, or remove the link.`,
    );
  });
});
