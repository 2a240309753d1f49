import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import { toString as nlcstToString } from 'nlcst-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';
import type { Paragraph, Root as NlcstRoot, Sentence, SentenceContent, Word } from 'nlcst';
import type { ParsedMdx } from './mdx-source';
import type { Locale } from '../i18n/locales';

/** One sentence of a guide's prose, as every language's readability formula reads it. */
export interface ProseSentence {
  text: string;
  /** 1-based line in the source file. */
  line?: number;
  /** The sentence's words, punctuation left out. */
  words: string[];
}

export interface SentenceStats {
  text: string;
  /** 1-based line in the source file. */
  line?: number;
  words: number;
  syllables: number;
  /** Flesch-Kincaid grade of this sentence alone: a way to rank which sentences make a page hard. */
  grade: number;
}

export interface ReadabilityReport {
  /** Flesch-Kincaid grade of the whole body. */
  grade: number;
  words: number;
  sentences: SentenceStats[];
}

/** Nodes that hold no prose a patient reads as sentences: frontmatter, code, MDX imports and expressions. */
const NOT_PROSE = ['yaml', 'code', 'inlineCode', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html'];

/**
 * Where sentences end: ICU's sentence rules through `Intl.Segmenter`. parse-english alone keeps "sun.",
 * "cap.", "min.", "in.", a single letter or a number below 1,000 before a full stop as abbreviations, so
 * "Stay out of the sun. Wear a hat." was one sentence to it; ICU ends a sentence at a full stop followed
 * by a space and a capital, and not before a lower-case word ("e.g. a cap").
 */
const segmenters = new Map<Locale, Intl.Segmenter>();

function sentenceSegmenter(locale: Locale): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** The sentences of one paragraph (parse-english's words, ICU's boundaries for the text's language). */
function paragraphSentences(paragraph: Paragraph, locale: Locale): ProseSentence[] {
  let text = '';
  const words: { word: Word; start: number }[] = [];
  // A plain walk in document order: `visit` costs more than the rest of the reading-level check here.
  const walk = (node: Paragraph | Sentence | SentenceContent | Word['children'][number]): void => {
    if (node.type === 'WordNode') words.push({ word: node, start: text.length });
    if ('value' in node) text += node.value;
    else for (const child of node.children) walk(child);
  };
  walk(paragraph);
  const sentences: ProseSentence[] = [];
  let next = 0;
  for (const { segment, index } of sentenceSegmenter(locale).segment(text)) {
    const end = index + segment.length;
    const inside: Word[] = [];
    while (next < words.length && words[next]!.start < end) inside.push(words[next++]!.word);
    if (inside.length === 0) continue;
    sentences.push({ text: segment.replace(/\s+/g, ' ').trim(), line: inside[0]!.position?.start.line, words: inside.map((word) => nlcstToString(word)) });
  }
  return sentences;
}

/**
 * The sentences of a guide's body, from the shared MDX parse: the one text extraction every language's
 * readability uses. mdast → natural-language tree for words (parse-english: it only splits words here, and
 * splits Spanish words right too — accents, ñ, ¿ and ¡), `Intl.Segmenter` in the guide's language for
 * sentence ends.
 */
export function proseSentences(parsed: ParsedMdx, locale: Locale): ProseSentence[] {
  const file = new VFile({ value: parsed.source });
  const tree = toNlcst(parsed.tree, file, ParseEnglish, { ignore: NOT_PROSE }) as NlcstRoot;
  const sentences: ProseSentence[] = [];
  visit(tree, 'ParagraphNode', (paragraph: Paragraph) => {
    sentences.push(...paragraphSentences(paragraph, locale));
    return SKIP;
  });
  return sentences;
}

/** Syllables per word as `syllable` counts them, kept: guides share most of their words, and counting is the slow part. */
const syllableCounts = new Map<string, number>();

function syllablesOf(word: string): number {
  let count = syllableCounts.get(word);
  if (count === undefined) {
    count = syllable(word);
    syllableCounts.set(word, count);
  }
  return count;
}

/**
 * Reading level of an English guide's body: its sentences (`proseSentences`), syllables from `syllable`,
 * grade from `flesch-kincaid`.
 */
export function readability(parsed: ParsedMdx): ReadabilityReport {
  const sentences = proseSentences(parsed, 'en').map((sentence): SentenceStats => {
    const syllables = sentence.words.reduce((sum, word) => sum + syllablesOf(word), 0);
    const words = sentence.words.length;
    return { text: sentence.text, line: sentence.line, words, syllables, grade: fleschKincaid({ sentence: 1, word: words, syllable: syllables }) };
  });
  const words = sentences.reduce((sum, sentence) => sum + sentence.words, 0);
  const syllables = sentences.reduce((sum, sentence) => sum + sentence.syllables, 0);
  const grade = words === 0 ? 0 : fleschKincaid({ sentence: sentences.length, word: words, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, words, sentences };
}
