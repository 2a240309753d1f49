import { CONTENT_RULES } from '../lib/content-rules';
import { readability } from '../lib/readability';
import type { ParsedMdx } from '../lib/mdx-source';
import type { Locale } from '../i18n/locales';
import { quote } from './mdx-nodes';
import { oncePer } from '../lib/once-per';
import { spanishReadabilityOf, spanishReadingLevelGate } from './reading-level-es';
import type { TextGate } from './types';

/** The reading-level and sentence-length gates read the same analysis; it is made once per guide. */
export const readabilityOf = oncePer(readability);

/** The sentences of a guide's body with their word counts, as its language's readability reads them. */
export function sentencesOf(parsed: ParsedMdx, locale: Locale): readonly { text: string; line?: number; words: number }[] {
  return locale === 'es' ? spanishReadabilityOf(parsed).sentences : readabilityOf(parsed).sentences;
}

/** An English guide's body reads at most at US grade 8 (NIH); a failure lists its hardest sentences. */
const englishReadingLevelGate: TextGate = ({ file, parsed }, { problems }) => {
  const report = readabilityOf(parsed);
  if (report.grade <= CONTENT_RULES.maxReadingGrade) return;
  const hardest = [...report.sentences]
    .sort((a, b) => b.grade - a.grade)
    .slice(0, CONTENT_RULES.hardestSentencesShown)
    .map((sentence) => `line ${sentence.line} (grade ${sentence.grade.toFixed(1)}): ${quote(sentence.text)}`)
    .join('; ');
  problems.push({
    file,
    message: `reads at US grade ${report.grade.toFixed(1)}; the limit is ${CONTENT_RULES.maxReadingGrade}. Use shorter sentences and plainer words. Hardest sentences: ${hardest}`,
  });
};

/** Each language's reading-level gate: its own formula and threshold. */
const READING_LEVEL_GATES: Record<Locale, TextGate> = { en: englishReadingLevelGate, es: spanishReadingLevelGate };

/** A guide's body is easy enough to read, by the formula made for its language. */
export const readingLevelGate: TextGate = (guide, found) => READING_LEVEL_GATES[guide.locale](guide, found);
