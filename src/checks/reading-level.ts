import { CONTENT_RULES } from '../lib/content-rules';
import { readability, type ReadabilityReport } from '../lib/readability';
import type { ParsedMdx } from '../lib/mdx-source';
import { quote } from './mdx-nodes';
import type { GuideGate } from './types';

/** The reading-level and sentence-length gates read the same analysis; it is made once per guide. */
const reports = new WeakMap<ParsedMdx, ReadabilityReport>();

export function readabilityOf(parsed: ParsedMdx): ReadabilityReport {
  let report = reports.get(parsed);
  if (!report) {
    report = readability(parsed);
    reports.set(parsed, report);
  }
  return report;
}

/** A guide's body reads at most at US grade 8 (NIH); a failure lists its hardest sentences. */
export const readingLevelGate: GuideGate = ({ file, parsed }, _context, { problems }) => {
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
