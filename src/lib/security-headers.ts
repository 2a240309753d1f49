import { CSP_DIRECTIVES } from './security-policy.ts';

/**
 * Response headers every page is served with. The Content-Security-Policy repeats the one each page
 * carries in its <meta> tag, with the hashes of every page's inline styles and scripts, and adds what a
 * <meta> policy cannot set (frame-ancestors).
 */
export const SECURITY_HEADERS = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // A patient's reading list is nobody's business: send no referrer to other sites.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/** Long, immutable caching for files whose names carry a content hash; an hour for the search index. */
export const CACHE_RULES = [
  { path: '/_astro/*', cacheControl: 'public, max-age=31536000, immutable' },
  { path: '/pagefind/*', cacheControl: 'public, max-age=3600' },
] as const;

/**
 * Types static hosts may not know: guides as Markdown and llms.txt for AI assistants, in UTF-8 (the
 * guides use curly quotes and dashes).
 */
export const CONTENT_TYPES = [
  { path: '/*.md', contentType: 'text/markdown; charset=utf-8' },
  { path: '/llms.txt', contentType: 'text/plain; charset=utf-8' },
] as const;

/** HTML and other unhashed files: cache briefly, then check back, so a reviewed guide reaches readers fast. */
export const SHORT_CACHE = 'public, max-age=300, must-revalidate';

/** A Content-Security-Policy as directive name → its sources, e.g. `script-src` → `['self', 'sha256-…']`. */
export function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/**
 * One policy for the whole site from the policies Astro wrote into each page: every directive of the
 * pages with the union of their sources (so a clinic's analytics host in connect-src reaches the header
 * exactly as the pages have it; script and style hashes sorted), and frame-ancestors 'none'. A page
 * policy that names a directive twice was tampered with (a browser would obey only the first): refused.
 */
export function sitePolicy(pagePolicies: readonly string[]): string {
  const parsed = pagePolicies.map((policy) => {
    const names = policy.split(';').map((part) => part.trim().split(/\s+/)[0]).filter(Boolean);
    const twice = names.find((name, index) => names.indexOf(name) !== index);
    if (twice) throw new Error(`A page's Content-Security-Policy names ${twice} twice, so the header policy cannot agree with it: ${policy}`);
    return parsePolicy(policy);
  });
  const union = (directive: string) => [...new Set(parsed.flatMap((policy) => policy.get(directive) ?? []))];
  const fixed = CSP_DIRECTIVES.map((directive) => {
    const [name, ...base] = directive.split(' ') as [string, ...string[]];
    const extra = union(name).filter((source) => !base.includes(source)).sort();
    return [name, ...base, ...extra].join(' ');
  });
  const fixedNames = new Set(CSP_DIRECTIVES.map((directive) => directive.split(' ')[0]));
  const others = [...new Set(parsed.flatMap((policy) => [...policy.keys()]))]
    .filter((name) => !fixedNames.has(name) && name !== 'script-src' && name !== 'style-src')
    .sort()
    .map((name) => [name, ...union(name).sort()].join(' '));
  return [
    ...fixed,
    ...others,
    `script-src ${union('script-src').sort().join(' ')}`,
    `style-src ${union('style-src').sort().join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every security header with its value, the policy included. */
export function securityHeaders(policy: string): [string, string][] {
  return Object.entries({ 'Content-Security-Policy': policy, ...SECURITY_HEADERS });
}

/**
 * The `_headers` file static hosts (Netlify, Cloudflare Pages and others) read. Hosts merge every rule
 * that matches a path, so Cache-Control is set only on the hashed folders, never on `/*` as well.
 */
export function headersFile(policy: string): string {
  const all = ['/*', ...securityHeaders(policy).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const caching = CACHE_RULES.map((rule) => `${rule.path}\n  Cache-Control: ${rule.cacheControl}`);
  const types = CONTENT_TYPES.map((rule) => `${rule.path}\n  Content-Type: ${rule.contentType}`);
  return `${[all, ...caching, ...types].join('\n')}\n`;
}
