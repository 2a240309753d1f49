// Node-only: how the build's process and its helper threads (page checks, Markdown copies) use memory and
// the cores.
import { setPriority } from 'node:os';

/**
 * Set by scripts/build-clinics.mjs on the builds it runs side by side: how many run at once. A build without
 * it is taken to have the machine to itself.
 */
export const BUILDS_AT_ONCE_ENV = 'MNG_BUILDS_AT_ONCE';

/**
 * The memory limits a helper thread starts with. V8 sizes a thread's young generation from the machine's
 * memory (about 190 MB a thread here, on 24 GB); what these threads make is short-lived and small, and at
 * 32 MB two page-check threads take 230 MB instead of 430 MB in all, in the same time.
 */
export const HELPER_THREAD_LIMITS = { maxYoungGenerationSizeMb: 32 };

/**
 * The size of site (guides or pages) from which the build starts its helper threads: the page checks during
 * the render and after it, and the Markdown copies. Each thread spends 0.3–0.5 s loading its parser or
 * validator and holds an isolate of its own. At 100 guides the threads saved no time, and without them a
 * build took 8.0–8.4 s instead of 8.3–9.3 s, with a peak RSS of 745–762 MiB instead of 875–891 MiB
 * (interleaved runs). At 1,000 guides they move about 12 s of CPU off the build's thread.
 */
export const HELPER_THREADS_FROM = 300;

/**
 * Below this many guides, the threads that work while Astro starts, syncs and bundles (the writing checks,
 * the social cards) yield the cores to Astro's thread (`yieldCores`). On a small site they finish long before
 * the render needs them, and what the build waits for is Astro's own work, which they slowed: at 100 guides,
 * in 12 interleaved pairs of clean builds, the build took 0.03–0.91 s less when they yielded (0.44 s on
 * average). At 1,000 guides the writing checks then ended after the bundling and delayed the render, and
 * yielding only the cards' thread made no difference beyond the spread (8 pairs).
 */
export const EARLY_THREADS_YIELD_BELOW = HELPER_THREADS_FROM;

/**
 * Whether a thread that works while Astro starts yields the cores, given the guides it has work for: the guides
 * whose writing it checks, or the cards it draws (a rebuild leaves it only the changed ones). Not in builds
 * run side by side (`build:clinics`): the cores are busy with the other builds there, and a thread that gave way
 * to all of them would hold up its own build's render.
 */
export const earlyThreadsYield = (guides: number, env: NodeJS.ProcessEnv = process.env): boolean =>
  guides < EARLY_THREADS_YIELD_BELOW && Number(env[BUILDS_AT_ONCE_ENV] ?? 1) <= 1;

/**
 * The number of guides to check from which the writing checks (reading level, sentence length and the other
 * text gates) run in a thread while Astro bundles, instead of on the build's thread before it starts. Lower
 * than the others: this thread has the bundling's idle core to itself, and the build's thread starts Astro's
 * content sync sooner. At 100 guides, in nine interleaved pairs of clean builds, the content was read 0.4–0.7 s
 * sooner and the build took 0.2 s less on average (7.4–9.8 s against 8.1–9.7 s).
 */
export const WRITING_THREAD_FROM = 50;

/**
 * Allocator settings for the Astro process a build runs (scripts/build.mjs); a value already in the
 * environment wins. Vite's bundler (Rolldown) allocates with mimalloc, which kept about 450 MB it had freed
 * after bundling 1,000 guides until the process ended, while the pages were rendered and checked; with no
 * purge delay it hands freed pages back at once. At 1,000 guides the build's peak RSS fell from 1,556–1,568
 * to 1,161–1,171 MiB, in interleaved runs. (resvg allocates with mimalloc too: while it still filled every
 * card's 3 MB of pixels, the same setting slowed the cards by a third; it now fills only glyphs.)
 */
export const BUILD_MEMORY: Readonly<Record<string, string>> = { MIMALLOC_PURGE_DELAY: '0' };

/** The niceness a thread that yields takes (0 is the default, 19 the lowest priority). */
const YIELDING_NICENESS = 10;

/**
 * Lowers the priority of the calling worker thread, so that another task of the build gets the cores first
 * and this one takes what it leaves. Linux only: there a priority is a thread's own, and elsewhere it would
 * lower the whole build's process. A thread may always lower its own priority; it cannot raise it again.
 * Says whether it did: where the system refuses (a sandbox that forbids the call), the thread runs on at
 * its priority, since the order of the work is only about speed.
 */
export function yieldCores(platform: NodeJS.Platform = process.platform, lower: (niceness: number) => void = setPriority): boolean {
  if (platform !== 'linux') return false;
  try {
    lower(YIELDING_NICENESS);
    return true;
  } catch {
    return false;
  }
}
