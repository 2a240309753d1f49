// Node-only: how `scripts/build.mjs` replaces the published folder. Imported by Node directly (type
// stripping), so it imports nothing without a `.ts` extension.
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Is the process with this id still running? (EPERM: it runs, as another user.) */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The folder a build replaces. `dist` as a symlink (e.g. to the folder a web server serves) is followed:
 * the folder it points to is replaced, beside itself, and the link stays as it is, so the served folder
 * is the one that changes. A link that points nowhere is refused: the build cannot know what it should be.
 */
export function outputTarget(outDir: string): string {
  let stat;
  try {
    stat = lstatSync(outDir);
  } catch {
    return outDir;
  }
  if (!stat.isSymbolicLink()) return outDir;
  try {
    return realpathSync(outDir);
  } catch {
    throw new Error(`${outDir} is a symbolic link to a folder that does not exist. Create the folder it points to, or remove the link.`);
  }
}

/** Staging names carry the target's name, the build's process id and a time, so leftovers can be traced. */
const LEFTOVER = /^\.(.+)\.(\d+)-(\d+)\.(building|previous|discarded)$/;

export interface SwapPaths {
  /** Where Astro writes the new site. */
  staging: string;
  /** Where the last good site waits while the new one moves in. */
  previous: string;
  /** Where the old site goes once the new one is in, to be deleted in the background (`discard`). */
  discarded: string;
}

/** Staging folders beside `target` (same file system, so renames are atomic). */
export function swapPaths(target: string, pid: number, time: number): SwapPaths {
  const stem = join(dirname(target), `.${basename(target)}.${pid}-${time}`);
  return { staging: `${stem}.building`, previous: `${stem}.previous`, discarded: `${stem}.discarded` };
}

/**
 * Tidies what killed builds left beside `target`: a half-written `.building` folder is deleted; a
 * `.previous` folder is the last good site, moved aside just before a build was killed. It is put back
 * when `target` is missing (the newest one, if there are several) and deleted otherwise. A `.discarded`
 * folder (an old site whose deletion was stopped) is deleted. Folders of builds still running are left
 * alone. Returns one line per thing restored, for the log.
 */
export function recoverLeftovers(target: string, running: (pid: number) => boolean = isRunning): string[] {
  const dir = dirname(target);
  if (!existsSync(dir)) return [];
  const mine = readdirSync(dir)
    .map((name) => ({ name, match: LEFTOVER.exec(name) }))
    .filter(({ match }) => match && match[1] === basename(target) && !running(Number(match[2])));
  const notes: string[] = [];
  const previous = mine
    .filter(({ match }) => match![4] === 'previous')
    .sort((a, b) => Number(b.match![3]) - Number(a.match![3]));
  if (previous.length > 0 && !existsSync(target)) {
    renameSync(join(dir, previous[0]!.name), target);
    notes.push(`${target} was missing (a build was stopped while replacing it); restored the last good site from ${previous[0]!.name}.`);
  }
  for (const { name, match } of mine) {
    try {
      rmSync(join(dir, name), { recursive: true, force: true, maxRetries: 2 });
    } catch (error) {
      // An old site may still be being deleted in the background (`discard`): whatever is left goes next time.
      if (match![4] !== 'discarded') throw error;
    }
  }
  return notes;
}

/** The renames a swap makes; a parameter so tests can make one fail. */
export type Rename = (from: string, to: string) => void;

/** How a folder is deleted in the background; a parameter so tests can wait for it. */
export type Discard = (folder: string) => void;

/**
 * Deletes a folder in a process of its own, which outlives the build: deleting the old site (5,000 files at
 * 1,000 guides) took 0.7 s at the end of every build that replaced one, with nothing left to do meanwhile.
 */
export function discardInBackground(folder: string): void {
  const remove = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 2 })';
  spawn(process.execPath, ['-e', remove, folder], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Moves the finished site from `staging` to `target`. If the second rename fails, the last good site is
 * moved back, so `target` is never left missing by a failed swap. The old site is renamed `.discarded`
 * (never taken for a last good site) and deleted in the background.
 */
export function replaceOutput(target: string, { staging, previous, discarded }: SwapPaths, rename: Rename = renameSync, discard: Discard = discardInBackground): void {
  const hadSite = existsSync(target);
  if (hadSite) rename(target, previous);
  try {
    rename(staging, target);
  } catch (error) {
    if (hadSite) rename(previous, target);
    throw error;
  }
  if (!hadSite) return;
  try {
    rename(previous, discarded);
  } catch {
    // The new site is in already: the old one is deleted here instead, and the swap still succeeded.
    rmSync(previous, { recursive: true, force: true });
    return;
  }
  discard(discarded);
}

/** One line for a failed swap: what failed, the system's reason, and what to do. */
export function describeSwapError(target: string, error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const reason = code ?? message.split('\n')[0];
  return `${target}: could not be replaced (${reason}). Check that this user may write to ${dirname(target)} and that no other program holds ${basename(target)} open, then build again.`;
}
