import { componentsGate, termsGate } from './components';
import { guideLanguageGate } from './guide-language';
import { imageAltGate, imageFilesGate } from './images';
import { linkTargetsGate, linkTextGate } from './links';
import { readingLevelGate } from './reading-level';
import { reviewDateGate } from './review-date';
import { sentenceLengthGate } from './sentence-length';
import { skinToneGate } from './skin-tone';
import { sourcesGate } from './sources';
import { warningSignGate } from './warning-sign';
import type { CheckedGuide, GateContext, GateResult, SiteGate, TextGate } from './types';

/** A gate and what it reads: the guide alone (`text`), or the guide's references against the site (`site`). */
type Gate = { text: TextGate } | { site: SiteGate };

/** Editorial gates, in the order their problems are listed. Drafts skip them until they are published. */
const EDITORIAL_GATES: readonly Gate[] = [
  { text: readingLevelGate },
  { text: sentenceLengthGate },
  { site: reviewDateGate },
  { text: sourcesGate },
  { text: skinToneGate },
  { text: warningSignGate },
  { text: componentsGate },
  { site: termsGate },
  { text: linkTextGate },
  { site: linkTargetsGate },
  { site: imageFilesGate },
  { text: imageAltGate },
];

/** Safety gates: every guide passes them, drafts included, because Astro compiles drafts too. */
const SAFETY_GATES: readonly Gate[] = [{ text: guideLanguageGate }];

const gatesOf = (guide: CheckedGuide): readonly Gate[] => (guide.data.draft ? SAFETY_GATES : [...EDITORIAL_GATES, ...SAFETY_GATES]);

/**
 * What each text gate finds in a guide, in gate order: a function of the guide's file alone (its bytes,
 * name, collection and id), which is what `checkGuideQuality` may be given instead of running them again.
 */
export function textGateResults(guide: CheckedGuide): GateResult[] {
  return gatesOf(guide).flatMap((gate) => {
    if (!('text' in gate)) return [];
    const found: GateResult = { problems: [], warnings: [] };
    gate.text(guide, found);
    return [found];
  });
}

/**
 * Every gate a guide passes before it is published. Each failure names the file (and line) and says
 * what to do; see README.md in this folder for the list. `textResults` are the text gates' results when
 * they are known already (kept from an earlier build); the site gates always run.
 */
export function checkGuideQuality(guide: CheckedGuide, context: GateContext, textResults: readonly GateResult[] = textGateResults(guide)): GateResult {
  const found: GateResult = { problems: [], warnings: [] };
  let next = 0;
  for (const gate of gatesOf(guide)) {
    if ('site' in gate) {
      gate.site(guide, context, found);
      continue;
    }
    const known = textResults[next++];
    if (!known) throw new Error(`checkGuideQuality: ${guide.file} has fewer text gate results than text gates.`);
    found.problems.push(...known.problems);
    found.warnings.push(...known.warnings);
  }
  return found;
}
