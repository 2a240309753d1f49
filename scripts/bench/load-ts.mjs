// The bench reuses the project's TypeScript (the generator imports the content check's own modules, which
// import without extensions), so it loads them through Vite, as scripts/content-report.mjs does.
import { createServer } from 'vite';

/** Loads one module of the project at `root` (a path from the root, e.g. `/src/bench/corpus.ts`). */
export async function loadTs(root, path) {
  const vite = await createServer({ root, configFile: false, server: { middlewareMode: true, watch: null }, appType: 'custom', logLevel: 'error' });
  try {
    return await vite.ssrLoadModule(path);
  } finally {
    await vite.close();
  }
}
