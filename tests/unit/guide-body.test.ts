import { describe, expect, it } from 'vitest';
import { guideBody, GuideBodyError, imagePlaceholder, parseGuideAhead } from '../../src/lib/guide-body';

const where = 'content/aftercare/example.mdx';

describe('a guide body as data', () => {
  it('is HTML where there is no component: GitHub tables, aligned by class (the policy blocks style attributes), and smart punctuation', () => {
    const { parts } = guideBody('Keep it "clean" -- and don\'t pick.\n\n| Day | Do |\n| --- | :-: |\n| 1 | Rest |', where);
    expect(parts).toMatchInlineSnapshot(`
      [
        "<p>Keep it “clean” – and don’t pick.</p>
      <table>
      <thead>
      <tr>
      <th>Day</th>
      <th class="align-center">Do</th>
      </tr>
      </thead>
      <tbody>
      <tr>
      <td>1</td>
      <td class="align-center">Rest</td>
      </tr>
      </tbody>
      </table>",
      ]
    `);
  });

  it('cuts out each component with its literal props and its contents, nested ones too', () => {
    const { parts } = guideBody('<Aside type="tip">\n  Wash with a <Term id="cleanser">mild cleanser</Term>.\n</Aside>\n\nThen <BookingLink />.', where);
    expect(parts).toEqual([
      { component: 'Aside', props: { type: 'tip' }, children: ['<p>Wash with a ', { component: 'Term', props: { id: 'cleanser' }, children: ['mild cleanser'] }, '.</p>'] },
      '\n<p>Then ',
      { component: 'BookingLink', props: {}, children: [] },
      '.</p>',
    ]);
  });

  it('gives headings the ids and text Astro gives them, repeated ones numbered, words inside a component counted', () => {
    const { parts, headings } = guideBody('## What to do\n\n## What to do\n\n### Use <Term id="spf">SPF</Term> daily', where);
    expect(headings).toEqual([
      { depth: 2, slug: 'what-to-do', text: 'What to do' },
      { depth: 2, slug: 'what-to-do-1', text: 'What to do' },
      { depth: 3, slug: 'use-spf-daily', text: 'Use SPF daily' },
    ]);
    expect(parts[0]).toBe('<h2 id="what-to-do">What to do</h2>\n<h2 id="what-to-do-1">What to do</h2>\n<h3 id="use-spf-daily">Use ');
  });

  it('writes the raw HTML guides may use as plain elements', () => {
    expect(guideBody('1 cm<sup>2</sup> of H<sub>2</sub>O.<br />Rest.', where).parts).toEqual(['<p>1 cm<sup>2</sup> of H<sub>2</sub>O.<br>Rest.</p>']);
  });

  it('writes nothing for a comment', () => {
    expect(guideBody('Rest today.{/* check with Dr Lee */}', where).parts).toEqual(['<p>Rest today.</p>']);
  });

  it('escapes text, so words that look like HTML stay words', () => {
    expect(guideBody('Use 1 &lt; 2 and \\<script\\>', where).parts).toEqual(['<p>Use 1 &#x3C; 2 and &#x3C;script></p>']);
  });

  // The content check refuses each of these first, with its line; the renderer refuses them again, so no
  // guide can reach a page as code whatever path it takes.
  it.each([
    ['an expression', 'Hello {process.exit(1)}', 'a {…} expression is code'],
    ['an import', 'import x from "node:fs"\n\nHello', 'import and export are code'],
    ['raw HTML, which MDX reads as a lowercase element', '<script>alert(1)</script>', '<script> is not a component'],
    ['allowed raw HTML with an attribute', '<sup class="x">2</sup>', '<sup> is not a component'],
    ['an unknown component', '<Widget />', '<Widget> is not a component'],
    ['an attribute the component does not take', '<Aside onclick="x">Hi</Aside>', '<Aside> takes no attribute "onclick"'],
    ['an attribute given as code', '<Term id={evil}>x</Term>', '<Term> takes no attribute "id"'],
    ['a spread of attributes', '<Aside {...props}>x</Aside>', '<Aside> takes no attribute like that'],
  ])('refuses %s', (_, source, message) => {
    expect(() => guideBody(source, where)).toThrow(GuideBodyError);
    expect(() => guideBody(source, where)).toThrow(`${where}: ${message}`);
  });
});

describe('the images of a guide body', () => {
  const source = 'See ![Three layers](./layers.png "The skin") and ![Logo](/logo.png).\n\n<Aside>\n\n![Three layers](./layers.png)\n\n</Aside>\n\n![Chart](../shared/chart.webp)';

  it('are parts where saved beside the guide, for Astro to resolve; HTML where public or elsewhere', () => {
    const { parts } = guideBody(source, where);
    expect(parts[0]).toBe('<p>See ');
    expect(parts[1]).toEqual({ image: './layers.png', alt: 'Three layers', title: 'The skin' });
    expect(parts[2]).toBe(' and <img src="/logo.png" alt="Logo">.</p>\n');
  });

  it('become the placeholder Astro\'s content runtime resolves, their words kept inside the attribute', () => {
    expect(imagePlaceholder({ image: './a.png', alt: 'A "quoted" <b> & more' })).toBe(
      '<img __ASTRO_IMAGE_="{&quot;src&quot;:&quot;./a.png&quot;,&quot;alt&quot;:&quot;A \\&quot;quoted\\&quot; <b> &amp; more&quot;,&quot;index&quot;:0}">',
    );
  });

  it('are listed for the loader, each once, in order, and none for a guide that cannot be read', () => {
    expect(parseGuideAhead(source)).toEqual(['./layers.png', '../shared/chart.webp']);
    expect(parseGuideAhead('<Aside>\n\nnever closed')).toEqual([]);
  });
});

describe('a guide body parsed as its guide is loaded', () => {
  const source = '## Before\n\n| Day | Care |\n| :-: | ---: |\n| 1 | Rest |\n\n<Aside>\n\nKeep it ![clean](./soap.png).\n\n</Aside>\n\n## Before';

  // Where the loader (the config's module graph) leaves bodies for the pages (the bundle's).
  const kept = () => (globalThis as Record<symbol, Map<string, unknown> | undefined>)[Symbol.for('microneedling-guide:guide-bodies-parsed-ahead')];

  it('is the body the page would parse, taken once: the page after it parses the guide again', () => {
    const parsedHere = guideBody(source, where);
    parseGuideAhead(source);
    const keptBody = kept()?.get(source);
    expect(keptBody).toBeDefined();
    const taken = guideBody(source, where);
    expect(taken).toBe(keptBody);
    expect(kept()?.has(source)).toBe(false);
    expect(taken).toEqual(parsedHere);
    const again = guideBody(source, where);
    expect(again).toEqual(parsedHere);
    // Each page gets a body of its own: nothing one render does to it reaches another.
    expect(again).not.toBe(taken);
    expect(again.parts).not.toBe(taken.parts);
  });

  it('is not kept when the page would refuse it: the page fails with its own error, naming the guide', () => {
    const code = 'Hello {process.exit(1)}';
    expect(parseGuideAhead(code)).toEqual([]);
    expect(kept()?.has(code)).toBe(false);
    expect(() => guideBody(code, where)).toThrow(`${where}: a {…} expression is code`);
  });
});
