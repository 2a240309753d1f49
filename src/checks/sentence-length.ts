import { CONTENT_RULES } from '../lib/content-rules';
import { quote } from './mdx-nodes';
import { sentencesOf } from './reading-level';
import type { TextGate } from './types';

/** No sentence is longer than the limit; each long one is named with its line. */
export const sentenceLengthGate: TextGate = ({ file, locale, parsed }, { problems }) => {
  for (const sentence of sentencesOf(parsed, locale)) {
    if (sentence.words > CONTENT_RULES.maxSentenceWords) {
      problems.push({
        file,
        line: sentence.line,
        message: `a sentence has ${sentence.words} words; the limit is ${CONTENT_RULES.maxSentenceWords}. Split it: ${quote(sentence.text)}`,
      });
    }
  }
};
