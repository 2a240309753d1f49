import { describe, expect, it } from 'vitest';
import { headersFile, sitePolicy } from '../../src/lib/security-headers';
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
  });
});
