import { describe, expect, it } from 'vitest';
import { checkSvg } from '../../src/lib/svg-check';

const svg = (body: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"${attributes}>\n${body}\n</svg>\n`;
const messages = (source: string) => checkSvg(source).map((problem) => `${problem.line ?? '-'}: ${problem.message}`);

describe('the SVG allow-list for logos and favicons', () => {
  it('accepts the drawings logo tools export: shapes, text, gradients, same-file references', () => {
    expect(
      checkSvg(
        `<?xml version="1.0" encoding="UTF-8"?>\n<!-- exported -->${svg(
          '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><path id="p" d="M0 0h4"/></defs>' +
            '<title>Clinic</title><style>.a { fill: url(#g); }</style><rect class="a" width="48" height="48" rx="10" style="fill: url(#g)"/>' +
            '<use href="#p"/><use xlink:href="#p"/><text x="24" y="31" font-family="system-ui" text-anchor="middle">AB</text>',
          ' xmlns:xlink="http://www.w3.org/1999/xlink" role="img" aria-label="Clinic"',
        )}`,
      ),
    ).toEqual([]);
  });

  it('refuses scripts, event handlers, embedded documents, external references and remote CSS, each with its line', () => {
    expect(
      messages(
        svg(
          [
            '<script>alert(document.domain)</script>',
            '<rect width="1" height="1" onclick="alert(1)"/>',
            '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>',
            '<use href="https://evil.example/sprite.svg#a"/>',
            '<use xlink:href="data:image/svg+xml;base64,PHN2Zz4="/>',
            '<image href="logo.png" width="4" height="4"/>',
            '<a href="javascript:alert(1)"><text>x</text></a>',
            '<style>@import url("https://evil.example/x.css");</style>',
            '<style>.a { background: url(https://evil.example/track.gif) }</style>',
            '<circle r="2" fill="url(https://evil.example/paint.svg#p)"/>',
            '<rect style="fill:u\\72l(https://evil.example/x)"/>',
            '<animate attributeName="href" to="javascript:alert(1)"/>',
          ].join('\n'),
          ' xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)"',
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "1: <svg onload> is an event handler, which runs code. Remove it",
        "2: <script> runs code. Remove it, or save the logo as plain SVG",
        "3: <rect onclick> is an event handler, which runs code. Remove it",
        "4: <foreignObject> embeds another document. Remove it, or save the logo as plain SVG",
        "5: <use href> points to "https://evil.example/sprite.svg#a"; a logo may only refer to its own parts (#id). Put everything the logo shows inside the file",
        "6: <use xlink:href> points to "data:image/svg+xml;base64,PHN2Zz4="; a logo may only refer to its own parts (#id). Put everything the logo shows inside the file",
        "7: <image> is not a drawing element a logo may use. Remove it, or save the logo as plain SVG",
        "8: <a> is not a drawing element a logo may use. Remove it, or save the logo as plain SVG",
        "9: <style> holds @import, which loads a file from elsewhere. Remove it",
        "10: <style> holds url(https://evil.example/track.gif), which loads a file from elsewhere (only same-file references such as url(#shade) are allowed). Remove it",
        "11: <circle fill> holds url(https://evil.example/paint.svg#p), which loads a file from elsewhere (only same-file references such as url(#shade) are allowed). Remove it",
        "12: <rect style> holds a backslash escape, which could hide a web address. Remove it",
        "13: <animate> is not a drawing element a logo may use. Remove it, or save the logo as plain SVG",
      ]
    `);
  });

  it('refuses a DOCTYPE and entities before parsing, and says where a broken file stops', () => {
    expect(messages(`<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n${svg('<text>&secret;</text>')}`)).toMatchInlineSnapshot(`
      [
        "2: <!DOCTYPE> can define entities that expand or load other files. Remove it",
      ]
    `);
    expect(messages(svg('<rect width="1">\n<path d="M0 0"/>'))).toMatchInlineSnapshot(`
      [
        "3: is not well-formed SVG: Opening and ending tag mismatch: "rect" != "svg". Export the logo again as plain SVG",
      ]
    `);
    expect(messages('<html><body onload="alert(1)"></body></html>')).toMatchInlineSnapshot(`
      [
        "1: is not an SVG image: its outermost element must be <svg xmlns="http://www.w3.org/2000/svg">. Export the logo again as SVG",
      ]
    `);
  });

  it('refuses editor namespaces and processing instructions, saying how to export a plain SVG', () => {
    expect(
      messages(
        `<?xml-stylesheet href="https://evil.example/x.css"?>\n${svg('<rect inkscape:label="bg" width="1" height="1"/>', ' xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"')}`,
      ),
    ).toMatchInlineSnapshot(`
      [
        "1: <?xml-stylesheet?> is a processing instruction, which a logo does not need. Remove it",
        "2: <svg xmlns:inkscape> declares the namespace http://www.inkscape.org/namespaces/inkscape, which a logo does not need. Save the logo as plain SVG (in Inkscape: Save As "Plain SVG"; in other editors: "optimised" or "minified" SVG)",
        "3: <rect inkscape:label> is not an attribute a logo may use. Remove it, or save the logo as plain SVG",
      ]
    `);
  });
});
