// Lists, per guide, the commits that changed the upstream content since a tag, commit or day, so a clinic
// that pulled upstream knows which guides to reread (src/build/content-changelog.ts).
// Usage: npm run content-changelog -- --since <tag|commit|YYYY-MM-DD> [--clinic <id>]
//   --clinic  put first, and mark, the changed guides that clinic replaces or hides
await import('./check-node.mjs');
const { resolve } = await import('node:path');
const { contentChangelog } = await import('../src/build/content-changelog.ts');

const option = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
};
const since = option('since');
if (!since) {
  console.error('content-changelog: needs --since <tag|commit|YYYY-MM-DD>, e.g. npm run content-changelog -- --since 2026-12-01');
  process.exit(1);
}
try {
  process.stdout.write(contentChangelog(resolve(import.meta.dirname, '..'), since, option('clinic')));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
