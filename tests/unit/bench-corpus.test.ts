import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { corpusGuideId, generateCorpus, seededRandom, type CorpusOptions } from '../../src/bench/corpus';
import { readTerms, writeBenchClinics, writeBenchSites } from '../../src/bench/bench-project';
import { loadClinic } from '../../src/lib/clinic-config';
import { checkContent } from '../../src/checks/content-check';
import { readability } from '../../src/lib/readability';
import { GUIDE_COLLECTIONS } from '../../src/lib/stages';
import { signsSchema } from '../../src/schemas/sign';
import { PROJECT_ROOT } from '../support/paths';

const REVIEWED = '2026-12-01';
const options: CorpusOptions = {
  count: 25,
  seed: 14,
  reviewed: REVIEWED,
  terms: readTerms(join(PROJECT_ROOT, 'content')),
  signs: signsSchema.parse(parseYaml(readFileSync(join(PROJECT_ROOT, 'content', 'signs.yaml'), 'utf8'))),
  reviewer: 'editorial-team',
};

describe('bench corpus generator', () => {
  it('gives the same numbers for the same seed, and others for another seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, seededRandom(8))).not.toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('is deterministic: the same options give the same bytes, another seed other prose', () => {
    const corpus = generateCorpus(options);
    expect(generateCorpus(options)).toEqual(corpus);
    const other = generateCorpus({ ...options, seed: 15 });
    expect(other.map((guide) => guide.id)).toEqual(corpus.map((guide) => guide.id));
    expect(other[0]!.text).not.toBe(corpus[0]!.text);
  });

  it('spreads guides over every guide collection with unique ids and orders', () => {
    const corpus = generateCorpus(options);
    expect(new Set(corpus.map((guide) => guide.collection))).toEqual(new Set(GUIDE_COLLECTIONS));
    expect(new Set(corpus.map((guide) => guide.id)).size).toBe(corpus.length);
    expect(corpus[0]!.id).toBe(corpusGuideId(0));
    for (const collection of GUIDE_COLLECTIONS) {
      const orders = corpus.filter((guide) => guide.collection === collection).map((guide) => /\norder: (\d+)\n/.exec(guide.text)![1]);
      expect(new Set(orders).size).toBe(orders.length);
    }
    // Tables on a third of the guides, as in the corpus of issue 14.
    expect(corpus.filter((guide) => guide.text.includes('| --- |')).length).toBe(Math.ceil(corpus.length / 3));
  });

  describe('a written corpus', () => {
    const dest = mkdtempSync(join(tmpdir(), 'mng-bench-corpus-'));
    afterAll(() => rmSync(dest, { recursive: true, force: true }));
    const sites = writeBenchSites(PROJECT_ROOT, dest, 10, 14, REVIEWED);

    it('passes the real content check, every gate included', () => {
      const result = checkContent(sites.project, { today: new Date(`${REVIEWED}T12:00:00Z`) });
      expect(result.problems).toEqual([]);
      expect(result.warnings).toEqual([]);
      expect(result.guides).toHaveLength(10);
      // About 930 words of body text a guide, like the real corpus.
      const words = result.guides.map((guide) => readability(guide.parsed).words);
      expect(Math.min(...words)).toBeGreaterThan(800);
      expect(Math.max(...words)).toBeLessThan(1100);
    });

    it('writes the same guide files for the bare Astro site', () => {
      for (const guide of sites.guides) {
        const path = join('content', guide.collection, `${guide.id}.mdx`);
        expect(readFileSync(join(sites.bare, path), 'utf8')).toBe(readFileSync(join(sites.project, path), 'utf8'));
      }
      expect(readFileSync(join(sites.bare, 'astro.config.mjs'), 'utf8')).toContain('integrations: [mdx(), sitemap()]');
    });

    it('adds synthetic clinics that pass the production clinic check', async () => {
      const ids = writeBenchClinics(PROJECT_ROOT, sites.project, 2);
      expect(ids).toEqual(['bench-clinic-01', 'bench-clinic-02']);
      for (const id of ids) expect((await loadClinic(sites.project, id, { production: true })).problems).toEqual([]);
    });
  });
});
