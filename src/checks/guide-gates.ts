import { componentsGate } from './components';
import { guideLanguageGate } from './guide-language';
import { imagesGate } from './images';
import { linksGate } from './links';
import { readingLevelGate } from './reading-level';
import { reviewDateGate } from './review-date';
import { sentenceLengthGate } from './sentence-length';
import { skinToneGate } from './skin-tone';
import { sourcesGate } from './sources';
import { warningSignGate } from './warning-sign';
import type { CheckedGuide, GateContext, GateResult, GuideGate } from './types';

/** Editorial gates, in the order their problems are listed. Drafts skip them until they are published. */
const EDITORIAL_GATES: readonly GuideGate[] = [
  readingLevelGate,
  sentenceLengthGate,
  reviewDateGate,
  sourcesGate,
  skinToneGate,
  warningSignGate,
  componentsGate,
  linksGate,
  imagesGate,
];

/** Safety gates: every guide passes them, drafts included, because Astro compiles drafts too. */
const SAFETY_GATES: readonly GuideGate[] = [guideLanguageGate];

/**
 * Every gate a guide passes before it is published. Each failure names the file (and line) and says
 * what to do; see README.md in this folder for the list.
 */
export function checkGuideQuality(guide: CheckedGuide, context: GateContext): GateResult {
  const found: GateResult = { problems: [], warnings: [] };
  const gates = guide.data.draft ? SAFETY_GATES : [...EDITORIAL_GATES, ...SAFETY_GATES];
  for (const gate of gates) gate(guide, context, found);
  return found;
}
