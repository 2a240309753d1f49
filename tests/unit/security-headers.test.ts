import { describe, expect, it } from 'vitest';
import { headersFile, parsePolicy, sitePolicy } from '../../src/lib/security-headers';
import { cspSetting } from '../../src/lib/security-policy';

const page = (scripts: string, styles: string) =>
  `default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${scripts}; style-src 'self' ${styles}`;

describe('the site-wide policy', () => {
  it('joins every page’s script and style sources, once each, sorted, and forbids framing', () => {
    const policy = sitePolicy([page("'sha256-b'", "'sha256-s1'"), page("'sha256-a' 'sha256-b'", "'sha256-s2'")]);
    expect(policy.split('; ').slice(-3)).toEqual([
      "script-src 'self' 'sha256-a' 'sha256-b' 'wasm-unsafe-eval'",
      "style-src 'self' 'sha256-s1' 'sha256-s2'",
      "frame-ancestors 'none'",
    ]);
    expect(policy.startsWith("default-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self';")).toBe(true);
  });

  it('keeps every source the pages allow, so a clinic’s analytics host reaches the header as the pages have it', () => {
    const analytics = cspSetting('https://stats.my-clinic.example/js/script.js');
    const pagePolicy = [...analytics.directives!, `script-src ${analytics.scriptDirective!.resources!.join(' ')} 'sha256-a'`, "style-src 'self' 'sha256-s'"].join('; ');
    const header = parsePolicy(sitePolicy([pagePolicy, page("'sha256-b'", "'sha256-s'")]));
    const pageParsed = parsePolicy(pagePolicy);
    for (const [directive, sources] of pageParsed) expect(header.get(directive), directive).toEqual(expect.arrayContaining(sources));
    expect(header.get('connect-src')).toEqual(["'self'", 'https://stats.my-clinic.example']);
    expect(header.get('script-src')).toEqual(["'self'", "'sha256-a'", "'sha256-b'", "'wasm-unsafe-eval'", 'https://stats.my-clinic.example']);
  });

  it('refuses a page policy that names a directive twice, rather than losing the script hashes', () => {
    expect(() => sitePolicy([`${page("'sha256-a'", '')}; script-src 'self'`])).toThrowErrorMatchingInlineSnapshot(`[Error: A page's Content-Security-Policy names script-src twice, so the header policy cannot agree with it: default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-a'; style-src 'self' ; script-src 'self']`);
  });

  it('becomes a _headers file with security headers for all paths, caching only for hashed folders, and types for Markdown and llms.txt', () => {
    expect(headersFile("default-src 'self'")).toMatchInlineSnapshot(`
      "/*
        Content-Security-Policy: default-src 'self'
        Strict-Transport-Security: max-age=63072000; includeSubDomains
        X-Content-Type-Options: nosniff
        Referrer-Policy: no-referrer
        Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()
        Cross-Origin-Opener-Policy: same-origin
      /_astro/*
        Cache-Control: public, max-age=31536000, immutable
      /pagefind/*
        Cache-Control: public, max-age=3600
      /*.md
        Content-Type: text/markdown; charset=utf-8
      /llms.txt
        Content-Type: text/plain; charset=utf-8
      "
    `);
  });
});

describe('the policy Astro writes into pages', () => {
  it('adds nothing beyond this site unless a clinic names its own analytics script', () => {
    expect(cspSetting().scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    const withAnalytics = cspSetting('https://stats.my-clinic.example/js/script.js');
    expect(withAnalytics.scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'", 'https://stats.my-clinic.example']);
    expect(withAnalytics.directives).toContain("connect-src 'self' https://stats.my-clinic.example");
    expect(() => cspSetting('https://stats.example;script-src/x.js')).toThrowErrorMatchingInlineSnapshot(`[Error: The analytics origin https://stats.example;script-src is not a plain https host; it cannot go into the security policy.]`);
  });
});
