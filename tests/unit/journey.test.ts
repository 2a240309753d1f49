import { describe, expect, it } from 'vitest';
import { breadcrumbs, journeyNeighbours, sortGuides, tableOfContents, type GuideRef } from '../../src/lib/journey';

const guide = (collection: GuideRef['collection'], id: string, order: number): GuideRef => ({
  collection,
  id,
  order,
  title: `${collection} ${id}`,
  description: '',
});

const shuffled = [
  guide('maintenance', 'sessions', 1),
  guide('topics', 'risks', 1),
  guide('aftercare', 'first-week', 2),
  guide('consultation', 'preparing', 3),
  guide('aftercare', 'first-24-hours', 1),
  guide('procedure', 'on-the-day', 1),
  guide('consultation', 'what-happens', 1),
];

describe('sortGuides', () => {
  it('orders by stage, then by order, with topics last', () => {
    expect(sortGuides(shuffled).map((g) => `${g.collection}/${g.id}`)).toEqual([
      'consultation/what-happens',
      'consultation/preparing',
      'procedure/on-the-day',
      'aftercare/first-24-hours',
      'aftercare/first-week',
      'maintenance/sessions',
      'topics/risks',
    ]);
  });

  it('breaks ties by id so the order never depends on file-system order', () => {
    const tied = [guide('procedure', 'b', 1), guide('procedure', 'a', 1)];
    expect(sortGuides(tied).map((g) => g.id)).toEqual(['a', 'b']);
  });
});

describe('journeyNeighbours', () => {
  it('walks across stage boundaries', () => {
    const { previous, next } = journeyNeighbours(shuffled, guide('procedure', 'on-the-day', 1));
    expect(previous?.id).toBe('preparing');
    expect(next?.id).toBe('first-24-hours');
  });

  it('has no previous at the start and no next at the end', () => {
    expect(journeyNeighbours(shuffled, guide('consultation', 'what-happens', 1)).previous).toBeUndefined();
    expect(journeyNeighbours(shuffled, guide('maintenance', 'sessions', 1)).next).toBeUndefined();
  });

  it('leaves topic guides out of the walk, pointing them to its start', () => {
    expect(journeyNeighbours(shuffled, guide('topics', 'risks', 1))).toEqual({ next: expect.objectContaining({ id: 'what-happens' }) });
    expect(journeyNeighbours(shuffled, guide('consultation', 'what-happens', 1)).previous).toBeUndefined();
    expect(journeyNeighbours(shuffled, guide('maintenance', 'sessions', 1)).next).toBeUndefined();
  });

  it('visits every journey guide exactly once when following next from the first', () => {
    const visited: string[] = [];
    let current: GuideRef | undefined = sortGuides(shuffled)[0];
    while (current) {
      visited.push(current.id);
      current = journeyNeighbours(shuffled, current).next;
    }
    expect(visited).toEqual(['what-happens', 'preparing', 'on-the-day', 'first-24-hours', 'first-week', 'sessions']);
  });

  it('sorts a list once, however many of its guides ask: a build asks once per guide page', () => {
    // Each guide counts how often the sort reads its order; sorting for every page read it millions of times.
    let reads = 0;
    const counted = (collection: GuideRef['collection'], id: string, order: number): GuideRef => ({
      ...guide(collection, id, 1),
      get order() {
        reads += 1;
        return order;
      },
    });
    const stages = ['consultation', 'procedure', 'aftercare', 'maintenance'] as const;
    const many = Array.from({ length: 2000 }, (_, index) => counted(stages[index % 4]!, `guide-${index}`, 2000 - index));
    const walk = many.map((current) => journeyNeighbours(many, current).next?.id);
    expect(walk.filter((id) => id === undefined)).toHaveLength(1);
    expect(reads).toBeLessThan(many.length * 30);
  });
});

describe('breadcrumbs', () => {
  it('goes home → stage → guide', () => {
    expect(breadcrumbs(guide('aftercare', 'first-week', 2), 'en')).toEqual([
      { label: 'Home', href: '/' },
      { label: 'Aftercare', href: '/aftercare/' },
      { label: 'aftercare first-week', href: '/aftercare/first-week/' },
    ]);
  });

  it("names home and the stage in the page's language", () => {
    expect(breadcrumbs(guide('aftercare', 'first-week', 2), 'es').map((crumb) => crumb.label).slice(0, 2)).toEqual(['Inicio', 'Cuidados después']);
  });

  it('skips the stage for topic guides', () => {
    expect(breadcrumbs(guide('topics', 'risks', 1), 'en').map((crumb) => crumb.href)).toEqual(['/', '/topics/risks/']);
  });
});

describe('tableOfContents', () => {
  const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase() });

  it('lists h2 sections when there are three or more', () => {
    expect(tableOfContents([h(2, 'A'), h(3, 'A1'), h(2, 'B'), h(2, 'C')]).map((x) => x.text)).toEqual(['A', 'B', 'C']);
  });

  it('is empty for short guides', () => {
    expect(tableOfContents([h(2, 'A'), h(2, 'B'), h(3, 'B1')])).toEqual([]);
  });
});
