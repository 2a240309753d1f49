import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtAssets, contentDataKey, guidePageKey, setBuildOutput, type KeyedGuide } from '../../src/lib/page-reuse';

const guide: KeyedGuide = { collection: 'aftercare', id: 'first-days', body: 'Keep your skin clean.', data: { title: 'The first days', order: 1 }, images: [new Uint8Array([1, 2, 3])] };
const entries = [
  { collection: 'aftercare', id: 'first-days', data: { title: 'The first days', order: 1 } },
  { collection: 'aftercare', id: 'week-two', data: { title: 'Week two', order: 2 } },
  { collection: 'reviewers', id: 'dr-lee', data: { name: 'Dr Lee' } },
];

describe('page reuse keys', () => {
  afterEach(() => setBuildOutput(undefined));

  it('keep a guide page’s key while nothing it reads changes', () => {
    expect(guidePageKey(contentDataKey(entries), 'a.css', guide)).toBe(guidePageKey(contentDataKey(structuredClone(entries)), 'a.css', { ...guide }));
  });

  it('change a guide page’s key with its own words, frontmatter or images, any entry’s data, or the built assets', () => {
    const base = guidePageKey(contentDataKey(entries), 'a.css', guide);
    const renamed = entries.map((entry) => (entry.id === 'week-two' ? { ...entry, data: { ...entry.data, title: 'The second week' } } : entry));
    const reviewer = entries.map((entry) => (entry.collection === 'reviewers' ? { ...entry, data: { name: 'Dr Lee, MD' } } : entry));
    const variants = [
      guidePageKey(contentDataKey(entries), 'a.css', { ...guide, body: 'Keep your skin clean and dry.' }),
      guidePageKey(contentDataKey(entries), 'a.css', { ...guide, data: { title: 'The first days', order: 2 } }),
      guidePageKey(contentDataKey(renamed), 'a.css', guide),
      guidePageKey(contentDataKey(reviewer), 'a.css', guide),
      guidePageKey(contentDataKey(entries.slice(0, 2)), 'a.css', guide),
      guidePageKey(contentDataKey(entries), 'b.css', guide),
      guidePageKey(contentDataKey(entries), 'a.css', { ...guide, collection: 'procedure' }),
      guidePageKey(contentDataKey(entries), 'a.css', { ...guide, images: [new Uint8Array([1, 2, 4])] }),
      guidePageKey(contentDataKey(entries), 'a.css', { ...guide, images: [] }),
    ];
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
  });

  it('read the built stylesheets and scripts by name from the output the build names, and nothing without one', () => {
    expect(builtAssets()).toBe('');
    const out = mkdtempSync(join(tmpdir(), 'page-reuse-'));
    setBuildOutput(out);
    expect(builtAssets()).toBe('');
    mkdirSync(join(out, '_astro'));
    for (const name of ['guide.B2.css', 'BaseLayout.A1.css', 'search.C3.js']) writeFileSync(join(out, '_astro', name), '');
    expect(builtAssets()).toBe('BaseLayout.A1.css\nguide.B2.css\nsearch.C3.js');
  });
});
