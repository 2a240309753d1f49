// Measures what the tests must not assert: build times, and the weight of what a reader downloads.
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
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One `astro build` into a fresh folder; returns the folder and the seconds it took. */
function build(env = {}) {
  const out = mkdtempSync(join(tmpdir(), 'mng-bench-'));
  const started = performance.now();
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', out], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  return { out, seconds: (performance.now() - started) / 1000 };
}

const files = (dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
const guidePages = (dir) => files(dir).filter((name) => /^(consultation|procedure|aftercare|maintenance|topics)\/[^/]+\/index\.html$/.test(name));
const pageCss = (dir, page) =>
  [...readFileSync(join(dir, page), 'utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => readFileSync(join(dir, match[1])));

const builds = Array.from({ length: runs }, () => build());
const site = builds.at(-1).out;
console.log(`Default site build (${runs} runs): median ${median(builds.map((b) => b.seconds)).toFixed(1)} s, min ${Math.min(...builds.map((b) => b.seconds)).toFixed(1)} s`);

const pages = guidePages(site);
const html = pages.map((page) => gz(readFileSync(join(site, page))));
const css = pages.map((page) => pageCss(site, page).reduce((sum, file) => sum + gz(file), 0));
console.log(`Guide pages: ${pages.length}; HTML gzip median ${kb(median(html))}, max ${kb(Math.max(...html))}; CSS gzip per page ${kb(median(css))}`);
const example = 'aftercare/first-week/index.html';
console.log(`One guide page (${example}): HTML ${kb(gz(readFileSync(join(site, example))))} + CSS ${kb(pageCss(site, example).reduce((sum, file) => sum + gz(file), 0))} gzip`);

// A page's script and, recursively, its static imports: what a reader downloads before doing anything.
const staticClosure = (entry, seen = new Set()) => {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(site, entry), 'utf8');
  for (const match of code.matchAll(/(?:^|[;\n])import\s*(?:[^"';]*?from\s*)?"\.\/([^"]+)"/g)) staticClosure(join('_astro', match[1]), seen);
  return seen;
};
const size = (list) => kb(list.reduce((sum, file) => sum + gz(readFileSync(join(site, file))), 0));
const launcher = /<script type="module" src="\/([^"]+)"/.exec(readFileSync(join(site, example), 'utf8'))[1];
console.log(`Search launcher on content pages: ${size([...staticClosure(launcher)])} gzip (launcher and its static imports)`);
const ui = files(site).filter((name) => /^_astro\/search-ui\.[^/]+\.js$/.test(name));
console.log(`Search UI loaded on demand: ${size(ui)} gzip`);
const index = files(site).filter((name) => name.startsWith('pagefind/') && !name.endsWith('.gz') && !/ui\.(js|css)$|highlight/.test(name));
console.log(`Search index: ${index.length} files, ${kb(index.reduce((sum, name) => sum + statSync(join(site, name)).size, 0))} (Pagefind's own UI bundles not counted, never loaded)`);

const planEntries = [...readFileSync(join(site, 'plan', 'index.html'), 'utf8').matchAll(/<script type="module" src="\/([^"]+)"/g)].map((match) => match[1]);
const planFiles = new Set(planEntries.flatMap((entry) => [...staticClosure(entry)]));
const onDemand = [...planFiles].flatMap((file) => [...readFileSync(join(site, file), 'utf8').matchAll(/import\(`\.\/([^`]+)`\)/g)].map((match) => join('_astro', match[1])));
// The plan tool loads its calendar library only when a reader asks for a calendar file.
console.log(`Plan tool (/plan/): ${size([...planFiles])} gzip on load (launcher included); calendar library on demand ${size(onDemand)} gzip`);

for (const clinic of readdirSync(join('content', 'clinics'))) {
  const { out, seconds } = build({ CLINIC: clinic });
  const home = gz(readFileSync(join(out, 'index.html'))) - gz(readFileSync(join(site, 'index.html')));
  console.log(`Clinic ${clinic}: build ${seconds.toFixed(1)} s; branding adds ${kb(home)} gzip to the home page HTML`);
  rmSync(out, { recursive: true, force: true });
}
for (const { out } of builds) rmSync(out, { recursive: true, force: true });
