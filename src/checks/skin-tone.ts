import { guideBodyText } from './body-text';
import type { GuideGate } from './types';

/** Words that mean a guide talks about redness of the skin. */
const REDNESS = /\bred(ness)?\b/i;
/** The phrase NHS testing found patients understand best. */
const SKIN_TONE_NOTE = /brown and black skin/i;
/** What to do when a text describes redness without the skin-tone note. */
export const SKIN_TONE_MESSAGE =
  'describes redness but not how it looks on brown and black skin. Add a sentence such as: On brown and black skin, redness may look darker, purple or grey';

/** Whether a text describes redness without saying how it looks on brown and black skin. */
export function rednessWithoutSkinTone(text: string): boolean {
  return REDNESS.test(text) && !SKIN_TONE_NOTE.test(text);
}

/** A guide that describes redness also says how it looks on brown and black skin. */
export const skinToneGate: GuideGate = ({ file, parsed }, _context, { problems }) => {
  if (rednessWithoutSkinTone(guideBodyText(parsed))) problems.push({ file, message: SKIN_TONE_MESSAGE });
};
