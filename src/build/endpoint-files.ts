// Node-only: writes the endpoints' files beside Astro's render (src/lib/endpoint-files.ts says why).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardFile, EndpointFiles, MarkdownCopyFile } from '../lib/endpoint-files.ts';
import { CARD_CACHE_FOLDER, pruneKeptCards } from '../lib/kept-cards.ts';
import { hashOf, shareKept } from './check-cache.ts';
import { copyKey, markdownCopyVersion, pathInSite, readKeptCopyName, writeCopy, type CopyPlaces, type CopyToWrite } from './markdown-copies.ts';
import type { MarkdownReport, MarkdownWork } from './markdown-worker.ts';
import { precompressionCacheFolder } from './precompression.ts';
import { HELPER_THREAD_LIMITS, HELPER_THREADS_FROM } from './thread-limits.ts';

/** Folder inside Astro's cache dir that keeps each Markdown copy by its key (`copyKey`), for the next build. */
export const COPY_CACHE_FOLDER = 'markdown-copies';

/** Files written at once: enough to keep Node's thread pool busy while the build's thread renders. */
const IN_FLIGHT = 8;

export interface WrittenEndpointFiles {
  copies: number;
  /** Copies taken from the last build's, unchanged. */
  keptCopies: number;
  cards: number;
  /** When the first files were handed over, and when the last was written (`performance.now()`). */
  startedAt: number;
  doneAt: number;
}

export interface EndpointFilesRun extends EndpointFiles {
  /** Resolves once every file handed over is in the site; rejects with the first that could not be written, naming it. */
  finish(): Promise<WrittenEndpointFiles>;
}

export interface EndpointFilesOptions {
  /** Copies to write from which a worker thread writes them, on two cores or more. */
  threadFrom?: number;
  /** The folder whose code writes the copies (for their kept version); the project's `src/` by default. */
  srcDir?: string;
}

/**
 * Starts writing, into `outDir`, the files the routes hand over. A copy an earlier build kept under the same
 * key, with the bytes it was kept with, is linked from `cacheDir` (`shareKept`); the others are written, in a
 * worker thread when there are many, and kept for the next build. Kept copies and cards this build did not
 * ask for are deleted by `finish`.
 */
export function startEndpointFiles(outDir: string, cacheDir: string, { threadFrom = HELPER_THREADS_FROM, srcDir }: EndpointFilesOptions = {}): EndpointFilesRun {
  const places: CopyPlaces = { outDir, kept: join(cacheDir, COPY_CACHE_FOLDER), compressInto: precompressionCacheFolder(cacheDir) };
  const work: Promise<void>[] = [];
  const usedKeys = new Set<string>();
  const written: WrittenEndpointFiles = { copies: 0, keptCopies: 0, cards: 0, startedAt: 0, doneAt: 0 };
  let failure: Error | undefined;
  // A handful of folders hold thousands of files: each is made once, not once per file (about 0.3 s of the
  // build's thread at 1,000 guides).
  const folders = new Map<string, Promise<unknown>>();
  const fileIn = (file: string) => siteFileIn(outDir, file, folders);
  const track = (step: Promise<void>) => {
    if (work.length === 0) written.startedAt = written.doneAt = performance.now();
    work.push(
      step.then(
        () => void (written.doneAt = performance.now()),
        (error: unknown) => void (failure ??= error instanceof Error ? error : new Error(String(error))),
      ),
    );
  };

  return {
    markdownCopies(copies: readonly MarkdownCopyFile[]) {
      mkdirSync(places.kept, { recursive: true });
      mkdirSync(places.compressInto, { recursive: true });
      const version = markdownCopyVersion(srcDir);
      const keptNames = new Map<string, { name: string; hash: string }>();
      for (const name of readdirSync(places.kept)) {
        const parts = readKeptCopyName(name);
        if (parts) keptNames.set(parts.key, { name, ...parts });
      }
      const toWrite: CopyToWrite[] = [];
      const kept: { from: string; file: string }[] = [];
      for (const { file, job } of copies) {
        const key = copyKey(version, file, job);
        usedKeys.add(key);
        const found = keptNames.get(key);
        const from = found && join(places.kept, found.name);
        if (from && hashOf(readFileSync(from)) === found.hash) {
          kept.push({ from, file });
          continue;
        }
        // Bytes that are not the ones it was kept with (edited in place in a site that shared them): never reused.
        if (from) rmSync(from, { force: true });
        toWrite.push({ file, key, job });
      }
      written.copies += copies.length;
      written.keptCopies += kept.length;
      track(inParallel(kept, async ({ from, file }) => shareKept(from, await fileIn(file))));
      track(toWrite.length >= threadFrom && availableParallelism() >= 2 ? inThread(toWrite, places) : Promise.resolve().then(() => writeEach(toWrite, places)));
    },
    socialCards(cards: readonly CardFile[]) {
      written.cards += cards.length;
      track(inParallel(cards, async ({ file, kept }) => shareKept(await kept(), await fileIn(file))));
    },
    async finish() {
      await Promise.all(work);
      if (failure) throw failure;
      if (written.cards > 0) pruneKeptCards(join(cacheDir, CARD_CACHE_FOLDER));
      if (existsSync(places.kept)) {
        for (const name of readdirSync(places.kept)) if (!usedKeys.has(readKeptCopyName(name)?.key ?? '')) rmSync(join(places.kept, name), { force: true });
      }
      return written;
    },
  };
}

/** The path of a file of the site (`pathInSite`), its folder made, once for all the run's files (`folders`). */
async function siteFileIn(outDir: string, file: string, folders: Map<string, Promise<unknown>>): Promise<string> {
  const path = pathInSite(outDir, file);
  const folder = dirname(path);
  if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
  await folders.get(folder);
  return path;
}

/** Runs `write` for each item, `IN_FLIGHT` at a time; a failure names the item's file. */
async function inParallel<T extends { file: string }>(items: readonly T[], write: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const writeNext = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) {
      const item = items[index]!;
      try {
        await write(item);
      } catch (error) {
        throw new Error(`${item.file} could not be written: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, writeNext));
}

function writeEach(copies: readonly CopyToWrite[], places: CopyPlaces): void {
  for (const copy of copies) {
    try {
      writeCopy(copy, places);
    } catch (error) {
      throw new Error(`The Markdown copy ${copy.file} could not be written: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/**
 * Writes the copies in a worker thread. A copy it could not write fails the build with the thread's reason;
 * copies a thread that stopped never reached are written in this thread, so a thread only moves work.
 */
function inThread(copies: readonly CopyToWrite[], places: CopyPlaces): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = new Array<boolean>(copies.length).fill(false);
    let failed: string | undefined;
    const worker = new Worker(new URL('./markdown-worker.ts', import.meta.url), {
      workerData: { copies: [...copies], places } satisfies MarkdownWork,
      resourceLimits: HELPER_THREAD_LIMITS,
    });
    // A build that fails meanwhile exits without waiting for the thread.
    worker.unref();
    worker.on('message', ({ index, failed: reason }: MarkdownReport) => {
      done[index] = true;
      if (reason !== undefined) failed ??= `The Markdown copy ${copies[index]!.file} could not be written: ${reason}`;
    });
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      if (failed) return reject(new Error(failed));
      try {
        writeEach(
          copies.filter((_, index) => !done[index]),
          places,
        );
        resolve();
      } catch (error) {
        reject(error);
      }
    });
  });
}
