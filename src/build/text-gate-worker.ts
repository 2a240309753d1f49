// Node-only: a worker thread that runs the gates of the guides a content check left for later
// (see text-gates-later.ts), in order, and reports each guide as it is done.
import { parentPort, workerData } from 'node:worker_threads';
import { resolveExtensionlessTs } from './ts-modules.ts';
import { yieldCores } from './thread-limits.ts';
import type { LaterWork } from './text-gates-later.ts';

const { guides, context, frontmatter, yielding } = workerData as LaterWork;
// Before the checks' modules load: their loading is work to give way with too.
if (yielding) yieldCores();
resolveExtensionlessTs();
const { checkGuideLater } = await import('../checks/gate-cache.ts');
const { parseMdx } = await import('../lib/mdx-source.ts');
const { rememberFrontmatter } = await import('../lib/frontmatter.ts');

rememberFrontmatter(frontmatter);
for (const guide of guides) parentPort!.postMessage(checkGuideLater(guide, context, parseMdx));
