import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import * as cheerio from 'cheerio';
import { CACHE_RULES, parsePolicy, SECURITY_HEADERS } from '../../src/lib/security-headers';
import { CSP_DIRECTIVES } from '../../src/lib/security-policy';
import { allHtmlFiles, loadPage } from '../support/site-files';
import { ALIGNED_TABLE } from '../support/global-setup';
import { readSiteHeaders } from '../../scripts/headers-file.mjs';

const builds = inject('builds');
const sites = { 'default site': builds.distDir, ...builds.clinics };

/** The `/*` block of a built site's `_headers` file as header name → value. */
const headersForAll = (dir: string) => new Map(readSiteHeaders(dir));

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('style attributes, which the Content-Security-Policy blocks', () => {
  it('are on no page of any site, a guide\'s aligned table column included (aligned by class instead)', () => {
    for (const dir of [...Object.values(sites), builds.hostileClinic]) {
      for (const page of allHtmlFiles(dir)) {
        const $ = cheerio.load(readFileSync(join(dir, page), 'utf8'));
        expect($('[style]').toArray().map((element) => $.html(element).slice(0, 80)), `${dir}/${page}`).toEqual([]);
      }
    }
    const $ = loadPage(builds.hostileClinic, ALIGNED_TABLE.route);
    expect($('.prose tr').last().children().toArray().map((cell) => $(cell).attr('class'))).toEqual(['align-center', 'align-right']);
  });
});

describe.each(Object.entries(sites))('Content-Security-Policy of the %s', (_name, dir) => {
  const headerPolicy = parsePolicy(headersForAll(dir).get('Content-Security-Policy')!);

  it('is on every page, strict, and allows each inline script and style the page has by its hash', () => {
    const pages = allHtmlFiles(dir);
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const $ = cheerio.load(readFileSync(join(dir, page), 'utf8'));
      const metas = $('meta[http-equiv="content-security-policy"]');
      expect(metas, page).toHaveLength(1);
      const policy = parsePolicy(metas.attr('content')!);
      for (const fixed of CSP_DIRECTIVES) {
        const [name, ...values] = fixed.split(' ');
        expect(policy.get(name!), `${page} ${name}`).toEqual(expect.arrayContaining(values));
      }
      const all = [...policy.values()].flat();
      expect(all, page).not.toContain("'unsafe-inline'");
      expect(all, page).not.toContain("'unsafe-eval'");
      expect(all.filter((source) => source === '*' || source.startsWith('http:')), page).toEqual([]);
      // JSON-LD blocks are data, never run, so the policy does not apply to them.
      for (const element of $('script:not([src]):not([type="application/ld+json"]), style').toArray()) {
        const directive = element.tagName === 'style' ? 'style-src' : 'script-src';
        expect(policy.get(directive), `${page}: inline ${element.tagName}`).toContain(sha256($(element).text()));
      }
      // The header the server sends allows at least what the page's own policy allows, and no more hosts.
      for (const directive of ['script-src', 'style-src'] as const) {
        expect(headerPolicy.get(directive), `${page} ${directive}`).toEqual(expect.arrayContaining(policy.get(directive)!));
      }
    }
  });

  it('is sent as a header too, with the protections a <meta> tag cannot carry', () => {
    expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
    for (const fixed of CSP_DIRECTIVES) {
      const [name, ...values] = fixed.split(' ');
      expect(headerPolicy.get(name!)).toEqual(values);
    }
    const headers = headersForAll(dir);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers.get(name), name).toBe(value);
    // Static hosts merge every matching rule: caching must not be set for all paths.
    expect(headers.has('Cache-Control')).toBe(false);
    const text = readFileSync(join(dir, '_headers'), 'utf8');
    for (const rule of CACHE_RULES) expect(text).toContain(`${rule.path}\n  Cache-Control: ${rule.cacheControl}\n`);
  });
});
