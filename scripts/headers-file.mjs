// Reads the headers every response gets from a built site's `_headers` file (its "/*" block), so the
// nginx config and its test use the policy the build wrote, parsed in one place.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * [name, value] pairs of the "/*" block of `<distDir>/_headers`; throws with a hint when it is missing.
 * @param {string} distDir
 * @returns {[string, string][]}
 */
export function readSiteHeaders(distDir) {
  const file = join(distDir, '_headers');
  if (!existsSync(file)) throw new Error(`No ${file}: build the site first (npm run build, or CLINIC=<id> npm run build).`);
  const lines = readFileSync(file, 'utf8').split('\n');
  /** @type {[string, string][]} */
  const headers = [];
  for (const line of lines.slice(lines.indexOf('/*') + 1)) {
    if (!line.startsWith('  ')) break;
    const at = line.indexOf(':');
    headers.push([line.slice(2, at).trim(), line.slice(at + 1).trim()]);
  }
  return headers;
}
