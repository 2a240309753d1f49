// Node-only: lets a worker thread import this project's TypeScript modules as Node runs them.
import { registerHooks } from 'node:module';

/** A relative import without an extension (`./routes`), as Vite and TypeScript allow and Node does not. */
const EXTENSIONLESS = /^\.{1,2}\/(?!.*\.[cm]?[jt]sx?$)/;

/**
 * Makes `import './routes'` find `./routes.ts` in this thread. Astro loads src/ through Vite, which resolves
 * such imports; a worker thread started by the build runs on Node's own loader, which needs the extension.
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
