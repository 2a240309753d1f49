import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-check';
import { normalizeUrl, urlScheme } from '../../src/checks/url-scheme';
import { formatProblem } from '../../src/lib/friendly-errors';
import { contentFixture, setField } from '../support/fixture-content';

const TODAY = new Date('2026-11-22T00:00:00Z');
const GUIDE = 'aftercare/guide-1.mdx';

/** The problems a guide with `body` appended (from line 37) gets from the whole content check. */
function refusals(body: string, guide = GUIDE): string[] {
  const root = contentFixture({ [guide]: (source) => `${source}\n${body}\n` });
  return checkContent(root, { today: TODAY }).problems.map(formatProblem);
}

describe('the guide language: code is refused', () => {
  it('refuses MDX import and export', () => {
    expect(refusals("import fs from 'node:fs'\n\nexport const secret = 1")).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:37: "import fs from 'node:fs'" is an MDX import or export: guides are data and cannot run code. Remove it: the components (Aside, BookingLink, CareCard, Checklist, Term, Timeline) need no import.",
        "content/aftercare/guide-1.mdx:39: "export const secret = 1" is an MDX import or export: guides are data and cannot run code. Remove it: the components (Aside, BookingLink, CareCard, Checklist, Term, Timeline) need no import.",
      ]
    `);
  });

  it('refuses {…} expressions in text and on their own line', () => {
    expect(refusals("Home is {process.env.HOME}.\n\n{require('child_process').execSync('id')}")).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:37: "{process.env.HOME}" is a {…} expression: guides are data and cannot run code. Remove it; to show a brace, write \\{.",
        "content/aftercare/guide-1.mdx:39: "{require('child_process').execSync('id')}" is a {…} expression: guides are data and cannot run code. Remove it; to show a brace, write \\{.",
      ]
    `);
  });

  it('allows a {/* comment */}, which holds no code', () => {
    expect(refusals('{/* a note for the reviewer */}')).toEqual([]);
  });

  it('refuses expression values and spreads on components', () => {
    expect(refusals('<Aside type={"tip"} {...props}>\n\nHi.\n\n</Aside>')).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:37: <Aside type={…}> has a {…} value: guides are data and cannot run code. Write the value in quotes: type="…".",
        "content/aftercare/guide-1.mdx:37: <Aside {...props}> spreads code into the element: guides are data and cannot run code. Write each attribute as name="value".",
      ]
    `);
  });

  it('refuses member and namespaced names and fragments', () => {
    expect(refusals('<w.default />\n\n<svg:script />\n\n<>Hi.</>')).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:37: <w.default> is code, not a component: guides are data and cannot run code. Use one of: Aside, BookingLink, CareCard, Checklist, Term, Timeline.",
        "content/aftercare/guide-1.mdx:39: <svg:script> is code, not a component: guides are data and cannot run code. Use one of: Aside, BookingLink, CareCard, Checklist, Term, Timeline.",
        "content/aftercare/guide-1.mdx:41: <>…</> is a JSX fragment, which guides cannot use. Remove the <> and </>.",
      ]
    `);
  });

  it('allows literal attributes a component takes, colons included', () => {
    expect(refusals('<Aside type="tip" title="Before: what to bring">\n\nHi.\n\n</Aside>')).toEqual([]);
  });

  it('refuses attributes a component does not take, so no component is handed a URL', () => {
    expect(refusals('<Aside type="tip" href="https://example.org/">\n\nHi.\n\n</Aside>')).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:37: <Aside> has no attribute href. Use: type, title.",
      ]
    `);
  });
});

describe('the guide language: raw HTML, as MDX reads it (lowercase JSX)', () => {
  it('refuses <script>, <iframe>, <form> and <style>', () => {
    expect(
      refusals('<script>alert(1)</script>\n\n<iframe src="https://example.org/"></iframe>\n\n<form action="https://example.org/"><input /></form>\n\n<style>x</style>'),
    ).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:37: <script> is raw HTML, which guides cannot use. Write it in Markdown, or use one of: Aside, BookingLink, CareCard, Checklist, Term, Timeline.",
        "content/aftercare/guide-1.mdx:39: <iframe> is raw HTML, which guides cannot use. Write it in Markdown, or use one of: Aside, BookingLink, CareCard, Checklist, Term, Timeline.",
        "content/aftercare/guide-1.mdx:41: <form> is raw HTML, which guides cannot use. Write it in Markdown, or use one of: Aside, BookingLink, CareCard, Checklist, Term, Timeline.",
        "content/aftercare/guide-1.mdx:41: <input> is raw HTML, which guides cannot use. Write it in Markdown, or use one of: Aside, BookingLink, CareCard, Checklist, Term, Timeline.",
        "content/aftercare/guide-1.mdx:43: <style> is raw HTML, which guides cannot use. Write it in Markdown, or use one of: Aside, BookingLink, CareCard, Checklist, Term, Timeline.",
      ]
    `);
  });

  it('refuses inline raw HTML too: <img onerror> and <a href="javascript:">', () => {
    expect(refusals('A photo <img src="x" onerror="alert(1)" /> and <a href="javascript:alert(1)">a link</a>.')).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:37: <img> is raw HTML, which guides cannot use. In Markdown, show an image saved beside the guide as ![what it shows](./file.png).",
        "content/aftercare/guide-1.mdx:37: <a> is raw HTML, which guides cannot use. In Markdown, write a link as [what it is](https://…).",
      ]
    `);
  });

  it('refuses event handlers, style and srcset on any element', () => {
    expect(refusals('<Aside type="tip" onClick="alert(1)" style="color: red" srcset="https://example.org/a.png 2x">\n\nHi.\n\n</Aside>')).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:37: <Aside> has an event handler (onClick), which runs script. Remove it.",
        "content/aftercare/guide-1.mdx:37: <Aside> has a style attribute. Remove it: the site’s design sets the look.",
        "content/aftercare/guide-1.mdx:37: <Aside> has a srcset attribute, which loads images from other addresses. Remove it and show an image with ![what it shows](./file.png).",
      ]
    `);
  });

  it('allows <br>, <sup> and <sub>, without attributes', () => {
    expect(refusals('Sessions are 4 weeks apart.<br />Wear SPF 30<sup>+</sup> and drink H<sub>2</sub>O.')).toEqual([]);
    expect(refusals('Wear SPF 30<sup onmouseover="alert(1)" title="x">+</sup>.')).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:37: <sup> has an event handler (onmouseover), which runs script. Remove it.",
        "content/aftercare/guide-1.mdx:37: <sup> may not have attributes. Remove title.",
      ]
    `);
  });

  it('fails an HTML comment as MDX syntax, naming its line', () => {
    expect(refusals('<!-- a comment -->')).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:37: MDX syntax error: Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` (note: to create a comment in MDX, use \`{/* text */}\`). Fix the syntax on that line.",
      ]
    `);
  });
});

