import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../src/i18n/locales';
import { openSearchNames, OPENSEARCH_LIMITS, pageTitle, searchPreview, SEARCH_PREVIEW, titleSection } from '../../src/lib/seo';
import { parseMdx } from '../../src/lib/mdx-source';
import { filesEndingWith } from '../../src/lib/files';
import { isGuideCollection, type GuideCollection } from '../../src/lib/stages';
import { NEUTRAL_IDENTITY } from '../../src/lib/identity';
import { PROJECT_ROOT } from '../support/paths';

describe('page titles', () => {
  it('read "{guide} — {stage} | {site}", the home page being the site name alone', () => {
    expect(pageTitle('Your first week', 'Harbour Skin Clinic', 'Aftercare')).toBe('Your first week — Aftercare | Harbour Skin Clinic');
    expect(pageTitle('Risks', 'Harbour Skin Clinic')).toBe('Risks | Harbour Skin Clinic');
    expect(pageTitle('Harbour Skin Clinic', 'Harbour Skin Clinic')).toBe('Harbour Skin Clinic');
  });
});

describe('search-result previews', () => {
  it('say what would be cut, in words that tell the author what to do', () => {
    expect(searchPreview({ title: 'A'.repeat(50), section: 'Aftercare', description: 'Too short.' }).problems).toMatchInlineSnapshot(`
      [
        "title "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA — Aftercare" is 62 characters before the site name; search results cut it after 60. Shorten the guide's title",
        "description is 10 characters; search results show 50–160. Rewrite it to fit",
      ]
    `);
  });

  /** Every guide of the default site and of every clinic, read from its MDX frontmatter. */
  const guideFiles = [
    ...filesEndingWith(join(PROJECT_ROOT, 'content'), ['.mdx'])
      .filter((file) => !file.startsWith('clinics'))
      .map((file) => `content/${file}`),
    ...filesEndingWith(join(PROJECT_ROOT, 'content', 'clinics'), ['.mdx']).map((file) => `content/clinics/${file}`),
  ].map((file) => {
    // content/<collection>/<id>.mdx or content/<collection>/es/<id>.mdx (also under a clinic's guides/).
    const folders = file.split('/').slice(0, -1);
    const locale = isLocale(folders.at(-1)) ? folders.at(-1) as Locale : DEFAULT_LOCALE;
    return { file, locale, collection: folders.at(locale === DEFAULT_LOCALE ? -1 : -2)! };
  });

  it.each(guideFiles)('show $file whole: title ≤ 60 characters before the site name, description 50–160', ({ file, collection, locale }) => {
    expect(isGuideCollection(collection), file).toBe(true);
    const data = parseMdx(readFileSync(join(PROJECT_ROOT, file), 'utf8')).frontmatter as { title: string; description: string };
    const preview = searchPreview({ title: data.title, section: titleSection(collection as GuideCollection, locale), description: data.description });
    expect(preview.problems, `${file} as a search result: ${preview.title} / ${preview.description}`).toEqual([]);
    expect(preview.title.length).toBeLessThanOrEqual(SEARCH_PREVIEW.titleMax);
  });

  it('cover every guide, clinic guides included', () => {
    expect(guideFiles.length).toBeGreaterThanOrEqual(19);
    expect(guideFiles.some((guide) => guide.file.startsWith('content/clinics/'))).toBe(true);
  });
});

describe('the OpenSearch names', () => {
  it('keep the neutral site’s ShortName within 16 characters without cutting a word, with the full name as LongName', () => {
    const names = openSearchNames(NEUTRAL_IDENTITY);
    expect(names).toEqual({ shortName: 'Micro-needling', longName: 'Micro-needling: a patient guide', description: 'Search Micro-needling: a patient guide' });
    expect(names.shortName.length).toBeLessThanOrEqual(OPENSEARCH_LIMITS.shortName);
  });

  it('use a clinic’s short name when it fits', () => {
    expect(openSearchNames({ name: 'Harbour Skin Clinic (example)', shortName: 'Harbour Skin' }).shortName).toBe('Harbour Skin');
    expect(openSearchNames({ name: 'Maple Street Dermatology and Laser Centre of Excellence, Springfield', shortName: 'Maple Street Dermatology' })).toEqual({
      shortName: 'Maple Street',
      longName: 'Maple Street Dermatology and Laser Centre of',
      description: 'Search Maple Street Dermatology and Laser Centre of Excellence, Springfield',
    });
  });
});
