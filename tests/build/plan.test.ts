import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { routes } from '../../src/lib/routes';
import { builtLocales, gzipSize, loadPage, pageScripts, publishedGuidesIn } from '../support/site-files';
import type { Locale } from '../../src/i18n/locales';

const distDir = inject('distDir');
const plan = (locale: Locale) => loadPage(distDir, routes.plan(locale));

describe('the treatment plan page', () => {
  it.each(builtLocales(distDir))('lists every checklist step and timeline item the %s guides hold, with a link to the guide', (locale) => {
    const $ = plan(locale);
    const text = $('[data-plan-day]').text();
    let steps = 0;
    for (const guide of publishedGuidesIn(locale)) {
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

  it.each(builtLocales(distDir))('is linked from every %s checklist and timeline, and from the home page', (locale) => {
    expect(loadPage(distDir, routes.home(locale))(`main a[href="${routes.plan(locale)}"]`)).toHaveLength(1);
    for (const guide of publishedGuidesIn(locale).filter((guide) => guide.data.checklist?.length || guide.data.timeline?.length)) {
      const $ = loadPage(distDir, routes.guide(guide));
      if ($('.checklist, .timeline').length === 0) continue;
      expect($(`.prose a[href="${routes.plan(locale)}"]`).length, guide.file).toBeGreaterThan(0);
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
