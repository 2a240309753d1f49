import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import { toString as nlcstToString } from 'nlcst-to-string';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';
import type { Root as NlcstRoot, Sentence } from 'nlcst';
import type { ParsedMdx } from './mdx-source';

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
 * Reading level of a guide's body, from the shared MDX parse: mdast → English natural-language tree
 * (parse-english), syllables from `syllable`, grade from `flesch-kincaid`.
 */
export function readability(parsed: ParsedMdx): ReadabilityReport {
  const file = new VFile({ value: parsed.source });
  const tree = toNlcst(parsed.tree, file, ParseEnglish, { ignore: NOT_PROSE }) as NlcstRoot;
  const sentences: SentenceStats[] = [];
  visit(tree, 'SentenceNode', (sentence: Sentence) => {
    const words = sentence.children.filter((child) => child.type === 'WordNode');
    if (words.length === 0) return;
    const syllables = words.reduce((sum, word) => sum + syllable(nlcstToString(word)), 0);
    sentences.push({
      text: nlcstToString(sentence).replace(/\s+/g, ' ').trim(),
      line: sentence.position?.start.line,
      words: words.length,
      syllables,
      grade: fleschKincaid({ sentence: 1, word: words.length, syllable: syllables }),
    });
  });
  const words = sentences.reduce((sum, sentence) => sum + sentence.words, 0);
  const syllables = sentences.reduce((sum, sentence) => sum + sentence.syllables, 0);
  const grade = words === 0 ? 0 : fleschKincaid({ sentence: sentences.length, word: words, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, words, sentences };
}
