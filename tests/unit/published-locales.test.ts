import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedLocales } from '../../src/lib/published-locales';
import { readReviewedGuides } from '../../src/lib/sitemap';

function content(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mng-locales-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const GUIDE = '---\nlastReviewed: 2026-11-22\n---\nText\n';

describe('published languages', () => {
  it('are the languages asked for that have a published guide; English always', () => {
    const dir = content({ 'aftercare/first-week.mdx': GUIDE, 'aftercare/es/primera-semana.mdx': GUIDE });
    expect(publishedLocales(readReviewedGuides(dir), ['en', 'es'])).toEqual(['en', 'es']);
    expect(publishedLocales(readReviewedGuides(dir), ['en'])).toEqual(['en']);
  });

  it('leave out a language with no guides, or only drafts, and say so', () => {
    const lines: string[] = [];
    const dir = content({ 'aftercare/first-week.mdx': GUIDE, 'aftercare/es/borrador.mdx': '---\nlastReviewed: 2026-11-22\ndraft: true\n---\n' });
    expect(publishedLocales(readReviewedGuides(dir), ['en', 'es'], (line) => lines.push(line))).toEqual(['en']);
    expect(lines).toEqual(['no published guides in content/*/es/ yet, so no /es/ pages are built']);
  });

  it('do not stop at a guide whose frontmatter is not YAML: the content check reports it, with its line', () => {
    const dir = content({ 'aftercare/first-week.mdx': GUIDE, 'aftercare/es/rota.mdx': '---\ntitle: "sin cerrar\nlastReviewed: 2026-11-22\n---\n' });
    expect(publishedLocales(readReviewedGuides(dir), ['en', 'es'])).toEqual(['en']);
  });
});
