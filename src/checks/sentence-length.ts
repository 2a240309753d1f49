import { CONTENT_RULES } from '../lib/content-rules';
import { quote } from './mdx-nodes';
import { readabilityOf } from './reading-level';
import type { GuideGate } from './types';

/** No sentence is longer than the limit; each long one is named with its line. */
export const sentenceLengthGate: GuideGate = ({ file, parsed }, _context, { problems }) => {
  for (const sentence of readabilityOf(parsed).sentences) {
    if (sentence.words > CONTENT_RULES.maxSentenceWords) {
      problems.push({
        file,
        line: sentence.line,
        message: `a sentence has ${sentence.words} words; the limit is ${CONTENT_RULES.maxSentenceWords}. Split it: ${quote(sentence.text)}`,
      });
    }
  }
};
