// Reads the headers every response gets from a built site's `_headers` file (its "/*" block), so the
// nginx config and its test use the policy the build wrote, parsed in one place (src/build/static-hosts.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeadersFile } from '../src/build/static-hosts.ts';

/**
 * [name, value] pairs of the "/*" block of `<distDir>/_headers`; throws with a hint when it is missing.
 * @param {string} distDir
 * @returns {[string, string][]}
 */
export function readSiteHeaders(distDir) {
  const file = join(distDir, '_headers');
  if (!existsSync(file)) throw new Error(`No ${file}: build the site first (npm run build, or CLINIC=<id> npm run build).`);
  return parseHeadersFile(readFileSync(file, 'utf8')).find((rule) => rule.path === '/*')?.headers ?? [];
}
