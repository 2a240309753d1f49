// Node-only: how the build's helper threads (page checks, Markdown copies) are started.

/**
 * The memory limits a helper thread starts with. V8 sizes a thread's young generation from the machine's
 * memory (about 190 MB a thread here, on 24 GB); what these threads make is short-lived and small, and at
 * 32 MB two page-check threads take 230 MB instead of 430 MB in all, in the same time.
 */
export const HELPER_THREAD_LIMITS = { maxYoungGenerationSizeMb: 32 };
