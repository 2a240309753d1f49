import { describe, expect, it } from 'vitest';
import { htmlPage as page, htmlSite as site } from '../support/html-site';
import { findBrokenLinks, pageLinks } from '../../src/lib/link-check';
import { configLoader, validateHtml } from '../../src/lib/html-check';


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

describe('links read in one streaming pass', () => {
  it('gives ids and links with decoded values, hrefs before srcs, canonical and meta left out', () => {
    const html = page(
      '<img src="/a.png" alt=""><a id="x" href="/a/?p=1&amp;q=2#s&#233;" target="_blank" rel="noopener">a</a><link rel="canonical" href="/c/"><meta property="og:url" content="/m/"><svg><symbol id="icon"></symbol><use href="#icon"></use></svg>',
    );
    expect(pageLinks(html)).toEqual({
      ids: ['x', 'icon'],
      links: [
        { url: '/a/?p=1&q=2#sé', target: '_blank', rel: 'noopener' },
        { url: '#icon', target: undefined, rel: undefined },
        { url: '/a.png', target: undefined, rel: undefined },
      ],
    });
  });

  it('checks links in a <noscript> fallback too (the DOM parser read it as text and skipped them)', () => {
    const dir = site({ 'index.html': page('<noscript><a href="/gone/">every guide</a></noscript>') });
    expect(findBrokenLinks(dir, 'https://example.org')).toEqual([{ page: 'index.html', href: '/gone/', reason: 'points to no file in the site' }]);
  });
});

describe('HTML validity', () => {
  it('resolves html-validate\'s configuration and element metadata once, not once per page', async () => {
    for (const body of ['<p>One</p>', '<p>Two</p>', '<p id="x">3</p><p id="x">3</p>']) await validateHtml(page(body));
    expect(configLoader.resolutions).toBe(1);
  });


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
