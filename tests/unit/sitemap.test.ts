import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastmodByPath, readReviewedGuides, sitemapSerializer } from '../../src/lib/sitemap';

const guides = [
  { collection: 'aftercare' as const, id: 'first-week', lastReviewed: new Date('2026-11-22') },
  { collection: 'aftercare' as const, id: 'warning-signs', lastReviewed: new Date('2026-10-01') },
  { collection: 'consultation' as const, id: 'preparing', lastReviewed: new Date('2026-12-01') },
  { collection: 'topics' as const, id: 'risks', lastReviewed: new Date('2027-01-05') },
];

describe('sitemap lastmod', () => {
  it('is a guide’s lastReviewed, and the newest review of the guides a stage or the home page lists', () => {
    expect(Object.fromEntries(lastmodByPath(guides))).toEqual({
      '/aftercare/first-week/': '2026-11-22',
      '/aftercare/warning-signs/': '2026-10-01',
      '/consultation/preparing/': '2026-12-01',
      '/topics/risks/': '2027-01-05',
      '/aftercare/': '2026-11-22',
      '/consultation/': '2026-12-01',
      '/': '2026-12-01',
    });
  });

  it('is added by serialize, which drops the 404 and search pages and leaves undated pages as they are', () => {
    const serialize = sitemapSerializer(() => guides);
    expect(serialize({ url: 'https://clinic.example/aftercare/first-week/' })).toEqual({ url: 'https://clinic.example/aftercare/first-week/', lastmod: '2026-11-22' });
    expect(serialize({ url: 'https://clinic.example/faq/' })).toEqual({ url: 'https://clinic.example/faq/' });
    expect(serialize({ url: 'https://clinic.example/404/' })).toBeUndefined();
    expect(serialize({ url: 'https://clinic.example/search/' })).toBeUndefined();
  });

  it('reads titles and review dates from guide frontmatter, leaving drafts out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mng-sitemap-'));
    mkdirSync(join(dir, 'aftercare'));
    writeFileSync(join(dir, 'aftercare', 'first-week.mdx'), '---\ntitle: "x"\nlastReviewed: 2026-11-22\n---\nText\n');
    writeFileSync(join(dir, 'aftercare', 'draft.mdx'), '---\nlastReviewed: 2026-11-22\ndraft: true\n---\nText\n');
    expect(readReviewedGuides(dir)).toEqual([{ collection: 'aftercare', id: 'first-week', title: 'x', lastReviewed: new Date('2026-11-22') }]);
  });

  it('reads translations from their language folder, with what they translate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mng-sitemap-'));
    mkdirSync(join(dir, 'aftercare', 'es'), { recursive: true });
    writeFileSync(join(dir, 'aftercare', 'es', 'primera-semana.mdx'), '---\nlastReviewed: 2026-11-22\ntranslationOf: first-week\n---\nTexto\n');
    expect(readReviewedGuides(dir)).toEqual([{ collection: 'aftercare', id: 'es/primera-semana', lastReviewed: new Date('2026-11-22'), translationOf: 'first-week' }]);
  });
});

describe('sitemap language alternates', () => {
  const bilingual = [
    ...guides,
    { collection: 'aftercare' as const, id: 'es/primera-semana', lastReviewed: new Date('2026-11-23'), translationOf: 'first-week' },
  ];

  it('pair a guide and its translation both ways, with English as x-default; an untranslated guide has none', () => {
    const serialize = sitemapSerializer(() => bilingual);
    const links = [
      { url: 'https://clinic.example/aftercare/first-week/', lang: 'en' },
      { url: 'https://clinic.example/es/aftercare/primera-semana/', lang: 'es' },
      { url: 'https://clinic.example/aftercare/first-week/', lang: 'x-default' },
    ];
    expect(serialize({ url: 'https://clinic.example/aftercare/first-week/' })).toEqual({ url: 'https://clinic.example/aftercare/first-week/', lastmod: '2026-11-22', links });
    expect(serialize({ url: 'https://clinic.example/es/aftercare/primera-semana/' })).toEqual({
      url: 'https://clinic.example/es/aftercare/primera-semana/',
      lastmod: '2026-11-23',
      links,
    });
    expect(serialize({ url: 'https://clinic.example/aftercare/warning-signs/' })).toEqual({ url: 'https://clinic.example/aftercare/warning-signs/', lastmod: '2026-10-01' });
  });

  it('add x-default to the pairs the sitemap integration found by path (/faq/, /es/faq/)', () => {
    const serialize = sitemapSerializer(() => bilingual);
    const found = [
      { url: 'https://clinic.example/faq/', lang: 'en' },
      { url: 'https://clinic.example/es/faq/', lang: 'es' },
    ];
    expect(serialize({ url: 'https://clinic.example/es/faq/', links: found })?.links).toEqual([...found, { url: 'https://clinic.example/faq/', lang: 'x-default' }]);
  });

  it('date each language’s stage and home pages by its own guides', () => {
    const dates = lastmodByPath(bilingual);
    expect([dates.get('/es/aftercare/'), dates.get('/es/'), dates.get('/aftercare/')]).toEqual(['2026-11-23', '2026-11-23', '2026-11-22']);
  });
});
