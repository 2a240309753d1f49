import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-check';
import { formatProblem } from '../../src/lib/friendly-errors';
import { contentFixture, setField, type FileChange } from '../support/fixture-content';
import { FIXTURES } from '../support/paths';

/** A fixed build day, so review-date rules do not change with the calendar. */
const TODAY = new Date('2026-11-22T00:00:00Z');

/** The fixture's English aftercare guide 1, as the text of a guide placed elsewhere. */
const ENGLISH_GUIDE = readFileSync(join(FIXTURES, 'minimal', 'content', 'aftercare', 'guide-1.mdx'), 'utf8');

function messages(changes: Record<string, FileChange>): string[] {
  return checkContent(contentFixture(changes), { today: TODAY }).problems.map(formatProblem);
}

describe('content check: guides in a language folder', () => {
  it('accepts a translation in es/ with the order of its English guide, as a guide of its own', () => {
    const result = checkContent(contentFixture({ 'aftercare/es/otra-guia.mdx': setField('order', '2')(ENGLISH_GUIDE) }), { today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.guides.map((guide) => guide.id)).toContain('es/otra-guia');
  });

  it('still refuses two guides of one language with the same order, and any other subfolder', () => {
    expect(
      messages({
        'aftercare/es/otra-guia.mdx': setField('order', '1')(ENGLISH_GUIDE),
        'aftercare/old/guide-9.mdx': setField('order', '9')(ENGLISH_GUIDE),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/otra-guia.mdx: order 1 is also used by content/aftercare/es/guia-1.mdx. Give each guide in content/aftercare/es/ its own order number.",
        "content/aftercare/old/guide-9.mdx: is in a subfolder. Put guides directly in content/aftercare/ (or as <id>/index.mdx).",
      ]
    `);
  });
});
