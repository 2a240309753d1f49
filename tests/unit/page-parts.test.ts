import { describe, expect, it } from 'vitest';
import { checkPage } from '../../src/build/page-check';
import { validateHtml } from '../../src/lib/html-check';
import { readPage } from '../../src/lib/page-parts';

/** A page as the guide layout writes it: a frame (header, navigation of guides, footer) around one article. */
function guidePage({ title = 'Aftercare', items = ['First week', 'Second week', 'Sun'], current = 1, article = '<p>Keep it clean.</p>', frame = '' } = {}): string {
  const list = items.map((item, index) => `<li><a href="/${index}/"${index === current ? ' aria-current="page"' : ''}>${item}</a></li>`).join('');
  return [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="description" content="${title} guide"></head>`,
    `<body><header id="top"><a href="/">Home</a>${frame}</header><main id="main"><div class="layout">`,
    `<article class="guide" data-pagefind-body><h1>${title}</h1>\n${article}\n</article>`,
    `<nav aria-label="Guides in this stage"><ol>${list}</ol></nav></div></main>`,
    `<footer><p>Reviewed <time datetime="2026-12-01">1 December</time></p></footer></body></html>`,
  ].join('\n');
}

const sorted = (problems: { line: number; rule: string; message: string }[]) =>
  problems.map(({ line, rule, message }) => `${line} ${rule} ${message}`).sort();

describe('how a page splits for the HTML check', () => {
  it('reads the article apart from the frame around it, with the elements it sits in', () => {
    const html = guidePage();
    const { articles, frameKey } = readPage(html).parts;
    expect(articles).toHaveLength(1);
    expect(html.slice(articles[0]!.start, articles[0]!.end)).toMatch(/^<article class="guide" data-pagefind-body><h1>Aftercare<\/h1>[\s\S]*<\/article>$/);
    expect(articles[0]!.ancestors.map(({ name }) => name)).toEqual(['html', 'body', 'main', 'div']);
    expect(frameKey).toBeDefined();
  });

  it('gives two frames one key when only their words, addresses or the length of a list differ', () => {
    const key = (options: Parameters<typeof guidePage>[0]) => readPage(guidePage(options)).parts.frameKey;
    const first = key({});
    expect(key({ title: 'Sun & heat', article: '<h2 id="sun">Sun</h2><p>Other words.</p>' })).not.toBe(first); // "&" is a character markup rules read
    expect(key({ title: 'Healing time', article: '<table><tr><td>1</td></tr></table>' })).toBe(first);
    const middle = key({ items: ['One', 'Two', 'Three', 'Four', 'Five'], current: 2 });
    expect(key({ items: ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven'], current: 4 })).toBe(middle);
    expect(middle).not.toBe(first); // one link on each side of the current page's is not a run
    expect(key({ items: ['One', 'Two', 'Three', 'Four', 'Five'], current: 0 })).not.toBe(middle);
    expect(key({ items: ['One', 'Two'], current: 5 })).not.toBe(first);
    expect(key({ items: ['One'], current: 5 })).not.toBe(key({ items: ['One', 'Two'], current: 5 })); // once is not twice
    expect(key({ title: '' })).not.toBe(first); // an empty heading is not one with words
    expect(key({ frame: '<a href="/book/" target="_blank">Book</a>' })).not.toBe(first);
  });

  it('validates a page whole when an element is left open, or its article is in a <template>', () => {
    expect(readPage(guidePage({ frame: '<p>Open <div>block</div>' })).parts).toMatchObject({ articles: [], frameKey: undefined });
    expect(readPage(guidePage({ frame: '<template><article><p>Copy</p></article></template>' })).parts.articles).toHaveLength(1);
    expect(readPage('<!doctype html><html lang="en"><head><title>T</title></head><body><template><article>A</article></template></body></html>').parts.articles).toEqual([]);
  });
});

describe('the HTML check of a page in parts', () => {
  const cases: Record<string, string> = {
    valid: guidePage(),
    'a second <main> in the article': guidePage({ article: '<p>One</p>\n<main>Two</main>' }),
    'a bad attribute value on a later line of the article': guidePage({ article: '<p>One</p>\n<p>Two</p>\n<button type="push">Three</button>' }),
    'an id used twice in the article': guidePage({ article: '<h2 id="a">A</h2>\n<h2 id="a">A again</h2>' }),
    'an article heading with a frame id': guidePage({ article: '<h2 id="main">Main</h2>\n<h2 id="top">Top</h2>' }),
    'a frame id used in the article and again in the article': guidePage({ article: '<h2 id="top">1</h2><h2 id="top">2</h2>' }),
    'invalid frame content, after the article': guidePage({ items: ['One', 'Two'], current: 9 }).replace('</ol></nav>', '<div>stray</div></ol></nav>'),
    'an element left open in the frame (valid: a block closes a paragraph)': guidePage({ frame: '<p>Open <div>block</div>' }),
    'an end tag with no element in the frame': guidePage({ frame: '<p>Open <div>block</div></p>' }),
    'two articles with one id': guidePage({ article: '<p>Intro</p>' }).replace('<nav', '<article><h2 id="x">1</h2></article><article><h2 id="x">2</h2></article><nav'),
  };

  for (const [name, html] of Object.entries(cases)) {
    it(`finds what validating the page whole finds: ${name}`, async () => {
      const { problems } = await checkPage(html, 'guide/index.html');
      expect(sorted(problems)).toEqual(sorted(await validateHtml(html, 'guide/index.html')));
      if (!name.startsWith('valid') && !name.includes('(valid')) expect(problems.length).toBeGreaterThan(0);
    });
  }

  it('finds a frame problem on every page with that frame, not only the first', async () => {
    const broken = (title: string) => guidePage({ title, frame: '<ul><div>stray</div></ul>' });
    for (const title of ['One', 'Two']) {
      expect(sorted((await checkPage(broken(title), 'guide/index.html')).problems)).toEqual(sorted(await validateHtml(broken(title), 'guide/index.html')));
    }
  });

  it('tells a value with spaces between words from one without: a form action may have none', async () => {
    const withAction = (action: string) => guidePage({ frame: `<form action="${action}"><button>Search</button></form>` });
    expect(readPage(withAction('/search/')).parts.frameKey).not.toBe(readPage(withAction('/my search/')).parts.frameKey);
    expect((await checkPage(withAction('/search/'), 'a/index.html')).problems).toEqual([]);
    const spaced = withAction('/my search/');
    expect(sorted((await checkPage(spaced, 'b/index.html')).problems)).toEqual(sorted(await validateHtml(spaced, 'b/index.html')));
    expect((await validateHtml(spaced)).length).toBeGreaterThan(0);
  });

  it('finds what validating the page whole finds in markup the parser has to repair', async () => {
    const odd = [
      '</p></br></div></span><p>stray end tags',
      '<!doctype html><html lang="en"><head><title>T</title></head><body><article><p>open</article></div></body></html></html>',
      guidePage({ frame: '<table><article>in a table</article></table>' }),
      guidePage({ frame: '<svg><article>in an image</article></svg>' }),
    ];
    for (const html of odd) {
      expect(sorted((await checkPage(html, 'odd/index.html')).problems), html).toEqual(sorted(await validateHtml(html, 'odd/index.html')));
    }
  });
});
