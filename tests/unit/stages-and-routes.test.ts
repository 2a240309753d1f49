import { describe, expect, it } from 'vitest';
import { GUIDE_COLLECTIONS, STAGE_IDS, STAGES, getStage, isStageId, stageNumber } from '../../src/lib/stages';
import { LOCALES } from '../../src/i18n/locales';
import { stageLabel, stageShortLabel } from '../../src/i18n/stage-text';
import { guideParams, langParam, routes, sitePaths, socialCardKeys, withBase } from '../../src/lib/routes';

describe('stages', () => {
  it('are the four journey stages in order', () => {
    expect(STAGE_IDS).toEqual(['consultation', 'procedure', 'aftercare', 'maintenance']);
    expect(STAGES.map((stage) => stageNumber(stage.id))).toEqual([1, 2, 3, 4]);
  });

  it('have unique URL segments, and unique labels in every language', () => {
    expect(new Set(STAGES.map((stage) => stage.segment)).size).toBe(STAGES.length);
    for (const locale of LOCALES) {
      expect(new Set(STAGES.map((stage) => stageLabel(stage.id, locale))).size, locale).toBe(STAGES.length);
      expect(new Set(STAGES.map((stage) => stageShortLabel(stage.id, locale))).size, locale).toBe(STAGES.length);
    }
    expect(stageLabel('aftercare', 'es')).toBe('Cuidados después');
  });

  it('put topics after the stages among guide collections', () => {
    expect(GUIDE_COLLECTIONS).toEqual([...STAGE_IDS, 'topics']);
    expect(isStageId('topics')).toBe(false);
  });

  it('names the known stages when asked for an unknown one', () => {
    expect(() => getStage('recovery' as never)).toThrowErrorMatchingInlineSnapshot(
      `[Error: Unknown stage "recovery". Known stages: consultation, procedure, aftercare, maintenance.]`,
    );
  });
});

describe('routes', () => {
  it('builds every route from the stage list', () => {
    expect(routes.stage('aftercare')).toBe('/aftercare/');
    expect(routes.guide({ collection: 'procedure', id: 'on-the-day' })).toBe('/procedure/on-the-day/');
    expect(routes.guide({ collection: 'topics', id: 'risks' })).toBe('/topics/risks/');
    expect(guideParams({ collection: 'topics', id: 'risks' })).toEqual({ lang: undefined, section: 'topics', guide: 'risks' });
    expect(routes.glossaryTerm('collagen')).toBe('/glossary/#collagen');
  });

  it('puts Spanish pages under /es/, with the stage segments of English and the guide’s own slug', () => {
    expect(routes.home('es')).toBe('/es/');
    expect(routes.stage('aftercare', 'es')).toBe('/es/aftercare/');
    expect(routes.guide({ collection: 'aftercare', id: 'es/primera-semana' })).toBe('/es/aftercare/primera-semana/');
    expect(guideParams({ collection: 'aftercare', id: 'es/primera-semana' })).toEqual({ lang: 'es', section: 'aftercare', guide: 'primera-semana' });
    expect(routes.guideMarkdown({ collection: 'aftercare', id: 'es/primera-semana' })).toBe('/es/aftercare/primera-semana.md');
    expect(routes.glossaryTerm('es/erythema')).toBe('/es/glossary/#erythema');
    expect([routes.faq('es'), routes.glossary('es'), routes.search('es'), routes.plan('es'), routes.handout('first-week', 'es')]).toEqual([
      '/es/faq/',
      '/es/glossary/',
      '/es/search/',
      '/es/plan/',
      '/es/handouts/first-week/',
    ]);
    expect([langParam('en'), langParam('es')]).toEqual([undefined, 'es']);
    expect(socialCardKeys.guide({ collection: 'aftercare', id: 'es/primera-semana' })).toBe('es/aftercare/primera-semana');
    expect([socialCardKeys.stage('aftercare'), socialCardKeys.stage('aftercare', 'es')]).toEqual(['aftercare', 'es/aftercare']);
  });

  it('lists every page of every language the site has, for the link check', () => {
    const paths = sitePaths([{ collection: 'aftercare', id: 'first-week' }, { collection: 'aftercare', id: 'es/primera-semana' }], ['en', 'es']);
    for (const path of ['/', '/es/', '/es/aftercare/', '/es/faq/', '/es/glossary/', '/es/plan/', '/es/handouts/first-week/', '/es/aftercare/primera-semana/', '/aftercare/first-week/']) {
      expect(paths.has(path), path).toBe(true);
    }
    expect(sitePaths([], ['en']).has('/es/')).toBe(false);
  });

  it('lists a section’s numbered list pages once it has more guides in a language than one page holds', () => {
    const guides = (collection: 'aftercare' | 'topics', count: number, folder = '') =>
      Array.from({ length: count }, (_, index) => ({ collection, id: `${folder}guide-${index}` }));
    const paths = sitePaths([...guides('aftercare', 101), ...guides('aftercare', 50, 'es/'), ...guides('topics', 51)], ['en', 'es']);
    expect([...paths].filter((path) => path.includes('/page/')).sort()).toEqual(['/aftercare/page/2/', '/aftercare/page/3/', '/topics/page/2/']);
    expect(paths.has('/topics/')).toBe(true);
    expect(sitePaths(guides('topics', 50)).has('/topics/')).toBe(false);
  });

  it('applies a base path', () => {
    expect(withBase('/aftercare/', '/guide/')).toBe('/guide/aftercare/');
    expect(withBase('faq/', '/guide')).toBe('/guide/faq/');
    expect(withBase('/', '/')).toBe('/');
  });
});
