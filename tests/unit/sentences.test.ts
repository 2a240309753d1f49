import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-check';
import { formatProblem } from '../../src/lib/friendly-errors';
import { parseMdx } from '../../src/lib/mdx-source';
import { readability } from '../../src/lib/readability';
import { contentFixture, setField } from '../support/fixture-content';

const sentencesOf = (body: string) => readability(parseMdx(body)).sentences.map((sentence) => sentence.text);

describe('sentence ends', () => {
  it.each([
    ['the sun', 'Stay out of the sun. Wear a hat.', ['Stay out of the sun.', 'Wear a hat.']],
    ['a cap', 'Wear a cap. Use sunscreen too.', ['Wear a cap.', 'Use sunscreen too.']],
    ['minutes', 'Wait for 30 min. Then wash your face.', ['Wait for 30 min.', 'Then wash your face.']],
    ['inches', 'The needles go in. It feels like a scratch.', ['The needles go in.', 'It feels like a scratch.']],
    ['a single letter', 'Take vitamin C. It may help your skin.', ['Take vitamin C.', 'It may help your skin.']],
    ['a number below 1,000', 'Use SPF 50. Put it on every day.', ['Use SPF 50.', 'Put it on every day.']],
  ])('ends a sentence after %s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('keeps "e.g." inside a sentence, and counts words and lines per sentence', () => {
    const { sentences } = readability(parseMdx('Wear a hat, e.g. a cap with a brim.\n\nStay out of the sun. Wear a hat.'));
    expect(sentences.map(({ text, words, line }) => ({ text, words, line }))).toEqual([
      { text: 'Wear a hat, e.g. a cap with a brim.', words: 9, line: 1 },
      { text: 'Stay out of the sun.', words: 5, line: 3 },
      { text: 'Wear a hat.', words: 3, line: 3 },
    ]);
  });

  it('no longer fails the length limit on two short sentences that were read as one', () => {
    const words = 'For the first two weeks after your treatment, try hard to stay out of the sun. Wear a wide hat with a brim when you go out of the house.';
    const root = contentFixture({ 'aftercare/guide-1.mdx': (source) => `${source}\n${words}\n` });
    expect(checkContent(root, { today: new Date('2026-11-22T00:00:00Z') }).problems).toEqual([]);
  });
});

describe('the redness and warning-sign gates read the body only', () => {
  it('ignores words that are only in the frontmatter', () => {
    const root = contentFixture({
      'consultation/guide-1.mdx': setField('description', '"If it gets infected or you see a blister, or the skin looks red."'),
      'aftercare/guide-1.mdx': setField('description', '"What to do in the first days if the skin is infected or looks red."'),
    });
    expect(checkContent(root, { today: new Date('2026-11-22T00:00:00Z') }).problems.map(formatProblem)).toEqual([]);
  });

  it('still reads the same words in the body', () => {
    const root = contentFixture({ 'consultation/guide-1.mdx': (source) => `${source}\nA blister may form.\n` });
    expect(checkContent(root, { today: new Date('2026-11-22T00:00:00Z') }).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/consultation/guide-1.mdx: mentions a warning sign ("blister") but has no <CareCard>. Add one that says when to call the clinic.",
      ]
    `);
  });
});
