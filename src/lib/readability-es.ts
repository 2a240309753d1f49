import silabea from 'silabea';
import { proseSentences } from './readability';
import type { ParsedMdx } from './mdx-source';

/**
 * Readability of Spanish text: Szigriszt-Pazos perspicuity (Szigriszt Pazos 1993), read on the INFLESZ scale
 * (Barrio-Cantalejo et al., Anales Sis San Navarra 2008, made for patient information in Spanish):
 *
 *   P = 206.835 − 62.3 · (syllables / words) − (words / sentences)
 *
 * Flesch-Kincaid is calibrated on English words, which have fewer syllables than Spanish ones, so it would
 * call every Spanish guide hard; P is Flesch's formula re-fitted to Spanish. No registry package computes it
 * (issue 15), so it lives here, with syllables from `silabea`, a Spanish syllabifier (hiatus, diphthongs and
 * triphthongs by the rules of Spanish spelling).
 */

/** INFLESZ bands, lowest score first; a score belongs to the last band whose `from` it reaches. */
export const INFLESZ_BANDS = [
  { from: -Infinity, name: 'muy difícil' },
  { from: 40, name: 'algo difícil' },
  { from: 55, name: 'normal' },
  { from: 65, name: 'bastante fácil' },
  { from: 80, name: 'muy fácil' },
] as const;

export type InfleszBand = (typeof INFLESZ_BANDS)[number]['name'];

export function infleszBand(perspicuity: number): InfleszBand {
  return INFLESZ_BANDS.findLast((band) => perspicuity >= band.from)!.name;
}

export function perspicuity(counts: { syllables: number; words: number; sentences: number }): number {
  return 206.835 - 62.3 * (counts.syllables / counts.words) - counts.words / counts.sentences;
}

/**
 * Syllables of one word, by silabea. A word with a hyphen counts each part; a number or symbol with no
 * letters ("24") counts as one syllable, as silabea does (it cannot spell the number out).
 */
export function spanishSyllables(word: string): number {
  const parts = word.toLowerCase().match(/\p{L}+/gu);
  if (!parts) return 1;
  // silabea returns one shared object per call: read the count before the next call.
  return parts.reduce((sum, part) => sum + Math.max(1, silabea.getSilabas(part).numeroSilaba), 0);
}

export interface SpanishSentence {
  text: string;
  line?: number;
  words: number;
  syllables: number;
  /** Perspicuity of this sentence alone: a way to rank which sentences make a page hard. */
  perspicuity: number;
}

export interface SpanishReadabilityReport {
  /** Perspicuity of the whole body, to one decimal. */
  perspicuity: number;
  band: InfleszBand;
  words: number;
  sentences: SpanishSentence[];
}

/** Readability of a Spanish guide's body, from the same sentences as English (`proseSentences`). */
export function spanishReadability(parsed: ParsedMdx): SpanishReadabilityReport {
  const sentences = proseSentences(parsed, 'es').map((sentence): SpanishSentence => {
    const syllables = sentence.words.reduce((sum, word) => sum + spanishSyllables(word), 0);
    const words = sentence.words.length;
    return { text: sentence.text, line: sentence.line, words, syllables, perspicuity: perspicuity({ syllables, words, sentences: 1 }) };
  });
  const words = sentences.reduce((sum, sentence) => sum + sentence.words, 0);
  const syllables = sentences.reduce((sum, sentence) => sum + sentence.syllables, 0);
  // An empty body has nothing hard to read: the easiest score, as English gives grade 0.
  const score = words === 0 ? 100 : Math.round(perspicuity({ syllables, words, sentences: sentences.length }) * 10) / 10;
  return { perspicuity: score, band: infleszBand(score), words, sentences };
}
