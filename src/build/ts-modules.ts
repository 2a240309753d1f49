// Node-only: lets a thread import this project's TypeScript modules as Node runs them.
import { registerHooks } from 'node:module';

/** A relative import without an extension (`./routes`), as Vite and TypeScript allow and Node does not. */
const EXTENSIONLESS = /^\.{1,2}\/(?!.*\.[cm]?[jt]sx?$)/;

/**
 * Makes `import './routes'` find `./routes.ts` in this thread. Vite resolves such imports for the code it
 * bundles; Node's own loader needs the extension, and runs astro.config.mjs with its integrations and the
 * worker threads a build starts.
 */
export function resolveExtensionlessTs(): void {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (!EXTENSIONLESS.test(specifier)) return nextResolve(specifier, context);
      try {
        return nextResolve(`${specifier}.ts`, context);
      } catch {
        return nextResolve(specifier, context);
      }
    },
  });
}
