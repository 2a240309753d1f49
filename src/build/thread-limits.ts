// Node-only: how the build's process and its helper threads (page checks, Markdown copies) use memory.

/**
 * The memory limits a helper thread starts with. V8 sizes a thread's young generation from the machine's
 * memory (about 190 MB a thread here, on 24 GB); what these threads make is short-lived and small, and at
 * 32 MB two page-check threads take 230 MB instead of 430 MB in all, in the same time.
 */
export const HELPER_THREAD_LIMITS = { maxYoungGenerationSizeMb: 32 };

/**
 * Memory allocators' settings for the Astro process a build runs (scripts/build.mjs); a value already in the
 * environment wins. Both allocators otherwise keep memory the build has finished with until the process ends,
 * and the peak comes late, while pages are rendered and validated:
 * - glibc's malloc gives each thread that allocates (the helper threads, Vite's) an arena of its own; two
 *   arenas hold what they all free.
 * - Vite's bundler (Rolldown) allocates with mimalloc, which held about 450 MB after bundling 1,000 guides
 *   until the process ended; with no purge delay it hands freed pages back at once.
 * At 1,000 guides the build's peak RSS went from about 1,570 to 1,290–1,390 MiB, in the same time.
 */
export const BUILD_MEMORY: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2', MIMALLOC_PURGE_DELAY: '0' };
