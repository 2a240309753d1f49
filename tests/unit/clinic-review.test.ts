import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadClinic } from '../../src/lib/clinic-config';
import { assembleClinicContent } from '../../src/lib/clinic-content';
import { applyClinicReview } from '../../src/lib/clinic-review';
import { parseIsoDate } from '../../src/lib/dates';
import { formatProblem } from '../../src/lib/friendly-errors';
import { checkContent } from '../../src/checks/content-check';
import { contentFixture } from '../support/fixture-content';

const CONFIG = 'clinics/test-clinic/clinic.yaml';
const PRACTITIONER = 'practitioners:\n  dr-rowe:\n    name: Dr Alex Rowe\n    credentials: MBBS\n    role: Dermatologist\n';
const withReview = (review: string) => (text: string) => `${text}${PRACTITIONER}review:\n${review}`;
const date = (value: string) => parseIsoDate(value)!;

beforeEach(() => vi.stubEnv('REVIEW_DATE', '2026-11-25'));
afterEach(() => vi.unstubAllEnvs());

describe('clinical review as configuration', () => {
  it('checks the reviewer, the dates and the guides it names', async () => {
    const root = contentFixture({
      [CONFIG]: withReview('  by: dr-rowse\n  date: 2026-12-24\n  guides:\n    aftercare/guide-3: 2026-11-02\n    procedure/guide-2: 2027-01-01\n'),
    });
    expect((await loadClinic(root, 'test-clinic')).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: review.by names "dr-rowse", who is not among practitioners. Did you mean "dr-rowe"? Add them under practitioners, or use one of: dr-rowe.",
        "content/clinics/test-clinic/clinic.yaml: review.date is 2026-12-24, after today (2026-11-25). Write the day the review took place.",
        "content/clinics/test-clinic/clinic.yaml: review.guides.aftercare/guide-3 is not a default guide this clinic publishes. Did you mean "aftercare/guide-1"? Name one as <stage>/<id>; your own guides carry their reviewer themselves.",
        "content/clinics/test-clinic/clinic.yaml: review.guides.procedure/guide-2 is 2027-01-01, after today (2026-11-25). Write the day the review took place.",
      ]
    `);
  });

  it('needs a date for all guides or per guide', async () => {
    const root = contentFixture({ [CONFIG]: withReview('  by: dr-rowe\n') });
    expect((await loadClinic(root, 'test-clinic')).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/clinic.yaml: review needs a date (for every default guide) or guides (a date per guide). Add one.",
      ]
    `);
  });

  it('puts the clinic reviewer on the default guides, with their date and the guide’s own review interval', () => {
    const source = readFileSync(join(contentFixture(), 'content', 'aftercare', 'guide-1.mdx'), 'utf8');
    const outcome = applyClinicReview(source, 'dr-rowe', date('2026-11-20'));
    expect(outcome.kind).toBe('applied');
    const applied = outcome.kind === 'applied' ? outcome.source : '';
    expect(applied.split('\n').slice(6, 9)).toEqual(['lastReviewed: 2026-11-20', 'nextReview: 2027-11-20', 'reviewedBy: dr-rowe']);
    expect(applied.slice(applied.indexOf('## First part'))).toBe(source.slice(source.indexOf('## First part')));
    expect(applyClinicReview(source, 'dr-rowe', date('2026-10-01'))).toEqual({ kind: 'outdated', revised: date('2026-11-01'), reviewed: date('2026-10-01') });
  });

  it('assembles a site whose reviewed guides pass the content check under the clinic reviewer, and logs guides revised since', async () => {
    const root = contentFixture({
      [CONFIG]: withReview('  by: dr-rowe\n  date: 2026-11-20\n  guides:\n    consultation/guide-1: 2026-10-01\n'),
    });
    const { clinic, problems } = await loadClinic(root, 'test-clinic');
    expect(problems).toEqual([]);
    const target = join(root, 'assembled');
    const lines: string[] = [];
    expect(assembleClinicContent(root, clinic!, target, (line) => lines.push(line))).toEqual([]);
    expect(lines).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx: revised on 2026-11-01, after Dr Alex Rowe's review on 2026-10-01; it keeps the site's reviewer until you review it again and update review in clinic.yaml",
      ]
    `);
    const { guides, problems: contentProblems } = checkContent(root, { contentDir: target, today: date('2026-11-25') });
    expect(contentProblems.map(formatProblem)).toEqual([]);
    const reviewers = new Map(guides.map((guide) => [`${guide.collection}/${guide.id}`, (guide.data.reviewedBy as { id: string }).id ?? guide.data.reviewedBy]));
    expect(reviewers.get('aftercare/guide-1')).toBe('dr-rowe');
    expect(reviewers.get('consultation/guide-1')).toBe('editorial-team');
  });
});
