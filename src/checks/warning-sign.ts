import { guideBodyText } from './body-text';
import { jsxElements } from './mdx-nodes';
import type { GuideGate } from './types';

/**
 * Words that describe a sign to act on after treatment. Any guide, whatever its stage, that names one
 * says when to call the clinic in a care card. Naming a risk or a reason not to treat ("an infection in
 * the area") is not a warning sign; naming what a patient would see ("pus", "keeps getting worse") is.
 */
const WARNING_SIGN =
  /\b(pus|yellow crusts?|signs? of (an )?infection|(could|may|might) mean an infection|(keeps?|kept) getting worse|gets? worse|do(es)? not go away|blisters?|numbness|severe allergic reaction|(trouble|hard to) (breathing|breathe)|(lips|tongue|mouth|throat) (start to )?swells?|swelling of (the |your )?(lips|tongue|throat))\b/i;
/** In aftercare everything happens after treatment, so naming a complication there is a warning sign too. */
const AFTERCARE_WARNING_SIGN = /\b(warning signs?|infection|infected|allergic reaction|granulomas?|cold sores?|call (your|the) clinic|urgent)\b/i;

/** The warning sign a guide names, if any: the words that make it need a care card. */
export function warningSignIn(collection: string, text: string): string | undefined {
  return WARNING_SIGN.exec(text)?.[0] ?? (collection === 'aftercare' ? AFTERCARE_WARNING_SIGN.exec(text)?.[0] : undefined);
}

/** A guide that names a warning sign has a `<CareCard>` saying when to call the clinic. */
export const warningSignGate: GuideGate = ({ file, collection, parsed }, _context, { problems }) => {
  if (jsxElements(parsed.tree).some((element) => element.name === 'CareCard')) return;
  const sign = warningSignIn(collection, guideBodyText(parsed));
  if (sign) {
    problems.push({ file, message: `mentions a warning sign ("${sign}") but has no <CareCard>. Add one that says when to call the clinic` });
  }
};
