// Runs before every script: Astro 7 and vitest 5 need Node >= 22.12, and scripts/check-chromium.mjs imports a
// TypeScript module directly, which Node does without flags from 22.18. The project brings its own Node 24
// (npm package `node`); if that install was skipped, scripts would fall back to the system Node.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `microneedling-guide needs Node 22.18 or newer, but this script ran on Node ${process.versions.node}.\n` +
      'The project brings its own Node 24 as a devDependency: run `npm install` (without --ignore-scripts)\n' +
      'and start scripts with `npm run …` so node_modules/.bin/node is used.',
  );
  process.exit(1);
}
