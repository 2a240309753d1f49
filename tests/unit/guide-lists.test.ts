import { describe, expect, it } from 'vitest';
import { PREVIEW_GUIDES, listPageFacts, preview, sectionList } from '../../src/lib/guide-lists';
import { GUIDES_PER_PAGE, hasListing, listPageCount, pageContaining, paginate } from '../../src/lib/pagination';
import { listPageParams, routes } from '../../src/lib/routes';
import { GUIDE_COLLECTIONS, type GuideCollection } from '../../src/lib/stages';
import { procedureJsonLd } from '../../src/lib/structured-data';
import { stageBlurb } from '../../src/i18n/stage-text';
import { t } from '../../src/i18n/t';

/** `count` guides spread over the collections like the bench corpus. */
const corpus = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ collection: GUIDE_COLLECTIONS[index % GUIDE_COLLECTIONS.length]!, id: `guide-${index + 1}` }));
const of = (all: ReturnType<typeof corpus>, collection: GuideCollection) => all.filter((guide) => guide.collection === collection);

describe('pages that list guides', () => {
  it('paginate: one page while the guides fit (also when there are none), numbered pages past that', () => {
    expect(paginate([1, 2, 3], 3)).toEqual([{ number: 1, pageCount: 1, guides: [1, 2, 3] }]);
    expect(paginate([], 3)).toEqual([{ number: 1, pageCount: 1, guides: [] }]);
    expect(paginate([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([
      { number: 1, pageCount: 3, guides: [1, 2, 3] },
      { number: 2, pageCount: 3, guides: [4, 5, 6] },
      { number: 3, pageCount: 3, guides: [7] },
    ]);
    expect(pageContaining([1, 2, 3, 4, 5, 6, 7], 4, 3).number).toBe(2);
    expect(pageContaining([1, 2, 3], -1, 3).number).toBe(1);
  });

  it('list pages have their own addresses; page 1 is the stage page', () => {
    expect(routes.guideList('aftercare')).toBe(routes.stage('aftercare'));
    expect(routes.guideList('aftercare', 2)).toBe('/aftercare/page/2/');
    expect(routes.guideList('topics')).toBe('/topics/');
    expect(listPageParams('maintenance', 3)).toEqual({ lang: undefined, section: 'maintenance', page: '3' });
    // Spanish list pages sit under /es/ like every other Spanish page.
    expect(routes.guideList('aftercare', 1, 'es')).toBe(routes.stage('aftercare', 'es'));
    expect(routes.guideList('aftercare', 2, 'es')).toBe('/es/aftercare/page/2/');
    expect(listPageParams('topics', 2, 'es')).toEqual({ lang: 'es', section: 'topics', page: '2' });
    expect(hasListing('procedure', 1)).toBe(true);
    expect(hasListing('topics', GUIDES_PER_PAGE)).toBe(false);
    expect(hasListing('topics', GUIDES_PER_PAGE + 1)).toBe(true);
    expect([listPageCount('procedure', 0), listPageCount('procedure', GUIDES_PER_PAGE + 1), listPageCount('topics', GUIDES_PER_PAGE)]).toEqual([1, 2, 0]);
  });

  it('a small site lists every guide everywhere, as it always has', () => {
    const all = corpus(40);
    for (const collection of GUIDE_COLLECTIONS) {
      expect(preview(collection, of(all, collection), all.length)).toEqual({ shown: of(all, collection) });
      const guide = of(all, collection)[3]!;
      expect(sectionList(all, guide)).toEqual({ guides: of(all, collection), href: collection === 'topics' ? undefined : routes.stage(collection) });
    }
    // Topics have no page of their own then: the home page lists them all, even next to many stage guides.
    const many = corpus(1000).filter((guide) => guide.collection !== 'topics').concat(of(all, 'topics'));
    expect(preview('topics', of(many, 'topics'), many.length).more).toBeUndefined();
  });

  it('groups a list of guides by section once, however many of its guides ask: a build asks once per guide page', () => {
    // Each guide counts how often its section is read; filtering the list for every page read it millions of times.
    let reads = 0;
    const all = corpus(2000).map(({ collection, id }) => ({
      id,
      get collection() {
        reads += 1;
        return collection;
      },
    }));
    const pages = all.map((guide) => sectionList(all, guide));
    expect(pages.every((page, index) => page.guides.includes(all[index]!))).toBe(true);
    expect(reads).toBeLessThan(all.length * 10);
  });

  it(`at 5,000 guides no page lists more than ${GUIDES_PER_PAGE} guides`, () => {
    const all = corpus(5000);
    for (const collection of GUIDE_COLLECTIONS) {
      const guides = of(all, collection);
      const pages = paginate(guides);
      expect(pages).toHaveLength(Math.ceil(guides.length / GUIDES_PER_PAGE));
      expect(Math.max(...pages.map((page) => page.guides.length))).toBe(GUIDES_PER_PAGE);
      expect(pages.flatMap((page) => page.guides)).toEqual(guides);
      // Search without JavaScript and the home page: a preview and a link to the section's own pages.
      expect(preview(collection, guides, all.length)).toEqual({
        shown: guides.slice(0, PREVIEW_GUIDES),
        more: { count: guides.length - PREVIEW_GUIDES, href: routes.guideList(collection) },
      });
    }
    // Beside a guide: the page of its section it is on, and a link to that page.
    const guide = of(all, 'aftercare')[777]!;
    const beside = sectionList(all, guide);
    expect(beside.guides).toHaveLength(GUIDES_PER_PAGE);
    expect(beside.guides).toContain(guide);
    expect(beside.href).toBe(routes.guideList('aftercare', 16));
    expect(sectionList(all, of(all, 'topics')[0]!).href).toBe(routes.guideList('topics', 1));
    // A Spanish guide links to the Spanish page of its section.
    expect(sectionList(all, guide, 'es').href).toBe('/es/aftercare/page/16/');
    expect(preview('aftercare', of(all, 'aftercare'), all.length, 'es').more?.href).toBe('/es/aftercare/');
  });

  it('the home page describes the procedure from the guides on the first page of each stage only', () => {
    const guides = corpus(5000).map((guide) => ({ ...guide, summary: [`Key point of ${guide.id}.`] }));
    // The aftercare part of the JSON-LD, read as search engines do: from the serialised object.
    const { followup: aftercare } = JSON.parse(JSON.stringify(procedureJsonLd('https://clinic.example/', 'About micro-needling.', guides))) as { followup: string };
    expect(aftercare.split(' ').filter((word) => word === 'Key')).toHaveLength(GUIDES_PER_PAGE);
    expect(aftercare).toContain(`Key point of ${of(guides, 'aftercare')[GUIDES_PER_PAGE - 1]!.id}.`);
    expect(aftercare).not.toContain(`Key point of ${of(guides, 'aftercare')[GUIDES_PER_PAGE]!.id}.`);
  });

  it('each list page has its own title, breadcrumbs and links to the pages beside it', () => {
    expect(listPageFacts('aftercare', { number: 1, pageCount: 1 })).toEqual({
      label: 'Aftercare',
      title: 'Aftercare',
      description: 'How to look after your skin in the first day and week, and when to call the clinic.',
      path: '/aftercare/',
      step: 'Step 3 of 4',
      crumbs: [
        { label: 'Home', href: '/' },
        { label: 'Aftercare', href: '/aftercare/' },
      ],
      card: 'aftercare',
      previous: undefined,
      next: undefined,
    });
    const middle = listPageFacts('topics', { number: 2, pageCount: 3 });
    expect(middle).toMatchObject({ title: 'Before you decide, page 2 of 3', path: '/topics/page/2/', step: undefined, card: 'site', previous: '/topics/', next: '/topics/page/3/' });
    expect(middle.crumbs.at(-1)).toEqual({ label: 'Page 2', href: '/topics/page/2/' });
    expect(listPageFacts('aftercare', { number: 2, pageCount: 3 }, 'es')).toEqual({
      label: 'Cuidados después',
      title: 'Cuidados después, página 2 de 3',
      description: stageBlurb('aftercare', 'es'),
      path: '/es/aftercare/page/2/',
      step: 'Paso 3 de 4',
      crumbs: [
        { label: 'Inicio', href: '/es/' },
        { label: 'Cuidados después', href: '/es/aftercare/' },
        { label: 'Página 2', href: '/es/aftercare/page/2/' },
      ],
      card: 'es/aftercare',
      previous: '/es/aftercare/',
      next: '/es/aftercare/page/3/',
    });
    expect(listPageFacts('topics', { number: 1, pageCount: 2 }, 'es')).toMatchObject({ title: 'Antes de decidir', description: t('es', 'topics.blurb'), next: '/es/topics/page/2/' });
  });
});
