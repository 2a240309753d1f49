import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-check';
import { formatProblem } from '../../src/lib/friendly-errors';
import { contentFixture, setField, type FileChange } from '../support/fixture-content';
import { FIXTURES } from '../support/paths';

const TODAY = new Date('2026-11-22T00:00:00Z');
const AFTERCARE = 'aftercare/guide-1.mdx';

function gate(changes: Record<string, FileChange>, today = TODAY) {
  const result = checkContent(contentFixture(changes), { today });
  return { problems: result.problems.map(formatProblem), warnings: result.warnings.map(formatProblem) };
}

const append = (text: string) => (source: string) => `${source}\n${text}\n`;

describe('reading level gate', () => {
  it('fails a hard guide and lists its hardest sentences with their lines', () => {
    const hard = [
      'Percutaneous collagen induction necessitates meticulous individualised consideration of contraindications.',
      'Postprocedural erythema characteristically resolves spontaneously within approximately seventy-two hours.',
      'Practitioners customarily recommend photoprotection utilising broad-spectrum preparations.',
    ].join(' ');
    const { problems } = gate({ [AFTERCARE]: append(hard) });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/aftercare\/guide-1\.mdx: reads at US grade 18\.2; the limit is 8\. Use shorter sentences and plainer words\. Hardest sentences: line 37 \(grade 34\.3\): "Practitioners customarily/,
    );
    expect(problems[0]!.match(/line 37 \(grade/g)).toHaveLength(3);
  });

  it('fails a sentence over 25 words, naming its line', () => {
    const long = 'You can go home and rest and have a cup of tea and a nap and then you can wash your face with cool water and pat it dry with a towel.';
    expect(gate({ [AFTERCARE]: append(long) }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:37: a sentence has 32 words; the limit is 25. Split it: "You can go home and rest and have a cup of tea and a nap and then you can wash your face w…".",
      ]
    `);
  });
});

describe('review gate', () => {
  it('fails an overdue guide, naming the guide and its reviewer', () => {
    expect(gate({ [AFTERCARE]: setField('nextReview', '2026-11-21') }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx: nextReview was 2026-11-21: the review is overdue. Ask Test editors to review "aftercare guide 1", then update lastReviewed and nextReview.",
      ]
    `);
  });

  it('warns 30 days before the review is due, without failing', () => {
    const { problems, warnings } = gate({ [AFTERCARE]: setField('nextReview', '2026-12-10') });
    expect(problems).toEqual([]);
    expect(warnings).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx: nextReview is 2026-12-10, in 18 days. Ask Test editors to review "aftercare guide 1" soon.",
      ]
    `);
  });
});

describe('editorial gates', () => {
  it('asks for two sources', () => {
    const oneSource = (text: string) => text.replace(/  - title: "Microneedling: can it help[\s\S]*?year: 2023\n/, '');
    expect(gate({ [AFTERCARE]: oneSource }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx: sources lists 1; a published guide cites at least 2. Add the sources its facts come from.",
      ]
    `);
  });

  it('asks how redness looks on brown and black skin', () => {
    expect(gate({ 'maintenance/guide-1.mdx': append('Your skin may look red for a day.') }).problems).toMatchInlineSnapshot(`
      [
        "content/maintenance/guide-1.mdx: describes redness but not how it looks on brown and black skin. Add a sentence such as: On brown and black skin, redness may look darker, purple or grey.",
      ]
    `);
    expect(
      gate({ 'maintenance/guide-1.mdx': append('Your skin may look red for a day. On brown and black skin, it may look darker.') }).problems,
    ).toEqual([]);
  });

  it('requires a care card on aftercare guides that mention a warning sign', () => {
    expect(gate({ [AFTERCARE]: append('Pus can be a sign of infection.') }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx: mentions a warning sign ("Pus") but has no <CareCard>. Add one that says when to call the clinic.",
      ]
    `);
    const withCard = append('Pus can be a sign of infection.\n\n<CareCard level="urgent">\n\n- You see pus.\n\n</CareCard>');
    expect(gate({ [AFTERCARE]: withCard }).problems).toEqual([]);
  });

  it('requires a care card on a guide of any stage, topics included, that names a warning sign', () => {
    const topic = readFileSync(join(FIXTURES, 'minimal', 'content', 'maintenance', 'guide-1.mdx'), 'utf8').replace('maintenance guide 1', 'topic guide 1');
    const sign = 'Call your clinic if pain keeps getting worse, or you see pus.';
    expect(
      gate({
        'consultation/guide-1.mdx': append(sign),
        'procedure/on-the-day.mdx': append('Blisters after treatment are not normal.'),
        'maintenance/guide-1.mdx': append('Watch for signs of infection.'),
        'topics/guide-1.mdx': append(sign)(topic),
      }).problems,
    ).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx: mentions a warning sign ("keeps getting worse") but has no <CareCard>. Add one that says when to call the clinic.",
        "content/procedure/on-the-day.mdx: mentions a warning sign ("Blisters") but has no <CareCard>. Add one that says when to call the clinic.",
        "content/maintenance/guide-1.mdx: mentions a warning sign ("signs of infection") but has no <CareCard>. Add one that says when to call the clinic.",
        "content/topics/guide-1.mdx: mentions a warning sign ("keeps getting worse") but has no <CareCard>. Add one that says when to call the clinic.",
      ]
    `);
    const card = '\n\n<CareCard level="urgent">\n\n- pain keeps getting worse\n- you see pus\n\n</CareCard>';
    expect(gate({ 'consultation/guide-1.mdx': append(sign + card), 'topics/guide-1.mdx': append(sign + card)(topic) }).problems).toEqual([]);
  });

  it('does not take a risk or a reason not to treat for a warning sign outside aftercare', () => {
    const reasons = 'Do not have it on skin with an infection or an active cold sore. Granulomas are a known risk.';
    expect(gate({ 'consultation/guide-1.mdx': append(reasons), 'maintenance/guide-1.mdx': append(reasons) }).problems).toEqual([]);
    // After treatment, the same words name a complication to act on.
    expect(gate({ [AFTERCARE]: append('Tell your clinic about an active cold sore.') }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx: mentions a warning sign ("cold sore") but has no <CareCard>. Add one that says when to call the clinic.",
      ]
    `);
  });

  it('asks FAQ answers that describe redness how it looks on brown and black skin', () => {
    const faq = 'faq/does-it-hurt.yaml';
    const answer = (text: string) => (source: string) => source.replace(/^answer: .*$/m, `answer: ${text}`);
    expect(gate({ [faq]: answer('Your skin may look red for a day or two.') }).problems).toMatchInlineSnapshot(`
      [
        "content/faq/does-it-hurt.yaml: answer describes redness but not how it looks on brown and black skin. Add a sentence such as: On brown and black skin, redness may look darker, purple or grey.",
      ]
    `);
    expect(gate({ [faq]: answer('Your skin may look red for a day or two. On brown and black skin, redness may look darker.') }).problems).toEqual([]);
  });

  it('checks care card levels and bullet counts', () => {
    const card = `<CareCard level="soon">\n\n${'- You see pus.\n'.repeat(6)}\n</CareCard>`;
    expect(gate({ [AFTERCARE]: append(card) }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:37: <CareCard> needs level="non-urgent" or level="urgent" or level="emergency".",
        "content/aftercare/guide-1.mdx:37: <CareCard> has 6 bullets; write 1 to 5 as a Markdown list, with blank lines around it.",
      ]
    `);
  });

  it('rejects unknown components, unknown glossary terms and bad links', () => {
    const body = [
      '<Callout>Hi.</Callout>',
      '',
      'Learn about <Term id="elastin">elastin</Term>.',
      '',
      'Read [the first week](/aftercare/first-weak/) or [click here](/faq/) or [the FDA](http://www.fda.gov/).',
    ].join('\n');
    expect(gate({ [AFTERCARE]: append(body) }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:37: <Callout> is not a component guides can use. Use one of: Aside, BookingLink, CareCard, Checklist, Term, Timeline.",
        "content/aftercare/guide-1.mdx:39: <Term id="elastin"> names no glossary term. Add content/glossary/elastin.yaml or use an existing id.",
        "content/aftercare/guide-1.mdx:41: link text "click here" does not say where it goes. Name the page instead.",
        "content/aftercare/guide-1.mdx:41: links to /aftercare/first-weak/, which is not a page of this site. Link to an existing page, with its trailing slash, for example /aftercare/guide-1/.",
        "content/aftercare/guide-1.mdx:41: links to http://www.fda.gov/ over http. Use the https:// address.",
      ]
    `);
  });
});