describe('the guide language: URLs', () => {
  it('reads a scheme as a browser would: entities decoded, whitespace and controls removed, lower-cased', () => {
    expect(normalizeUrl('Java&#x09;Script&colon;alert(1)')).toBe('javascript:alert(1)');
    expect(urlScheme('java&amp;#x09;script:alert(1)')).toBe('javascript');
    expect(urlScheme(' \u0000JAVA\nscript:x')).toBe('javascript');
    expect(urlScheme('./photo.png')).toBeUndefined();
    expect(urlScheme('/aftercare/guide-1/#part')).toBeUndefined();
    expect(urlScheme('tel:+441234567890')).toBe('tel');
  });

  it('refuses java&#x09;script:, data: and vbscript: links and definitions', () => {
    expect(
      refusals('Read [the first part](java&#x09;script:alert(1)) and [the card](data:text/html,<b>x</b>) and [the rest][r].\n\n[r]: VBScript:msgbox(1)'),
    ).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:37: links to java\\x09script:alert(1). Links may only start with https://, tel: or mailto:.",
        "content/aftercare/guide-1.mdx:37: links to data:text/html,<b>x</b>. Links may only start with https://, tel: or mailto:.",
        "content/aftercare/guide-1.mdx:39: links to VBScript:msgbox(1). Links may only start with https://, tel: or mailto:.",
      ]
    `);
  });

  it('refuses protocol-relative links and keeps the http message', () => {
    expect(refusals('Read [the NHS page](//example.org/) and [the FDA page](http://www.fda.gov/).')).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:37: links to //example.org/. Write the whole address, starting with https://.",
        "content/aftercare/guide-1.mdx:37: links to http://www.fda.gov/ over http. Use the https:// address.",
      ]
    `);
  });

  it('allows https, tel and mailto links', () => {
    expect(refusals('Read [the NHS page](https://www.nhs.uk/), call [0123 456 789](tel:0123456789) or [write to us](mailto:a@example.org).')).toEqual([]);
  });

  it('refuses remote images, inline and by reference, saying to put the image beside the guide', () => {
    expect(refusals('![A roller](https://example.org/roller.png)\n\n![A pen][pen]\n\n[pen]: //example.org/pen.png')).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:37: image https://example.org/roller.png is not a file of this site: remote images are blocked and would tell another site who reads the guide. Put the image beside the guide and write ![what it shows](./file-name.png).",
        "content/aftercare/guide-1.mdx:39: image //example.org/pen.png is not a file of this site: remote images are blocked and would tell another site who reads the guide. Put the image beside the guide and write ![what it shows](./file-name.png).",
      ]
    `);
  });
});

describe('the guide language applies to every guide', () => {
  it('checks drafts too, because Astro compiles them', () => {
    const root = contentFixture({ [GUIDE]: (source) => `${setField('draft', 'true')(source)}\n{process.env.HOME}\n` });
    expect(checkContent(root, { today: TODAY }).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:38: "{process.env.HOME}" is a {…} expression: guides are data and cannot run code. Remove it; to show a brace, write \\{.",
      ]
    `);
  });
});
