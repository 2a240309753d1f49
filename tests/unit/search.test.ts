import { describe, expect, it } from 'vitest';
import { resultCountTemplates } from '../../src/i18n/search-text';
import {
  ALIAS_FIELDS,
  SEARCH_RANKING,
  markExcerptCuts,
  resultExcerpt,
  resultTitle,
  sameSearch,
  searchAliases,
  searchAttributes,
  resultCountText,
} from '../../src/lib/search';

describe('searchAliases', () => {
  it('drops repeats ignoring case and spacing, keeps the first spelling, and drops glossary words the guide already has', () => {
    expect(searchAliases(['Numbing cream', 'pain', 'numbing  cream'], ['numbing cream', 'Topical anesthetic', 'PAIN', 'topical anesthetic'])).toEqual({
      own: ['Numbing cream', 'pain'],
      glossary: ['Topical anesthetic'],
    });
  });

  it('leaves distinct words alone, empty lists included', () => {
    expect(searchAliases([], ['lidocaine cream', 'lidocaine'])).toEqual({ own: [], glossary: ['lidocaine cream', 'lidocaine'] });
    expect(searchAliases([], [])).toEqual({ own: [], glossary: [] });
  });
});

describe('searchAttributes', () => {
  it('puts aliases in searchable metadata fields read from attributes, with the inline section last', () => {
    const attributes = searchAttributes({
      section: 'The procedure',
      stage: 'procedure',
      sortKey: '02-002',
      aliases: { own: ['numbing cream', 'pain, and more'], glossary: ['lidocaine cream'] },
    });
    expect(attributes).toEqual({
      'data-pagefind-body': '',
      'data-pagefind-meta': `${ALIAS_FIELDS.own}[data-search-aliases], ${ALIAS_FIELDS.glossary}[data-search-terms], section:The procedure`,
      'data-search-aliases': 'numbing cream, pain, and more',
      'data-search-terms': 'lidocaine cream',
      'data-pagefind-filter': 'stage:procedure',
      'data-pagefind-sort': 'journey:02-002',
    });
  });

  it('leaves out empty alias fields, stage and sort key (FAQ, glossary)', () => {
    expect(searchAttributes({ section: 'Glossary', aliases: { own: [], glossary: [] } })).toEqual({
      'data-pagefind-body': '',
      'data-pagefind-meta': 'section:Glossary',
    });
  });

  it('ranks own aliases above borrowed glossary aliases, both above plain text', () => {
    const weights = SEARCH_RANKING.metaWeights;
    expect(weights[ALIAS_FIELDS.own]).toBeGreaterThan(weights[ALIAS_FIELDS.glossary]);
    expect(weights[ALIAS_FIELDS.glossary]).toBeGreaterThan(1);
  });
});

describe('resultExcerpt', () => {
  const meta = { description: 'How numbing cream works & what it feels like <b>.' };

  it('keeps Pagefind’s excerpt, marks only, when the words matched in the text', () => {
    expect(resultExcerpt({ excerpt: 'a <mark>numbing</mark> <img src=x onerror=alert(1)>cream', locations: [4], meta })).toBe(
      '… a <mark>numbing</mark> cream …',
    );
  });

  it('shows the description, escaped, when the words matched only in metadata (aliases)', () => {
    expect(resultExcerpt({ excerpt: 'The procedure. Does it hurt? Pain and numbing. numbing cream. pain.', locations: [], meta })).toBe(
      'How numbing cream works &amp; what it feels like &lt;b&gt;.',
    );
  });

  it('falls back to Pagefind’s excerpt when there is no description', () => {
    expect(resultExcerpt({ excerpt: 'Glossary', content: 'Glossary', locations: [], meta: {} })).toBe('Glossary');
  });
});

describe('sameSearch', () => {
  it('compares the words and the stages', () => {
    expect(sameSearch({ query: 'skin', stages: ['procedure', 'aftercare'] }, { query: 'skin', stages: ['procedure', 'aftercare'] })).toBe(true);
    expect(sameSearch({ query: 'skin', stages: ['aftercare'] }, { query: 'skin', stages: ['procedure', 'aftercare'] })).toBe(false);
    expect(sameSearch({ query: 'skin', stages: ['aftercare'] }, { query: 'skin', stages: ['procedure'] })).toBe(false);
    expect(sameSearch({ query: 'skin', stages: [] }, { query: 'redness', stages: [] })).toBe(false);
  });
});

describe('the result count', () => {
  it("is said in the page's language, from the words the page hands the script", () => {
    const spanish = JSON.parse(resultCountTemplates('es')) as { one: string; other: string };
    expect(resultCountText(1, 'protector solar', spanish)).toBe('1 resultado para “protector solar”');
    expect(resultCountText(12, 'protector solar', spanish)).toBe('12 resultados para “protector solar”');
    expect(resultCountText(0, 'numbing cream', JSON.parse(resultCountTemplates('en')))).toBe('0 results for “numbing cream”');
  });
});

describe('result titles', () => {
  it('are one line: the guide, then the part that matched after " › " (no stacked colons)', () => {
    expect(resultTitle('Warning signs: when to call your clinic', 'Key points')).toBe('Warning signs: when to call your clinic › Key points');
    expect(resultTitle('Glossary', undefined)).toBe('Glossary');
    expect(resultTitle('Glossary', 'Glossary')).toBe('Glossary');
  });
});

describe('markExcerptCuts', () => {
  const page = 'Your first week. Redness and swelling usually settle in 1 to 3 days, but can last up to a week. Use a gentle cleanser.';

  it('puts "…" where the excerpt was cut from the page text, and not at a sentence start or at the end of the page', () => {
    expect(markExcerptCuts('swelling usually <mark>settle</mark> in 1 to 3 days', page)).toBe('… swelling usually <mark>settle</mark> in 1 to 3 days …');
    expect(markExcerptCuts('Redness and <mark>swelling</mark> usually settle', page)).toBe('Redness and <mark>swelling</mark> usually settle …');
    expect(markExcerptCuts('up to a week. Use a gentle <mark>cleanser</mark>.', page)).toBe('… up to a week. Use a gentle <mark>cleanser</mark>.');
    expect(markExcerptCuts('Your <mark>first</mark> week.', page)).toBe('Your <mark>first</mark> week.');
  });

  it('matches across escaped characters and guesses from the words when the page text is not known', () => {
    expect(markExcerptCuts('sun &amp; <mark>heat</mark> for', 'Avoid sun & heat for two days.')).toBe('… sun &amp; <mark>heat</mark> for …');
    expect(markExcerptCuts('and <mark>peeling</mark> last')).toBe('… and <mark>peeling</mark> last …');
    expect(markExcerptCuts('Peeling is <mark>normal</mark>.')).toBe('Peeling is <mark>normal</mark>.');
  });

  it('applies to body excerpts, not to a description shown instead', () => {
    expect(resultExcerpt({ excerpt: 'can <mark>last</mark> up', content: page, locations: [3], meta: {} })).toBe('… can <mark>last</mark> up …');
  });
});

