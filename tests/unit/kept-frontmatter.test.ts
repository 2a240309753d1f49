import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openKeptFrontmatter } from '../../src/build/kept-frontmatter';
import { frontmatterData, frontmatterRead, rememberFrontmatter, useKeptFrontmatter } from '../../src/lib/frontmatter';

/** A project with only what the kept frontmatter's version reads: the installed packages' list. */
function project(packages = '{"packages":{"node_modules/yaml":{"version":"2.8.0"}}}'): { root: string; cacheDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'mng-frontmatter-'));
  mkdirSync(join(root, 'node_modules'));
  writeFileSync(join(root, 'node_modules', '.package-lock.json'), packages);
  return { root, cacheDir: join(root, '.astro', 'cache') };
}

afterEach(() => useKeptFrontmatter(undefined));

describe('frontmatter kept between builds', () => {
  it('gives the next build what this one read, without reading YAML again', () => {
    const { root, cacheDir } = project();
    const first = openKeptFrontmatter(cacheDir, root);
    useKeptFrontmatter(first);
    expect(frontmatterData('title: Kept between builds\norder: 3\n')).toEqual({ title: 'Kept between builds', order: 3 });
    first.save();

    const next = openKeptFrontmatter(cacheDir, root);
    expect(next.get('title: Kept between builds\norder: 3\n')).toEqual({ title: 'Kept between builds', order: 3 });
    expect(next.get('title: Never read\n')).toBeUndefined();
  });

  it('takes kept data in place of reading the text', () => {
    const text = 'title: [not read, since it is kept\n';
    useKeptFrontmatter({ get: (asked) => (asked === text ? { title: 'As kept' } : undefined), add: () => {} });
    expect(frontmatterData(text)).toEqual({ title: 'As kept' });
  });

  it('keeps nothing JSON would change, and nothing from other package versions', () => {
    const { root, cacheDir } = project();
    const kept = openKeptFrontmatter(cacheDir, root);
    useKeptFrontmatter(kept);
    expect(frontmatterData('order: .inf\n')).toEqual({ order: Infinity });
    frontmatterData('title: Plain\n');
    kept.save();
    expect(openKeptFrontmatter(cacheDir, root).get('order: .inf\n')).toBeUndefined();
    expect(openKeptFrontmatter(cacheDir, root).get('title: Plain\n')).toEqual({ title: 'Plain' });

    writeFileSync(join(root, 'node_modules', '.package-lock.json'), '{"packages":{"node_modules/yaml":{"version":"3.0.0"}}}');
    expect(openKeptFrontmatter(cacheDir, root).get('title: Plain\n')).toBeUndefined();
  });

  it('hands another thread what this one read', () => {
    frontmatterData('title: Read in the first thread\n');
    const pairs = frontmatterRead();
    expect(pairs).toContainEqual(['title: Read in the first thread\n', { title: 'Read in the first thread' }]);
    rememberFrontmatter([['title: [unreadable\n', { title: 'Remembered' }]]);
    expect(frontmatterData('title: [unreadable\n')).toEqual({ title: 'Remembered' });
  });
});
