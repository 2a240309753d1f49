import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/mdx-source';
import { infleszBand, perspicuity, spanishReadability, spanishSyllables } from '../../src/lib/readability-es';

/**
 * Worked examples, counted by hand (syllables split by the rules of Spanish spelling), then
 * P = 206.835 − 62.3 · syllables/words − words/sentences.
 */
describe('Szigriszt-Pazos perspicuity on the INFLESZ scale', () => {
  it('scores one short sentence: "Su piel hace colágeno al sanar."', () => {
    // su (1) piel (1) ha-ce (2) co-lá-ge-no (4) al (1) sa-nar (2): 11 syllables, 6 words, 1 sentence.
    // P = 206.835 − 62.3 · 11/6 − 6/1 = 206.835 − 114.217 − 6 = 86.618 → "muy fácil".
    const report = spanishReadability(parseMdx('Su piel hace colágeno al sanar.'));
    expect(report.sentences.map(({ words, syllables }) => ({ words, syllables }))).toEqual([{ words: 6, syllables: 11 }]);
    expect(report.perspicuity).toBe(86.6);
    expect(report.band).toBe('muy fácil');
  });

  it('scores two sentences: "Use protector solar. Llame a su clínica."', () => {
    // u-se (2) pro-tec-tor (3) so-lar (2) = 7 in 3 words; lla-me (2) a (1) su (1) clí-ni-ca (3) = 7 in 4 words.
    // 14 syllables, 7 words, 2 sentences: P = 206.835 − 62.3 · 2 − 3.5 = 78.735 → "bastante fácil".
    const report = spanishReadability(parseMdx('Use protector solar. Llame a su clínica.'));
    expect(report.sentences.map(({ text, words, syllables }) => ({ text, words, syllables }))).toEqual([
      { text: 'Use protector solar.', words: 3, syllables: 7 },
      { text: 'Llame a su clínica.', words: 4, syllables: 7 },
    ]);
    expect(report.perspicuity).toBe(78.7);
    expect(report.band).toBe('bastante fácil');
  });

  it('scores a hard sentence below the scale', () => {
    // la (1) hi-per-pig-men-ta-ción (6) pos-tin-fla-ma-to-ria (6) cons-ti-tu-ye (4) u-na (2) com-pli-ca-ción (4)
    // re-la-ti-va-men-te (6) fre-cuen-te (3): 32 syllables, 8 words, 1 sentence.
    // P = 206.835 − 62.3 · 4 − 8 = −50.365 → "muy difícil".
    const report = spanishReadability(parseMdx('La hiperpigmentación postinflamatoria constituye una complicación relativamente frecuente.'));
    expect(report.sentences[0]).toMatchObject({ words: 8, syllables: 32 });
    expect(report.perspicuity).toBe(-50.4);
    expect(report.band).toBe('muy difícil');
  });

  it('counts hiatus, diphthongs, hyphenated words and numbers', () => {
    // dí-a (hiatus), ciu-dad (diphthong), pin-güi-no, pe-que-ño + a-ño, a number as one.
    expect(['día', 'ciudad', 'pingüino', 'pequeño-año', '24'].map(spanishSyllables)).toEqual([2, 2, 3, 5, 1]);
  });

  it('puts scores in the INFLESZ bands, 55 the first "normal" score', () => {
    expect([39.9, 40, 54.9, 55, 64.9, 65, 80].map(infleszBand)).toEqual([
      'muy difícil',
      'algo difícil',
      'algo difícil',
      'normal',
      'normal',
      'bastante fácil',
      'muy fácil',
    ]);
    expect(perspicuity({ syllables: 200, words: 100, sentences: 10 })).toBeCloseTo(206.835 - 124.6 - 10);
  });

  it('reads only the prose: headings and list items are sentences, frontmatter and code are not', () => {
    const report = spanishReadability(parseMdx('---\ntitle: "Una guía muy larga y difícil de leer"\n---\n\n## Antes\n\n- Lave su cara.\n\n`código`'));
    expect(report.sentences.map((sentence) => sentence.text)).toEqual(['Antes', 'Lave su cara.']);
  });
});
