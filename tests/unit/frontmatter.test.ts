import { describe, expect, it } from 'vitest';
import { frontmatterData } from '../../src/lib/frontmatter';

describe('frontmatterData', () => {
  it('reads each frontmatter once, and gives every caller a copy of its own', () => {
    const text = 'title: First week\nsources:\n  - title: A review\n    year: 2018\n';
    const first = frontmatterData(text) as { title: string; sources: { year: number }[] };
    expect(first).toEqual({ title: 'First week', sources: [{ title: 'A review', year: 2018 }] });
    first.title = 'Changed by a caller';
    first.sources[0]!.year = 1999;
    expect(frontmatterData(text)).toEqual({ title: 'First week', sources: [{ title: 'A review', year: 2018 }] });
  });

  it('is empty without frontmatter, and says what is wrong with YAML that is not, every time', () => {
    expect(frontmatterData(null)).toEqual({});
    expect(frontmatterData('')).toEqual({});
    expect(() => frontmatterData('title: [unclosed')).toThrow();
    expect(() => frontmatterData('title: [unclosed')).toThrow();
  });
});
