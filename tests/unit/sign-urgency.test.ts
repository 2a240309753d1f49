import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-check';
import { formatProblem } from '../../src/lib/friendly-errors';
import { parseMdx } from '../../src/lib/mdx-source';
import { careCardItems, checkSignUrgency, signsIn } from '../../src/checks/sign-urgency';
import type { Sign } from '../../src/schemas/sign';
import { contentFixture, type FileChange } from '../support/fixture-content';
import { FIXTURES } from '../support/paths';

const TODAY = new Date('2026-11-22T00:00:00Z');
const card = (level: string, ...items: string[]) => `\n<CareCard level="${level}">\n\n${items.map((item) => `- ${item}`).join('\n')}\n\n</CareCard>\n`;
const append = (text: string) => (source: string) => `${source}\n${text}`;
const fixtureGuide = (path: string) => readFileSync(join(FIXTURES, 'minimal', 'content', path), 'utf8');

function problems(changes: Record<string, FileChange>): string[] {
  return checkContent(contentFixture(changes), { today: TODAY }).problems.map(formatProblem);
}

describe('one sign, one urgency', () => {
  it('names a signs.yaml that is not UTF-8, with the line of its first bad byte', () => {
    // A care card, so the signs are read.
    const root = contentFixture({ 'aftercare/guide-1.mdx': append(card('urgent', 'pain keeps getting worse')) });
    const file = join(root, 'content', 'signs.yaml');
    writeFileSync(file, Buffer.from(`${readFileSync(file, 'utf8')}# caf\u00e9\n`, 'latin1'));
    expect(checkContent(root, { today: TODAY }).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/signs.yaml:20: is not UTF-8 text. Save it as UTF-8 (in most editors: Save with encoding, UTF-8).",
      ]
    `);
  });

  it('fails the same sign at two levels, in a default guide and in a clinic overlay', () => {
    const nonUrgentWorsening = card('non-urgent', 'a rash, or stinging or burning that gets worse');
    expect(
      problems({
        'aftercare/guide-1.mdx': append(card('urgent', 'pain keeps getting worse')),
        'consultation/guide-1.mdx': append(nonUrgentWorsening),
        'clinics/test-clinic/guides/aftercare/guide-1.mdx': append(nonUrgentWorsening)(fixtureGuide('aftercare/guide-1.mdx')),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx:40: "a rash, or stinging or burning that gets worse" is the sign "pain or redness keeps getting worse", which is urgent in content/signs.yaml; put it in an urgent care card.",
        "content/clinics/test-clinic/guides/aftercare/guide-1.mdx:40: "a rash, or stinging or burning that gets worse" is the sign "pain or redness keeps getting worse", which is urgent in content/signs.yaml; put it in an urgent care card.",
      ]
    `);
  });

  it('fails a care card item that names no listed sign', () => {
    expect(problems({ 'aftercare/guide-1.mdx': append(card('urgent', 'you see pus', 'your skin feels odd')) })).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx:41: "your skin feels odd" names no sign in content/signs.yaml. Use the words of a listed sign, or add the sign there with its level and source.",
      ]
    `);
  });

  it('fails a signs file that gives one phrase to two signs, or is missing', () => {
    const shared = (text: string) => text.replace('phrases: ["pus"]', 'phrases: ["pus", "gets worse"]');
    const withCard = append(card('urgent', 'you see pus'));
    expect(problems({ 'signs.yaml': shared, 'aftercare/guide-1.mdx': withCard })).toMatchInlineSnapshot(`
      [
        "content/signs.yaml: [3].phrases "gets worse" is also a phrase of the sign "worsening". Give each phrase to one sign.",
      ]
    `);
    expect(problems({ 'signs.yaml': null, 'aftercare/guide-1.mdx': withCard })).toMatchInlineSnapshot(`
      [
        "content/signs.yaml: is missing. Add it: every care card item is checked against the signs it lists, each with one level.",
      ]
    `);
    expect(problems({ 'signs.yaml': '- id: Pus\n  level: soon\n', 'aftercare/guide-1.mdx': withCard })).toMatchInlineSnapshot(`
      [
        "content/signs.yaml: [1].id must be lowercase letters, digits and dashes, for example spreading-redness (found "Pus").",
        "content/signs.yaml: [1].level must be one of: non-urgent, urgent, emergency (found "soon").",
        "content/signs.yaml: [1].wording is missing. Add the sign in plain words.",
        "content/signs.yaml: [1].phrases is missing. Add a list of phrases that identify the sign, such as ["red streaks"].",
        "content/signs.yaml: [1].source is missing. Add the source that supports the sign and its level.",
      ]
    `);
  });
});

describe('care card items and the signs they name', () => {
  const signs: Sign[] = [
    { id: 'rf-injury', level: 'urgent', wording: 'burns after RF', phrases: ['burns', 'rf micro needling'], source: 'FDA' },
    { id: 'worsening', level: 'urgent', wording: 'gets worse', phrases: ['gets worse'], source: 'SkinPen' },
  ];

  it('matches whole words, ignoring case and punctuation', () => {
    expect(signsIn('You had RF micro-needling.', signs).map((sign) => sign.id)).toEqual(['rf-injury']);
    expect(signsIn('stinging or burning', signs)).toEqual([]);
  });

  it('answers the same words in each language by that language\'s phrases, however often asked', () => {
    const bilingual: Sign[] = [{ ...signs[0]!, es: { wording: 'quemaduras', phrases: ['quemaduras', 'burns today'] } }];
    for (let asked = 0; asked < 2; asked++) {
      expect(signsIn('It burns today', bilingual, 'en').map((sign) => sign.id)).toEqual(['rf-injury']);
      expect(signsIn('It burns today', bilingual, 'es').map((sign) => sign.id)).toEqual(['rf-injury']);
      expect(signsIn('It burns', bilingual, 'es')).toEqual([]);
      expect(signsIn('It burns', bilingual, 'en').map((sign) => sign.id)).toEqual(['rf-injury']);
    }
  });

  it('allows one card of each level on a page', () => {
    const { tree } = parseMdx(`Text.\n${card('urgent', 'It gets worse.')}${card('urgent', 'Burns.', 'It still gets worse.')}`);
    expect(checkSignUrgency(careCardItems('g.mdx', tree), signs, 'signs.yaml').map(formatProblem)).toMatchInlineSnapshot(`
      [
        "g.mdx:9: has a second <CareCard level="urgent"> (the first is on line 3). Put all urgent signs of the page in one card.",
      ]
    `);
  });

  it('reads the bullets of every care card with their level and line', () => {
    const { tree } = parseMdx(`Text.\n${card('urgent', 'It gets worse.')}${card('emergency', 'Burns.')}`);
    const items = careCardItems('g.mdx', tree);
    expect(items).toEqual([
      { file: 'g.mdx', line: 5, cardLine: 3, level: 'urgent', text: 'It gets worse.', locale: 'en' },
      { file: 'g.mdx', line: 11, cardLine: 9, level: 'emergency', text: 'Burns.', locale: 'en' },
    ]);
    expect(checkSignUrgency(items, signs, 'signs.yaml').map(formatProblem)).toEqual([
      'g.mdx:11: "Burns." is the sign "burns after RF", which is urgent in signs.yaml; put it in an urgent care card.',
    ]);
  });
});
