import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { routes } from '../../src/lib/routes';
import { gzipSize, loadPage, pageScripts, publishedGuides } from '../support/site-files';

const distDir = inject('distDir');
const plan = () => loadPage(distDir, routes.plan());

describe('the treatment plan page', () => {
  it('lists every checklist step and timeline item the guides hold, with a link to the guide', () => {
    const $ = plan();
    const text = $('[data-plan-day]').text();
    let steps = 0;
    for (const guide of publishedGuides()) {
      for (const item of guide.data.checklist ?? []) {
        expect(text, guide.file).toContain(item.action);
        steps += 1;
      }
      for (const entry of guide.data.timeline ?? []) {
        for (const line of [...entry.do, ...entry.avoid]) expect(text, guide.file).toContain(line);
        steps += entry.do.length + entry.avoid.length;
      }
      if (guide.data.checklist?.length || guide.data.timeline?.length) {
        expect($(`[data-plan-day] a[href="${routes.guide(guide)}"]`).length, guide.file).toBeGreaterThan(0);
      }
    }
    expect(steps).toBeGreaterThan(10);
    expect($('[data-plan-day] li').length).toBe(steps);
  });

  it('is linked from every checklist and timeline, and from the home page', () => {
    expect(loadPage(distDir, routes.home())(`main a[href="${routes.plan()}"]`)).toHaveLength(1);
    for (const guide of publishedGuides().filter((guide) => guide.data.checklist?.length || guide.data.timeline?.length)) {
      const $ = loadPage(distDir, routes.guide(guide));
      if ($('.checklist, .timeline').length === 0) continue;
      expect($(`.prose a[href="${routes.plan()}"]`).length, guide.file).toBeGreaterThan(0);
    }
  });

  it('loads a small script, and the calendar library only when a reader asks for a file', () => {
    const { files, inline } = pageScripts(distDir, `${routes.plan().slice(1)}index.html`);
    expect(inline).toEqual([]);
    const bytes = files.map((file) => gzipSize(readFileSync(join(distDir, file)))).reduce((sum, size) => sum + size, 0);
    // The plan tool, the shared launcher and their helpers, before the reader does anything.
    expect(bytes).toBeLessThanOrEqual(5 * 1024);
    const tool = files.map((file) => readFileSync(join(distDir, file), 'utf8')).join('');
    expect(tool).not.toContain('BEGIN:VCALENDAR');
    expect(tool).toMatch(/import\(`\.\/[\w.-]+\.js`\)|import\("\.\/[\w.-]+\.js"\)/);
  });
});
