// Writes a deterministic synthetic corpus for the benchmark: `.bench/<N>/project/` (this project with N
// generated guides that pass the real content checks) and `.bench/<N>/bare/` (a bare Astro site over the
// same guide files). Both share node_modules by symlink; `.bench/` is git-ignored.
// Usage: node scripts/bench/corpus.mjs --guides 1000 [--seed 14] [--out .bench/1000]
await import('../check-node.mjs');
const { resolve, join } = await import('node:path');
const { loadTs } = await import('./load-ts.mjs');

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
};
const root = resolve(import.meta.dirname, '..', '..');
const count = Number(arg('guides', '100'));
const seed = Number(arg('seed', '14'));
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('--guides must be a whole number of guides (at least 1) and --seed a whole number. Example: --guides 1000 --seed 14');
  process.exit(1);
}
const dest = resolve(arg('out', join(root, '.bench', String(count))));
const { writeBenchSites } = await loadTs(root, '/src/bench/bench-project.ts');
const { project, bare, guides } = writeBenchSites(root, dest, count, seed);
console.log(`${guides.length} guides (seed ${seed}) written to ${project} and ${bare}`);
