// `npm test` after its guards: Vitest, and the type check (scripts/typecheck.mjs) beside it at the lowest
// priority (scripts/beside.mjs). Vitest leaves the two cores about 30% idle (its browser tests wait on Chromium
// and on servers), and the type check run before it added 20–25 s to every run.
import { join } from 'node:path';
import { runBeside } from './beside.mjs';

const node = process.execPath;
process.exit(
  await runBeside({
    tests: [node, join('node_modules', 'vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)],
    check: [node, join('scripts', 'typecheck.mjs')],
    checkName: 'Type check (astro check)',
    cwd: join(import.meta.dirname, '..'),
  }),
);
