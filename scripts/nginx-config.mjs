// Prints an nginx server block for the built site: npm run nginx-config [-- --root dist --listen 80 --server-name example.org]
// The security headers come from the build's own dist/_headers, so the server sends the policy the pages carry;
// the caching from the rule table _headers is made of, so nginx and the static hosts cache alike.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readSiteHeaders } from './headers-file.mjs';
import { CACHE_RULES, SHORT_CACHE } from '../src/lib/security-headers.ts';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
};
const root = resolve(option('root', 'dist'));
let headers;
try {
  headers = readSiteHeaders(root);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const siteUrl = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(root, 'index.html'), 'utf8'))?.[1];
const serverName = option('server-name', siteUrl ? new URL(siteUrl).hostname : '_');
const siteName = /<title>([^<]*)<\/title>/.exec(readFileSync(join(root, 'index.html'), 'utf8'))?.[1] ?? 'the site';

const quote = (value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const securityHeaders = (indent) => headers.map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`).join('\n');
const template = readFileSync(join(import.meta.dirname, 'nginx.conf.template'), 'utf8');
const config = template
  .replace(/^( *)\{\{security_headers\}\}$/gm, (_, indent) => securityHeaders(indent || '        '))
  .replace(/\{\{cache (\S+)\}\}/g, (_, path) => {
    const rule = CACHE_RULES.find((candidate) => candidate.path === path);
    if (!rule) throw new Error(`nginx.conf.template: {{cache ${path}}} names no rule of CACHE_RULES in src/lib/security-headers.ts. Use one of ${CACHE_RULES.map((candidate) => candidate.path).join(', ')}.`);
    return rule.cacheControl;
  })
  .replaceAll('{{short_cache}}', SHORT_CACHE)
  .replaceAll('{{root}}', root)
  .replaceAll('{{listen}}', option('listen', '80'))
  .replaceAll('{{server_name}}', serverName)
  .replaceAll('{{site_name}}', siteName.replace(/\n/g, ' '));
process.stdout.write(config);
