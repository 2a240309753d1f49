// Measures what the tests must not assert: build time, and the weight of what a reader downloads.
// Usage: npm run bench [-- --runs 3]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const times = [];
let out;
for (let run = 0; run < runs; run += 1) {
  if (out) rmSync(out, { recursive: true, force: true });
  out = mkdtempSync(join(tmpdir(), 'mng-bench-'));
  const started = performance.now();
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', out], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  times.push((performance.now() - started) / 1000);
}
times.sort((a, b) => a - b);

const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(out, name)).isFile());
const guidePages = files.filter((name) => /^(consultation|procedure|aftercare|maintenance|topics)\/[^/]+\/index\.html$/.test(name));
const htmlSizes = guidePages.map((name) => gz(readFileSync(join(out, name))));
const css = files.filter((name) => name.endsWith('.css') && name.startsWith('_astro'));
const js = files.filter((name) => name.endsWith('.js') && name.startsWith('_astro'));
const index = files.filter((name) => name.startsWith('pagefind/') && !/-ui\.|component-ui|modular-ui|highlight/.test(name));
const indexBytes = index.reduce((sum, name) => sum + statSync(join(out, name)).size, 0);

console.log(`Build (${runs} runs): median ${times[Math.floor(runs / 2)].toFixed(1)} s, min ${times[0].toFixed(1)} s, max ${times.at(-1).toFixed(1)} s`);
console.log(`Guide pages: ${guidePages.length}; HTML gzip median ${kb(htmlSizes.sort((a, b) => a - b)[Math.floor(htmlSizes.length / 2)] ?? 0)}, max ${kb(Math.max(...htmlSizes))}`);
for (const name of [...css, ...js]) console.log(`${name}: ${kb(statSync(join(out, name)).size)} raw, ${kb(gz(readFileSync(join(out, name))))} gzip`);
console.log(`Search index: ${index.length} files, ${kb(indexBytes)}`);
rmSync(out, { recursive: true, force: true });
