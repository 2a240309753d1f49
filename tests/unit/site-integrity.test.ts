import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/lib/link-check';
import { validateHtml } from '../../src/lib/html-check';

const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body>${body}</body></html>`;

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mng-links-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('link check', () => {
  it('accepts links to pages, files and headings that exist', () => {
    const dir = site({
      'index.html': page('<a href="/a/">A</a> <a href="/a/#part">part</a> <a href="#top">top</a><img src="/logo.svg" alt="x"><h1 id="top">x</h1>'),
      'a/index.html': page('<h2 id="part">Part</h2><a href="https://example.org/" target="_blank" rel="noopener">out</a><a href="tel:+441632960000">call</a>'),
      'logo.svg': '<svg/>',
    });
    expect(findBrokenLinks(dir, 'https://example.org')).toEqual([]);
  });

  it('names each broken link, missing fragment, http link and unsafe new tab', () => {
    const dir = site({
      'index.html': page('<a href="/missing/">m</a><a href="/a/#nope">f</a><a href="http://example.com/">h</a><a href="https://example.com/" target="_blank">t</a>'),
      'a/index.html': page('<h2 id="part">Part</h2>'),
    });
    expect(findBrokenLinks(dir, 'https://example.org')).toEqual([
      { page: 'index.html', href: '/missing/', reason: 'points to no file in the site' },
      { page: 'index.html', href: '/a/#nope', reason: 'points to #nope, which is not an id on that page' },
      { page: 'index.html', href: 'http://example.com/', reason: 'is an external link that is not https' },
      { page: 'index.html', href: 'https://example.com/', reason: 'opens a new tab without rel="noopener"' },
    ]);
  });
});

describe('HTML validity', () => {
  it('passes valid HTML and names the rule and line of invalid HTML', async () => {
    expect(await validateHtml(page('<p>Fine</p>'))).toEqual([]);
    const problems = await validateHtml(page('<p id="x">One</p>\n<p id="x">Two</p>\n<div><span></div>'));
    expect(problems.map((problem) => problem.rule)).toEqual(expect.arrayContaining(['no-dup-id']));
    expect(problems.every((problem) => problem.line >= 1)).toBe(true);
  });
});

describe('HTML structure the validator misses', () => {
  it('names a script written after </html>', async () => {
    const html = `${page('<p>Fine</p>')}\n<script type="module" src="/_astro/x.js"></script>`;
    expect(await validateHtml(html, 'search/index.html')).toMatchInlineSnapshot(`
      [
        {
          "line": 2,
          "message": "content after </html> ("<script type="module" src="/_astro/x.js""); put it inside the layout",
          "page": "search/index.html",
          "rule": "content-after-html",
        },
      ]
    `);
  });

  it('names an empty <time> without datetime, accepts one with datetime or a date as text', async () => {
    expect(await validateHtml(page('<time datetime="2026-12-04">4 December</time> <time>2026-12-04</time>'))).toEqual([]);
    expect(await validateHtml(page('<h3>Day 1\n<time class="when" hidden></time></h3>'), 'plan/index.html')).toMatchInlineSnapshot(`
      [
        {
          "line": 2,
          "message": "<time> has no datetime attribute and its text "" is not a date; add datetime="YYYY-MM-DD" or use another element",
          "page": "plan/index.html",
          "rule": "time-datetime",
        },
      ]
    `);
  });
});
