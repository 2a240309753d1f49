import { CONTENT_RULES } from '../lib/content-rules';
import { infleszBand, spanishReadability } from '../lib/readability-es';
import { quote } from './mdx-nodes';
import { oncePer } from '../lib/once-per';
import type { TextGate } from './types';

/** The Spanish reading-level and sentence-length gates read the same analysis; it is made once per guide. */
export const spanishReadabilityOf = oncePer(spanishReadability);

/**
 * A Spanish guide's body scores at least "normal" on the INFLESZ scale (Szigriszt-Pazos perspicuity ≥ 55,
 * see src/lib/readability-es.ts), the Spanish twin of the grade-8 gate; a failure lists its hardest sentences.
 */
export const spanishReadingLevelGate: TextGate = ({ file, parsed }, { problems }) => {
  const report = spanishReadabilityOf(parsed);
  const minimum = CONTENT_RULES.minSpanishPerspicuity;
  if (report.perspicuity >= minimum) return;
  const hardest = [...report.sentences]
    .sort((a, b) => a.perspicuity - b.perspicuity)
    .slice(0, CONTENT_RULES.hardestSentencesShown)
    .map((sentence) => `line ${sentence.line} (${sentence.perspicuity.toFixed(1)}): ${quote(sentence.text)}`)
    .join('; ');
  problems.push({
    file,
    message: `reads at ${report.perspicuity.toFixed(1)} on the INFLESZ scale (Szigriszt-Pazos, "${report.band}"); the minimum is ${minimum} ("${infleszBand(minimum)}"). Use shorter sentences and shorter, common words. Hardest sentences: ${hardest}`,
  });
};
